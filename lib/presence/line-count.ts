/**
 * Counts the lines of an uploaded file for the simulator's "loaded (N lines)" note, reading it
 * as a stream of byte slices: the options page never decodes or holds the text (the worker reads
 * it), and each slice is counted in its own short task. A line is what ends in LF, plus a last
 * line without one; in UTF-8 the LF byte is never part of another character.
 */
const LF = 0x0a;

export class LineCounter {
  private ends = 0;
  private last = -1;

  add(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1)) this.ends++;
    this.last = bytes[bytes.length - 1]!;
  }

  get lines(): number {
    return this.ends + (this.last >= 0 && this.last !== LF ? 1 : 0);
  }
}

/** The lines of a Blob (a File), read slice by slice. */
export async function countLines(blob: Blob): Promise<number> {
  const counter = new LineCounter();
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return counter.lines;
    counter.add(value);
  }
}
