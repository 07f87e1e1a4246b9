/**
 * The call card's line about a number's country, where two countries read the same digits: "Read
 * as Brazil, from this row" and the switch to the other reading ("Read as United States
 * instead"). Pure wording from the `card` catalogs; the content script draws it.
 */
import type { CountryCode, RegionEvidence, RegionSource } from '../detect/types';
import type { MessageKey, Translator } from '../i18n';
import { ENGLISH_CARD } from './card-english';

export interface ReadingNote {
  /** "Read as Brazil, from this row" */
  text: string;
  /** The switch's label: "Read as United States instead" */
  switchLabel: string;
}

/** One whole sentence per kind of evidence, so each language words it its own way. */
const FROM: Record<RegionEvidence, MessageKey> = {
  row: 'card.reading.row',
  label: 'card.reading.label',
  record: 'card.reading.record',
  address: 'card.reading.address',
  selector: 'card.reading.selector',
  numbers: 'card.reading.numbers',
};

function why(source: RegionSource | undefined, evidence: RegionEvidence | undefined): MessageKey {
  if (source === 'international') return 'card.reading.international';
  if (source === 'context') return evidence ? FROM[evidence] : 'card.reading.page';
  return 'card.reading.account';
}

/**
 * The note for a number read in `match.region` with another valid reading, `alternate`; `switched`:
 * the agent chose the alternate. Null when there is no other reading (nothing to say or switch).
 * Countries are named in the translator's language (`Intl.DisplayNames`).
 */
export function readingNote(
  match: { region?: CountryCode; regionSource?: RegionSource; regionEvidence?: RegionEvidence },
  alternate: { region: CountryCode } | null,
  switched: boolean,
  tr: Translator = ENGLISH_CARD,
): ReadingNote | null {
  if (!alternate || !match.region) return null;
  const [shown, other] = switched
    ? [alternate.region, match.region]
    : [match.region, alternate.region];
  const key = switched ? 'card.reading.account' : why(match.regionSource, match.regionEvidence);
  return {
    text: tr.t(key, { country: tr.country(shown) }),
    switchLabel: tr.t('card.reading.switch', { country: tr.country(other) }),
  };
}
