/**
 * lib/ui/format.ts writes numbers with the formatter a page installs (lib/ui/phone-formats.ts);
 * until then, the popup shows the displays another page saved with the status cache. Each test
 * gets a fresh copy of the module, as a new page would (the test setup installs the formatter in
 * the shared one).
 */
import metadata from 'libphonenumber-js/min/metadata';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import demo from '../../../../lib/demo/account.json';
import { phoneDisplay } from '../../../../lib/phone/format';
import type * as FormatModule from '../../../../lib/ui/format';
import { EXEC, LONDON, SF, TOLL_FREE, TORONTO } from '../../components/fixtures';

type Format = typeof FormatModule;

async function freshPage(): Promise<Format> {
  vi.resetModules();
  return import('../../../../lib/ui/format');
}

const install = (format: Format) =>
  format.installPhoneFormatter((e164) => phoneDisplay(e164, metadata));

const NUMBERS = [SF, TORONTO, TOLL_FREE, EXEC, LONDON];

describe('writing numbers before and after the phone formatter is installed', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it('shows what another page wrote, the same as that page shows it', async () => {
    const writer = await freshPage();
    install(writer);
    const all = [...NUMBERS.map((n) => n.number), ...demo.numbers.map((n) => n.number)];
    const saved = JSON.parse(JSON.stringify(writer.phoneDisplaysOf(all))) as Record<
      string,
      { display: string; country?: string }
    >;
    const expected = NUMBERS.map((n) => writer.describeNumber(n));

    const reader = await freshPage();
    reader.rememberPhoneDisplays(saved as Parameters<Format['rememberPhoneDisplays']>[0]);
    expect(reader.hasPhoneFormatter()).toBe(false);
    expect(NUMBERS.map((n) => reader.describeNumber(n))).toEqual(expected);
    for (const e164 of all) expect(reader.formatPhone(e164)).toBe(writer.formatPhone(e164));
    expect(console.error).not.toHaveBeenCalled();
  });

  it.each([
    ['a number it was not given', {}, SF.number, { display: SF.number, country: undefined }],
    [
      'a number it was given',
      { [SF.number]: { display: '+1 415 555 0100', country: 'US' as const } },
      SF.number,
      { display: '+1 415 555 0100', country: 'US' },
    ],
  ])('without the formatter, writes %s', async (_name, remembered, e164, expected) => {
    const page = await freshPage();
    page.rememberPhoneDisplays(remembered);
    expect({ display: page.formatPhone(e164), country: page.countryOf(e164) }).toEqual(expected);
    // Showing the stored digits is a fallback for a bug, and says so.
    expect(vi.mocked(console.error).mock.calls.length).toBe(Object.keys(remembered).length ? 0 : 2);
  });

  it('once installed, writes every number afresh and ignores remembered ones', async () => {
    const page = await freshPage();
    page.rememberPhoneDisplays({ [SF.number]: { display: 'OLD', country: 'CA' } });
    expect(page.formatPhone(SF.number)).toBe('OLD');
    install(page);
    page.rememberPhoneDisplays({ [TORONTO.number]: { display: 'OLD', country: 'US' } });
    expect(page.hasPhoneFormatter()).toBe(true);
    expect(page.formatPhone(SF.number)).toBe('+1 415 555 0100');
    expect(page.countryOf(SF.number)).toBe('US');
    expect(page.formatPhone(TORONTO.number)).toBe('+1 416 555 0137');
    expect(page.countryOf(TORONTO.number)).toBe('CA');
    expect(console.error).not.toHaveBeenCalled();
  });
});
