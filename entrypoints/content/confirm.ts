/**
 * The card's "Call anyway" step for calls that need the agent's explicit confirmation (a costly
 * destination, see lib/calls/destination-checks.ts). The background lists the confirmations with
 * the preview (or with a refused dial); the card shows each message, and the Call button becomes
 * "Call anyway" after a first click. Only a second click, not too soon after the first (a
 * double-click is one gesture, not a decision), sends the dial with `confirmed`.
 *
 * The DOM part is one element the overlay places in the card; every text is set with textContent.
 */
import type { ConfirmView } from '../../lib/ui/confirm-gate';
import { t } from './i18n';

export { ARM_DELAY_MS, ConfirmGate, type ConfirmView } from '../../lib/ui/confirm-gate';

export const CONFIRM_CSS = `
  .confirm { display: grid; gap: 4px; padding: 6px 8px; border-radius: 7px;
    background: #fff4e5; color: #5c3b00; border: 1px solid #f0b357; font-size: 12px; }
  .confirm[hidden] { display: none; }
  .confirm p { margin: 0; }
  .confirm .ask { font-weight: 600; }
  @media (prefers-color-scheme: dark) {
    .confirm { background: #3a2a10; color: #ffd9a0; border-color: #8a5a14; }
  }
`;

/** The card's confirmation box. */
export function createConfirmBox(doc: Document): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'confirm';
  box.hidden = true;
  return box;
}

/** Fills the box; returns the Call button's label. */
export function renderConfirm(box: HTMLElement, view: ConfirmView): string {
  const doc = box.ownerDocument;
  box.replaceChildren(
    ...view.messages.map((message) => {
      const p = doc.createElement('p');
      p.textContent = message;
      return p;
    }),
  );
  if (view.messages.length) {
    const ask = doc.createElement('p');
    ask.className = 'ask';
    ask.textContent = view.armed ? t('card.confirm.armed') : t('card.confirm.ask');
    box.append(ask);
  }
  box.hidden = view.messages.length === 0;
  return view.armed ? t('card.call.anyway') : t('card.call');
}
