import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { firstPhoneLikeText } from '../../../../lib/detect/index';

describe('firstPhoneLikeText (the context menu selection)', () => {
  it.each([
    ['(415) 555-0100', '(415) 555-0100'],
    ['  Ana Silva: +1 (415) 555-0100 ext. 12, mobile ', '+1 (415) 555-0100 ext. 12'],
    ['call\n415\n555 0100 now', '415 555 0100'],
    ['Order 12, room 4', null],
    ['', null],
    ['no digits at all', null],
  ])('%j → %j', (selection, expected) => {
    expect(firstPhoneLikeText(selection)).toBe(expected);
  });

  it('never returns more than the background accepts', () => {
    expect(firstPhoneLikeText('1'.repeat(200))).toBeNull();
  });
});

describe('detection metadata', () => {
  it('is what scripts/gen-detect-metadata.mjs makes of the installed libphonenumber-js', () => {
    expect(() =>
      execFileSync('node', ['scripts/gen-detect-metadata.mjs', '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});
