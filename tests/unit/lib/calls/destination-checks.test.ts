/**
 * Costly and forbidden destinations (issue 12, point 4): the pure checks as tables, then the call
 * pipeline that runs them for the preview and the dial.
 */
import type { CountryCode } from 'libphonenumber-js';
import { describe, expect, it, vi } from 'vitest';
import {
  checkDestination,
  DEFAULT_DESTINATION_POLICY,
  emergencyNumber,
  unconfirmed,
  type DestinationPolicy,
} from '../../../../lib/calls/destination-checks';
import { EMERGENCY_PATTERNS } from '../../../../lib/calls/generated/emergency-numbers';
import { placeCall, previewCall, type PipelineDeps } from '../../../../lib/calls/pipeline';
import { applyConfigDocument } from '../../../../lib/db/apply-config';
import { recentCalls } from '../../../../lib/db/calls';
import { saveChoice } from '../../../../lib/db/choices';
import { saveAgent, updateSettings } from '../../../../lib/db/settings';
import { analyzePhone } from '../../../../lib/phone/index';
import { accountDocument, freshDb } from '../../helpers/background-fixtures';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const names = (display: string) => ({
  display,
  countryName: (r: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(r) ?? r,
});

describe('emergencyNumber', () => {
  it.each([
    ['911', 'US', '911'],
    ['9-1-1', 'US', '911'],
    [' 911 ', 'CA', '911'],
    ['112', 'US', '112'],
    ['112', 'DE', '112'],
    ['110', 'DE', '110'],
    ['999', 'GB', '999'],
    ['(999)', 'GB', '999'],
    ['190', 'BR', '190'],
    ['192', 'BR', '192'],
    ['193', 'BR', '193'],
    ['000', 'AU', '000'],
    ['911', 'BR', '911'],
    ['911', 'GB', '911'], // 911 and 112 everywhere
    ['112', 'BR', '112'],
  ])('%j read in %s is the emergency number %s', (text, country, expected) => {
    expect(emergencyNumber(text, country)).toBe(expected);
  });

  it.each([
    ['+1 911', 'US'], // not dialable with a country code
    ['+112', 'DE'],
    ['190', 'US'], // Brazil's police number is nothing special in the US
    ['999', 'US'],
    ['4155550100', 'US'],
    ['(415) 555-0100', 'US'],
    ['9110', 'US'],
    ['911x', 'US'],
    ['', 'US'],
    ['call 911', 'US'],
  ])('%j read in %s is not an emergency number', (text, country) => {
    expect(emergencyNumber(text, country)).toBeNull();
  });

  it('the committed table is what scripts/gen-emergency-numbers.mjs generates from the source', () => {
    const root = join(__dirname, '../../../..');
    const generated = execFileSync(
      process.execPath,
      ['scripts/gen-emergency-numbers.mjs', '--stdout'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(readFileSync(join(root, 'lib/calls/generated/emergency-numbers.ts'), 'utf8')).toBe(
      generated,
    );
    expect(Object.keys(EMERGENCY_PATTERNS).length).toBeGreaterThan(200);
  }, 30_000);
});

const policy = (p: Partial<DestinationPolicy> = {}): DestinationPolicy => ({
  ...DEFAULT_DESTINATION_POLICY,
  ...p,
});

describe('checkDestination', () => {
  it.each([
    ['+1 900 555 0199', 'special-rate', /premium-rate number: calls may be charged at a high rate/],
    ['+44 909 879 0000', 'special-rate', /premium-rate/],
    ['+33 8 10 12 34 56', 'special-rate', /shared-cost number/],
    ['+34 901 23 45 67', 'special-rate', /shared-cost number/],
    ['+44 55 1234 5678', 'special-rate', /universal access/],
    ['+44 70 1234 5678', 'special-rate', /personal \(follow-me\) number/],
    ['+881 6 123456789', 'special-rate', /satellite phone number/],
    ['+870 773 111 632', 'special-rate', /satellite phone number/],
  ])('%s needs a %s confirmation', (number, kind, message) => {
    const facts = analyzePhone(number, 'US')!;
    expect(facts.valid).toBe(true);
    const verdict = checkDestination(facts, 'US', policy(), names(number));
    expect(verdict).toEqual({
      ok: true,
      confirm: [{ kind, message: expect.stringMatching(message) }],
    });
    if (verdict.ok) expect(verdict.confirm[0]!.message.startsWith(`${number} is `)).toBe(true);
  });

  it.each([
    ['+1 415 555 0100', 'US'],
    ['+1 800 555 0100', 'US'], // toll-free costs the caller nothing
    ['+55 11 98765 4321', 'US'], // international, but the admin does not ask
    ['+44 20 7946 0123', 'US'],
  ])('%s from a %s account needs nothing by default', (number, country) => {
    expect(
      checkDestination(
        analyzePhone(number, country as CountryCode)!,
        country,
        policy(),
        names(number),
      ),
    ).toEqual({ ok: true, confirm: [] });
  });

  it.each([
    ['+44 20 7946 0123', 'US', true],
    ['+1 416 555 0100', 'US', true], // +1 Canada is another country
    ['+1 415 555 0100', 'US', false],
    ['+800 1234 5678', 'US', true], // no country at all
  ])(
    'with confirmInternational, %s from %s needs a confirmation: %s',
    (number, country, needed) => {
      const verdict = checkDestination(
        analyzePhone(number, country as CountryCode)!,
        country,
        policy({ confirmInternational: true }),
        names(number),
      );
      expect(verdict.ok && verdict.confirm.map((c) => c.kind)).toEqual(
        needed ? ['international'] : [],
      );
    },
  );

  it('a premium number abroad needs both confirmations, special rate first', () => {
    const verdict = checkDestination(
      analyzePhone('+44 909 879 0000', 'US')!,
      'US',
      policy({ confirmInternational: true }),
      names('+44 909 879 0000'),
    );
    expect(verdict.ok && verdict.confirm.map((c) => c.kind)).toEqual([
      'special-rate',
      'international',
    ]);
  });

  it.each([
    [
      '+1 900 555 0199',
      policy({ blockPremium: true }),
      /premium-rate number, and your admin blocks/,
    ],
    [
      '+44 20 7946 0123',
      policy({ allowedCountries: ['US', 'CA'] }),
      /Calls to United Kingdom are not allowed for this account \(allowed: United States, Canada\)/,
    ],
    [
      '+881 6 123456789',
      policy({ allowedCountries: ['US'] }),
      /Calls to \+881 numbers are not allowed/,
    ],
  ])('%s is refused outright by %j', (number, p, error) => {
    expect(checkDestination(analyzePhone(number, 'US')!, 'US', p, names(number))).toEqual({
      ok: false,
      error: expect.stringMatching(error),
    });
  });

  it('blockPremium leaves other special-rate numbers to a confirmation', () => {
    const verdict = checkDestination(
      analyzePhone('+33 8 10 12 34 56', 'US')!,
      'US',
      policy({ blockPremium: true }),
      names('x'),
    );
    expect(verdict).toMatchObject({ ok: true, confirm: [{ kind: 'special-rate' }] });
  });

  it.each([
    [[], undefined, ['special-rate', 'international']],
    [['special-rate'], undefined, ['international']],
    [['special-rate', 'international'], undefined, []],
    [['international', 'special-rate'], undefined, []],
    [['calling-hours'], undefined, ['special-rate', 'international']],
  ])('unconfirmed(%j)', (confirmed, _x, left) => {
    const required = [
      { kind: 'special-rate' as const, message: 'a' },
      { kind: 'international' as const, message: 'b' },
    ];
    expect(unconfirmed(required, confirmed).map((c) => c.kind)).toEqual(left);
  });
});

async function setup(settings: Parameters<typeof updateSettings>[1] = {}) {
  const db = freshDb();
  await applyConfigDocument(db, accountDocument({ mode: 'customized' }), {
    source: 'local',
    origin: 't',
    at: 1,
  });
  await saveAgent(db, { id: 'a1', name: 'Ana Silva' });
  expect(await updateSettings(db, settings)).toMatchObject({ ok: true });
  const openTelUrl = vi.fn(async (_url: string, _tabId?: number) => {});
  const deps: PipelineDeps = {
    db,
    now: () => 1,
    openTelUrl,
    fetch: vi.fn() as unknown as typeof fetch,
  };
  return { db, deps, openTelUrl };
}

describe('the pipeline: preview and dial ask the same', () => {
  it('a premium number: the preview lists the confirmation; a dial without it is refused and logged; with it the call goes out', async () => {
    const { db, deps, openTelUrl } = await setup();
    const preview = await previewCall(db, '+1 900 555 0199');
    const confirm = [
      {
        kind: 'special-rate',
        message: '+1 900 555 0199 is a premium-rate number: calls may be charged at a high rate.',
      },
    ];
    expect(preview).toMatchObject({ ok: true, e164: '+19005550199', confirm });

    const refused = await placeCall(deps, { to: '+19005550199' });
    expect(refused).toMatchObject({ ok: false, confirm, toDisplay: '+1 900 555 0199' });
    expect(openTelUrl).not.toHaveBeenCalled();
    expect((await recentCalls(db, 1))[0]).toMatchObject({
      outcome: 'refused',
      to: '+19005550199',
      error: expect.stringContaining('premium-rate'),
    });

    // Confirming something else is not confirming this.
    expect(
      await placeCall(deps, { to: '+19005550199', confirmed: ['international'] }),
    ).toMatchObject({
      ok: false,
      confirm,
    });
    expect(openTelUrl).not.toHaveBeenCalled();

    expect(
      await placeCall(deps, { to: '+19005550199', confirmed: ['special-rate'] }),
    ).toMatchObject({ ok: true });
    expect(openTelUrl).toHaveBeenCalledWith('tel:+19005550199', undefined);
  });

  it('an ordinary number needs no confirmation: no confirm in the preview', async () => {
    const { db, deps, openTelUrl } = await setup();
    const preview = await previewCall(db, '+1 415 555 0199');
    expect(preview.ok && 'confirm' in preview).toBe(false);
    expect(await placeCall(deps, { to: '+14155550199' })).toMatchObject({ ok: true });
    expect(openTelUrl).toHaveBeenCalledOnce();
  });

  it.each([
    ['911', '911'],
    ['9 1 1', '911'],
    ['112', '112'],
  ])(
    '%j is refused as an emergency number, never "not a valid phone number"',
    async (to, digits) => {
      const { db, deps, openTelUrl } = await setup();
      const message = `${digits} is an emergency number. Ringside does not place emergency calls: use a phone to call ${digits}.`;
      expect(await previewCall(db, to)).toEqual({ ok: false, error: message });
      const result = await placeCall(deps, { to, confirmed: ['special-rate', 'international'] });
      expect(result).toMatchObject({ ok: false, error: message });
      expect(JSON.stringify(result)).not.toMatch(/not a valid phone number/);
      expect(openTelUrl).not.toHaveBeenCalled();
      expect((await recentCalls(db, 1))[0]).toMatchObject({ outcome: 'refused', error: message });
    },
  );

  it('blocked destinations are refused whatever is confirmed', async () => {
    const { db, deps, openTelUrl } = await setup({ blockPremium: true, allowedCountries: ['US'] });
    for (const to of ['+1 900 555 0199', '+44 20 7946 0123']) {
      expect(await previewCall(db, to)).toMatchObject({ ok: false });
      expect(
        await placeCall(deps, { to, confirmed: ['special-rate', 'international'] }),
      ).toMatchObject({ ok: false });
      expect(await placeCall(deps, { to })).not.toHaveProperty('confirm');
    }
    expect(openTelUrl).not.toHaveBeenCalled();
  });

  it('international confirmation when the admin asks for it', async () => {
    const { db, deps, openTelUrl } = await setup({ confirmInternational: true });
    expect(await previewCall(db, '+44 20 7946 0123')).toMatchObject({
      confirm: [{ kind: 'international', message: expect.stringContaining('United Kingdom') }],
    });
    expect(await placeCall(deps, { to: '+442079460123' })).toMatchObject({ ok: false });
    expect(
      await placeCall(deps, { to: '+442079460123', confirmed: ['international'] }),
    ).toMatchObject({ ok: true });
    expect(openTelUrl).toHaveBeenCalledOnce();
  });
});

describe('the previewed caller ID is the one the call uses (point 8)', () => {
  it('a dial that carries the previewed number id is refused when the caller ID changed since', async () => {
    const { db, deps, openTelUrl } = await setup();
    const preview = await previewCall(db, '+1 415 555 0199');
    expect(preview).toMatchObject({ ok: true, selection: { number: { id: 'n-sf' } } });
    // Ana picks New York in the popup while the card still shows San Francisco.
    await saveChoice(db, 'acme', 'a1', { kind: 'number', numberId: 'n-ny' }, 2);
    const result = await placeCall(deps, { to: '+14155550199', fromNumberId: 'n-sf' });
    expect(result).toMatchObject({
      ok: false,
      callerIdChanged: true,
      selection: { number: { id: 'n-ny' } },
      fromDisplay: '+1 212 555 0100',
      error: expect.stringContaining('The caller ID changed since it was shown'),
    });
    expect(openTelUrl).not.toHaveBeenCalled();
    expect(await placeCall(deps, { to: '+14155550199', fromNumberId: 'n-ny' })).toMatchObject({
      ok: true,
      selection: { number: { id: 'n-ny' } },
    });
    expect(openTelUrl).toHaveBeenCalledOnce();
  });
});
