/**
 * The CRM card's caller-ID dropdown (Customized mode): the same choices as the popup, built with
 * DOM APIs inside the card's closed shadow root. A change is sent only when the browser marks the
 * event as the user's own (`isTrusted`), so the page's scripts cannot change the agent's caller
 * ID through it; the background checks the pick against the agent's numbers again.
 */
import type { PreviewResult } from '../../lib/messages';
import { sendMessage } from '../../utils/messaging';
import { forgetPreviews } from './calls';

/** Picks are sent one after the other, so quick arrow-key changes are saved in their order. */
let saving: Promise<unknown> = Promise.resolve();

export function renderCardChoice(
  slot: HTMLElement | null,
  preview: PreviewResult,
  onSaved: () => void,
): void {
  if (!slot) return;
  const choice = preview.ok ? preview.choice : undefined;
  if (!choice) {
    slot.replaceChildren();
    return;
  }
  // The same list again (a refresh after a pick): keep the element, and the keyboard focus on it.
  const signature = JSON.stringify(choice.options);
  const existing = slot.querySelector('select');
  if (existing && existing.dataset.options === signature) return;
  slot.replaceChildren();
  const doc = slot.ownerDocument;
  const label = doc.createElement('label');
  const caption = doc.createElement('span');
  caption.textContent = 'Outbound caller ID';
  const select = doc.createElement('select');
  select.dataset.options = signature;
  for (const option of choice.options) {
    const node = doc.createElement('option');
    node.value = option.value;
    node.textContent = option.text;
    node.selected = option.value === choice.selected;
    select.append(node);
  }
  label.append(caption, select);
  slot.append(label);
  select.addEventListener('change', (event) => {
    if (!event.isTrusted) return;
    const value = select.value;
    const picked =
      value === 'default'
        ? { kind: 'default' as const }
        : { kind: 'number' as const, numberId: value };
    saving = saving
      .then(() => sendMessage('setChoiceFromCard', { choice: picked }))
      .then((result) => {
        caption.textContent = result.ok ? 'Outbound caller ID' : result.error;
        if (!result.ok) return;
        forgetPreviews();
        onSaved();
      })
      .catch(() => {
        caption.textContent = 'Ringside is not reachable: reload this page.';
      });
  });
}
