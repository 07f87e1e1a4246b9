/**
 * Reaching numbers without a mouse. Alt+Shift+N (next) and Alt+Shift+P (previous) move through
 * the page's numbers in order and put focus on the card's Call button (Enter calls, Esc goes
 * back). Focusing a marked tel: link or read-only input, by Tab, shows its card too.
 *
 * Only real key presses (`isTrusted`) count: a page dispatching a synthetic Alt+Shift+N must not
 * move focus onto the Call button, where the agent's next Enter would call.
 */
import type { Card } from './card';
import { closeCardDropdown } from './card-caller-id';
import { Marks, type Mark } from './marks';
import { stepInPage } from '../../lib/ui/page-order';
import type { Overlay } from './overlay';

export const NEXT_KEY = 'KeyN';
export const PREVIOUS_KEY = 'KeyP';

function scrollToMark(mark: Mark): void {
  const node = Marks.node(mark);
  const element = node instanceof Element ? node : node.parentElement;
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

export function watchKeyboard(
  doc: Document,
  marks: Marks,
  card: Card,
  overlay: Overlay,
  signal: AbortSignal,
): void {
  let last: Mark | null = null;
  marks.onReleaseHooks.push((mark) => {
    if (mark === last) last = null;
  });

  doc.defaultView!.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      // Escape closes the card; it is the page's key too, so it is only taken from the card.
      if (event.key === 'Escape' && card.current) {
        const fromCard = overlay.focused;
        // An open caller-ID list closes first; the card stays.
        if (fromCard && closeCardDropdown()) {
          event.preventDefault();
          event.stopPropagation();
          return;
        }
        card.close(fromCard);
        if (fromCard) event.stopPropagation();
        return;
      }
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      const step = event.code === NEXT_KEY ? 1 : event.code === PREVIOUS_KEY ? -1 : 0;
      if (!step) return;
      const next = stepInPage(marks.registry.entries(), Marks.node, card.current ?? last, step);
      if (!next) return;
      event.preventDefault();
      event.stopPropagation();
      last = next;
      scrollToMark(next);
      card.open(next, 'keyboard', true);
    },
    { capture: true, signal },
  );

  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.composedPath()[0] ?? null;
      if (overlay.isHost(target)) {
        card.cancelHide();
        return;
      }
      const mark = target instanceof Element ? marks.registry.in(target)?.[0] : undefined;
      if (mark?.element) {
        last = mark;
        card.open(mark, 'focus');
      } else if (card.openedBy === 'focus' || card.openedBy === 'keyboard') {
        card.close(false);
      }
    },
    { capture: true, signal },
  );
}
