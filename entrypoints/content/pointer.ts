/**
 * Hover without touching the page: one pointermove listener on the document, and hit-testing of
 * the marks' client rects. The element under the pointer leads to the containers whose marks
 * could be under it, so a move costs a few rect checks, not a pass over every number.
 */
import { composedParent } from '../../lib/detect';
import type { Card } from './card';
import { Marks, type Mark } from './marks';
import type { Overlay } from './overlay';

/** How far up from the element under the pointer its number's container can be. */
const MAX_DEPTH = 12;
/** Slack around a mark's box, in CSS pixels. */
const SLACK = 2;
const OPEN_DELAY_MS = 120;
const HIDE_DELAY_MS = 350;

function within(rect: DOMRect, x: number, y: number): boolean {
  return (
    x >= rect.left - SLACK &&
    x <= rect.right + SLACK &&
    y >= rect.top - SLACK &&
    y <= rect.bottom + SLACK
  );
}

/** The mark under (x, y), starting from the innermost element there. */
export function markAt(marks: Marks, target: Node, x: number, y: number): Mark | null {
  let node: Node | null = target;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = composedParent(node)) {
    const here = marks.registry.in(node);
    if (!here) continue;
    for (const mark of here) {
      if (Marks.rects(mark).some((rect) => within(rect, x, y))) return mark;
    }
  }
  return null;
}

export function watchPointer(
  doc: Document,
  marks: Marks,
  card: Card,
  overlay: Overlay,
  signal: AbortSignal,
): void {
  // The path is only readable while the event is dispatched: keep what the next frame needs.
  let pending: { target: EventTarget | undefined; x: number; y: number } | null = null;
  let frame = 0;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let candidate: Mark | null = null;

  const evaluate = () => {
    frame = 0;
    const event = pending;
    pending = null;
    if (!event) return;
    const { target, x, y } = event;
    if (overlay.isHost(target ?? null)) {
      card.cancelHide();
      return;
    }
    const mark = target instanceof Node ? markAt(marks, target, x, y) : null;
    if (mark) {
      card.cancelHide();
      if (mark === card.current || mark === candidate) return;
      candidate = mark;
      clearTimeout(openTimer);
      openTimer = setTimeout(() => {
        if (candidate === mark) card.open(mark, 'hover');
        candidate = null;
      }, OPEN_DELAY_MS);
      return;
    }
    candidate = null;
    clearTimeout(openTimer);
    if (card.openedBy === 'hover') card.scheduleHide(HIDE_DELAY_MS);
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      // A page's synthetic pointermove must not open the card under the agent's pointer.
      if (!event.isTrusted || event.pointerType === 'touch') return;
      pending = { target: event.composedPath()[0], x: event.clientX, y: event.clientY };
      frame ||= requestAnimationFrame(evaluate);
    },
    { capture: true, passive: true, signal },
  );
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    clearTimeout(openTimer);
  });
}
