/** Turns a thrown error from messaging or storage into a sentence an agent can act on. */
export function describeFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/Receiving end does not exist|Could not establish connection/i.test(text)) {
    return 'Ringside’s background did not answer. Try again in a moment.';
  }
  if (/Extension context invalidated/i.test(text)) {
    return 'Ringside was updated or reloaded. Close and reopen this page.';
  }
  return text;
}
