/**
 * The call card's line about a number's country, where two countries read the same digits: "Read
 * as Brazil, from this row" and the switch to the other reading ("Read as United States
 * instead"). Pure wording; the content script names countries (`nameOf`) and draws it.
 */
import type { CountryCode, RegionEvidence, RegionSource } from '../detect/types';

export interface ReadingNote {
  /** "Read as Brazil, from this row" */
  text: string;
  /** The switch's label: "Read as United States instead" */
  switchLabel: string;
}

const FROM: Record<RegionEvidence, string> = {
  row: 'from this row',
  label: "from the record's Country field",
  record: 'from this record',
  address: 'from the address',
  selector: 'from the country selector',
  numbers: "from the record's other numbers",
};

function why(source: RegionSource | undefined, evidence: RegionEvidence | undefined): string {
  if (source === 'international') return 'written with its country code';
  if (source === 'context') return evidence ? FROM[evidence] : 'from this page';
  return "the account's country";
}

/**
 * The note for a number read in `match.region` with another valid reading, `alternate`; `switched`:
 * the agent chose the alternate. Null when there is no other reading (nothing to say or switch).
 */
export function readingNote(
  match: { region?: CountryCode; regionSource?: RegionSource; regionEvidence?: RegionEvidence },
  alternate: { region: CountryCode } | null,
  switched: boolean,
  nameOf: (code: CountryCode) => string,
): ReadingNote | null {
  if (!alternate || !match.region) return null;
  if (switched) {
    return {
      text: `Read as ${nameOf(alternate.region)}, the account's country`,
      switchLabel: `Read as ${nameOf(match.region)} instead`,
    };
  }
  return {
    text: `Read as ${nameOf(match.region)}, ${why(match.regionSource, match.regionEvidence)}`,
    switchLabel: `Read as ${nameOf(alternate.region)} instead`,
  };
}
