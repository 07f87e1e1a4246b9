import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../../../lib/detect/index';
import { readingNote } from '../../../../lib/ui/reading-note';
import { COUNTRY_NAMES } from '../../../../lib/ui/generated/country-names';

const nameOf = (code: CountryCode) => COUNTRY_NAMES[code] ?? code;
const US = { region: 'US' as CountryCode };

describe('readingNote', () => {
  it.each([
    ['row', 'Read as Brazil, from this row'],
    ['label', "Read as Brazil, from the record's Country field"],
    ['record', 'Read as Brazil, from this record'],
    ['address', 'Read as Brazil, from the address'],
    ['selector', 'Read as Brazil, from the country selector'],
    ['numbers', "Read as Brazil, from the record's other numbers"],
  ] as const)('names the evidence (%s)', (evidence, text) => {
    expect(
      readingNote(
        { region: 'BR', regionSource: 'context', regionEvidence: evidence },
        US,
        false,
        nameOf,
      ),
    ).toEqual({ text, switchLabel: 'Read as United States instead' });
  });

  it('says the other way round once the agent switched', () => {
    expect(
      readingNote(
        { region: 'BR', regionSource: 'context', regionEvidence: 'row' },
        US,
        true,
        nameOf,
      ),
    ).toEqual({
      text: "Read as United States, the account's country",
      switchLabel: 'Read as Brazil instead',
    });
  });

  it('explains a North American number on another country’s page', () => {
    expect(
      readingNote({ region: 'US', regionSource: 'international' }, { region: 'DE' }, false, nameOf),
    ).toEqual({
      text: 'Read as United States, written with its country code',
      switchLabel: 'Read as Germany instead',
    });
  });

  it('says nothing where there is no other reading', () => {
    expect(readingNote({ region: 'BR', regionSource: 'context' }, null, false, nameOf)).toBeNull();
  });
});
