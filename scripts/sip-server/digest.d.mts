// Types of digest.mjs, for its unit tests.
export function createDigest(
  realm: string,
  users: Record<string, string>,
  options?: { now?: () => number },
): {
  realm: string;
  challenge(): string;
  verify(header: string | undefined, method: string): string | undefined;
};
export function parseCredentials(header: string): Record<string, string> | undefined;
