/**
 * Runs `next` in a task of its own after the page has drawn its next frame: the frame's style,
 * layout and paint then cover only what was rendered before, not what `next` adds. A hidden tab
 * draws no frames, so after 100 ms it goes on without one.
 */
export function afterNextPaint(next: () => void): void {
  let gone = false;
  const go = () => {
    if (gone) return;
    gone = true;
    clearTimeout(fallback);
    cancelAnimationFrame(frame);
    // The frame callback runs before the frame is drawn; the timer's task comes after it.
    setTimeout(next, 0);
  };
  const fallback = setTimeout(go, 100);
  const frame = requestAnimationFrame(go);
}
