/**
 * The CRM card's caller-ID dropdown (Customized mode): the same choices as the popup, drawn by
 * ./card-dropdown.ts inside the card's closed shadow root. Each preview says which option is
 * selected and the version of the list; the list itself is asked for (`getCardChoices`) only when
 * the agent opens the dropdown, and kept while its version stays the same, so hovering numbers
 * costs the same with 2,000 numbers as with 3.
 *
 * A pick is sent only for the agent's own key press or click (`isTrusted`, checked in the
 * dropdown), so the page's scripts cannot change the agent's caller ID through it; the background
 * checks the pick against the agent's numbers again.
 */
import type { CardChoice, CardChoiceList } from '../../lib/calls/card-choice';
import type { PreviewResult } from '../../lib/messages';
import { cardOptions, type CardOption } from '../../lib/ui/card-choice-options';
import { sendMessage } from '../../utils/messaging';
import { forgetPreviews } from './calls';
import { CardDropdown } from './card-dropdown';
import { t } from './i18n';

/** Picks are sent one after the other, so quick changes are saved in their order. */
let saving: Promise<unknown> = Promise.resolve();

/** The last list fetched, by version (one is enough: the agent has one list at a time). */
let cached: { version: string; list: Promise<CardChoiceList> } | null = null;

/** The dropdown on the card, if any (the card is one per page). */
let current: CardDropdown | null = null;

function loadList(version: string): Promise<CardChoiceList> {
  if (cached?.version === version) return cached.list;
  const list = sendMessage('getCardChoices', undefined).then((answer) => {
    if (!answer.ok) throw new Error(answer.error);
    return answer.list;
  });
  cached = { version, list };
  // A failed fetch is not kept: the next opening asks again.
  list.catch(() => {
    if (cached?.list === list) cached = null;
  });
  return list;
}

/** The closed dropdown's text: Default, or the selected number (from the preview alone). */
function selectedOption(choice: CardChoice): CardOption {
  const n = choice.selectedNumber;
  if (!n) return { value: 'default', text: t('card.choice.default') };
  return {
    value: n.id,
    text: n.label ? `${n.label}, ${n.display}` : n.display,
    ...(n.label ? { label: n.label } : {}),
    display: n.display,
  };
}

/** Closes an open list (Escape on the card); true when there was one to close. */
export function closeCardDropdown(): boolean {
  return current?.close(true) ?? false;
}

export function renderCardChoice(
  slot: HTMLElement | null,
  preview: PreviewResult,
  onSaved: () => void,
  resized: () => void,
): void {
  if (!slot) return;
  const choice = preview.ok ? preview.choice : undefined;
  if (!choice) {
    current = null;
    slot.replaceChildren();
    return;
  }
  // The same list again (a refresh after a pick): keep the element, and the focus in it.
  if (current && current.version === choice.version && slot.contains(current.root)) {
    current.select(choice.selected, selectedOption(choice));
    return;
  }
  const version = choice.version;
  const dropdown = new CardDropdown(
    slot.ownerDocument,
    version,
    choice.selected,
    selectedOption(choice),
    {
      load: async () => {
        const list = await loadList(version);
        return cardOptions(list, t('card.choice.default'));
      },
      pick: (value) => {
        const picked =
          value === 'default'
            ? { kind: 'default' as const }
            : { kind: 'number' as const, numberId: value };
        saving = saving
          .then(() => sendMessage('setChoiceFromCard', { choice: picked }))
          .then((result) => {
            dropdown.setCaption(result.ok ? undefined : result.error);
            // Saved or refused, the preview again: it shows what a call would use now.
            forgetPreviews();
            onSaved();
          })
          .catch(() => dropdown.setCaption(t('card.choice.unreachable')));
      },
      resized,
    },
  );
  current = dropdown;
  slot.replaceChildren(dropdown.root);
}
