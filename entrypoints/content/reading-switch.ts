/**
 * The card's line about a number's country where two countries read its digits ("Read as Brazil,
 * from this row") and the one-click switch to the other reading. The switch is per number on the
 * page; what the card previews and dials is `readingOf(mark)`, and the background checks the
 * region it is sent.
 */
import { alternateReading } from '../../lib/detect';
import type { CountryCode } from '../../lib/detect';
import { readingNote } from '../../lib/ui/reading-note';
import { cardTranslator } from './i18n';
import type { Mark } from './marks';

export interface ChosenReading {
  e164: string;
  region?: CountryCode;
}

/** Numbers whose other reading the agent chose. */
const switched = new WeakSet<Mark>();
let accountCountry: CountryCode | undefined;

/** The account's country, whose reading is the alternative to a context reading. */
export function setAccountCountry(country: CountryCode | undefined): void {
  accountCountry = country;
}

/** The number and country a call to `mark` uses: the page's reading, or the one the agent chose. */
export function readingOf(mark: Mark): ChosenReading {
  const { e164, region } = mark.match;
  if (switched.has(mark)) {
    const other = alternateReading(mark.match, accountCountry);
    if (other) return other;
  }
  return region ? { e164, region } : { e164 };
}

/** Fills the card's reading line for `mark` (hidden when only one country reads it). */
export function renderReading(slot: HTMLElement | null, mark: Mark, changed: () => void): void {
  if (!slot) return;
  const other = alternateReading(mark.match, accountCountry);
  // Countries named in the card's language (Intl.DisplayNames, made once per language on need).
  const note = readingNote(mark.match, other, switched.has(mark), cardTranslator());
  slot.replaceChildren();
  slot.hidden = !note;
  if (!note) return;
  const doc = slot.ownerDocument;
  const text = doc.createElement('span');
  text.textContent = note.text;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'switch';
  button.textContent = note.switchLabel;
  button.addEventListener('click', () => {
    if (switched.has(mark)) switched.delete(mark);
    else switched.add(mark);
    renderReading(slot, mark, changed);
    (slot.querySelector('button.switch') as HTMLButtonElement | null)?.focus();
    changed();
  });
  slot.append(text, ' · ', button);
}
