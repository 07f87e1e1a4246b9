// @vitest-environment happy-dom
/** How a number's country is chosen: written prefixes, page context, the default, and opt-outs. */
import { describe, expect, it } from 'vitest';
import {
  alternateReading,
  detectPhoneNumbers,
  detectWithPlaces,
  readNumber,
} from '../../../../lib/detect/index';
import type { CountryCode, RegionContext } from '../../../../lib/detect/index';

const strong =
  (country: CountryCode): (() => RegionContext) =>
  () => ({
    country,
    strong: true,
    kind: 'row',
  });
const weak =
  (country: CountryCode): (() => RegionContext) =>
  () => ({
    country,
    strong: false,
    kind: 'numbers',
  });

describe('readNumber', () => {
  it.each([
    // [text, default, context, e164 | null, region, source]
    ['(21) 3381-4420', 'US', strong('BR'), '+552133814420', 'BR', 'context'],
    ['(21) 3381-4420', 'US', undefined, '+12133814420', 'US', 'default'],
    ['0044 161 496 0000', 'US', undefined, '+441614960000', 'GB', 'international'],
    ['00351 21 555 0199', 'US', undefined, '+351215550199', 'PT', 'international'],
    ['00351 21 555 0199', 'BR', undefined, '+351215550199', 'PT', 'international'],
    ['011 44 161 496 0000', 'DE', undefined, '+441614960000', 'GB', 'international'],
    ['011 44 161 496 0000', 'FR', strong('FR'), '+441614960000', 'GB', 'international'],
    ['0011 44 20 7946 0958', 'DE', undefined, '+442079460958', 'GB', 'international'],
    ['1-888-555-0142', 'DE', undefined, '+18885550142', 'US', 'international'],
    ['1 (212) 555-0100', 'GB', undefined, '+12125550100', 'US', 'international'],
    ['1-888-555-0142', 'US', undefined, '+18885550142', 'US', 'default'],
    ['\uFF0B44 20 7946 0958', 'US', undefined, '+442079460958', 'GB', 'international'],
    ['+44 20 7946 0958', 'US', strong('BR'), '+442079460958', 'GB', 'international'],
    // Manchester's area code is also New Zealand's international prefix: read nationally.
    ['0161 496 0001', 'GB', undefined, '+441614960001', 'GB', 'default'],
    // The context contradicts the only reading: not a number here.
    ['(415) 555-0100', 'US', strong('GB'), null, undefined, undefined],
    // Weak evidence (the record's other numbers) only picks between readings.
    ['(415) 555-0100', 'US', weak('GB'), '+14155550100', 'US', 'default'],
    ['020 7946 0959', 'US', weak('GB'), '+442079460959', 'GB', 'context'],
    // No default country: the context still reads national numbers.
    ['030 12345678', undefined, strong('DE'), '+493012345678', 'DE', 'context'],
    ['030 12345678', undefined, undefined, null, undefined, undefined],
  ] as const)('%s (default %s)', (text, defaultCountry, context, e164, region, source) => {
    const reading = readNumber(text, defaultCountry as CountryCode | undefined, context, true);
    if (e164 === null) expect(reading).toBeNull();
    else expect(reading).toMatchObject({ e164, region, regionSource: source });
  });

  it('keeps the default country reading as the alternate when both read the number', () => {
    expect(readNumber('(21) 3381-4420', 'US', strong('BR'), true)).toMatchObject({
      e164: '+552133814420',
      region: 'BR',
      regionSource: 'context',
      regionEvidence: 'row',
      alternate: { e164: '+12133814420', region: 'US' },
    });
    // NANP grouping wins on a German page; the German reading is one click away.
    expect(readNumber('1-888-555-0142', 'DE', undefined, true)).toMatchObject({
      e164: '+18885550142',
      alternate: { e164: '+4918885550142', region: 'DE' },
    });
  });

  it('asks the page context only for numbers written without a country code', () => {
    let asked = 0;
    const context = () => (
      asked++,
      { country: 'BR' as CountryCode, strong: true, kind: 'row' as const }
    );
    readNumber('+44 20 7946 0958', 'US', context);
    readNumber('0044 20 7946 0958', 'US', context);
    expect(asked).toBe(0);
    readNumber('(21) 3381-4420', 'US', context);
    expect(asked).toBe(1);
  });
});

describe('country evidence on a page', () => {
  const read = (html: string, defaultCountry: CountryCode = 'US') => {
    document.body.innerHTML = html;
    return detectWithPlaces(document.body, { defaultCountry }).map((m) => ({
      e164: m.e164,
      region: m.region,
      regionSource: m.regionSource,
      evidence: m.regionEvidence,
      alternate: alternateReading(m, defaultCountry)?.e164,
    }));
  };

  it('does not mark a number that only the contradicted country reads', () => {
    expect(
      read(
        '<table><thead><tr><th>Phone</th><th>Country</th></tr></thead><tbody>' +
          '<tr><td>(415) 555-0100</td><td>United Kingdom</td></tr></tbody></table>',
      ),
    ).toEqual([]);
  });

  it('reads a row from its Country column, and offers the default reading', () => {
    expect(
      read(
        '<table><thead><tr><th>Phone</th><th>País</th></tr></thead><tbody>' +
          '<tr><td>(21) 3381-4420</td><td>BR</td></tr></tbody></table>',
      ),
    ).toEqual([
      {
        e164: '+552133814420',
        region: 'BR',
        regionSource: 'context',
        evidence: 'row',
        alternate: '+12133814420',
      },
    ]);
  });

  it('does not carry one card’s country to the next card of a list', () => {
    const found = read(
      '<div class="list"><div class="card"><h3>Ana</h3><p>Country: Brazil</p><p>(21) 3381-4420</p></div>' +
        '<div class="card"><h3>Ben</h3><p>No country given here</p><p>(415) 555-0100</p></div></div>',
    );
    expect(found.map((m) => [m.e164, m.region, m.regionSource])).toEqual([
      ['+552133814420', 'BR', 'context'],
      ['+14155550100', 'US', 'default'],
    ]);
  });

  it('does not read a US state column as a country ("DE" is Delaware here)', () => {
    const found = read(
      '<table><thead><tr><th>Phone</th><th>State</th></tr></thead><tbody>' +
        '<tr><td>(302) 555-0100</td><td>DE</td></tr></tbody></table>',
    );
    expect(found.map((m) => [m.e164, m.regionSource])).toEqual([['+13025550100', 'default']]);
  });

  it('reads a country named next to the number in the same line', () => {
    const found = read(
      '<ul><li>Brazil: (21) 3381-4420</li><li>(030) 1234567 (Deutschland)</li></ul>',
    );
    expect(found.map((m) => [m.e164, m.region])).toEqual([
      ['+552133814420', 'BR'],
      ['+49301234567', 'DE'],
    ]);
  });

  it('treats two countries in one record as no evidence', () => {
    const found = read('<li>Brazil · Germany · (415) 555-0100</li>');
    expect(found.map((m) => [m.e164, m.regionSource])).toEqual([['+14155550100', 'default']]);
  });
});

describe('site owners and admins can say no', () => {
  it('never scans an element marked data-ringside="off", nor its subtree', () => {
    document.body.innerHTML =
      '<p>(415) 555-0100</p><div data-ringside="off"><p>(415) 555-0101</p><a href="tel:+14155550102">x</a></div>';
    expect(detectPhoneNumbers(document.body, { defaultCountry: 'US' }).map((m) => m.e164)).toEqual([
      '+14155550100',
    ]);
  });

  it('never scans what the admin excludes for the site; a broken selector is dropped', () => {
    document.body.innerHTML =
      '<p class="keep">(415) 555-0100</p><section id="ledger"><p>(415) 555-0101</p></section><p class="x">(415) 555-0102</p>';
    const found = detectPhoneNumbers(document.body, {
      defaultCountry: 'US',
      exclude: ['#ledger', '[[broken', 'p.x'],
    });
    expect(found.map((m) => m.e164)).toEqual(['+14155550100']);
  });
});
