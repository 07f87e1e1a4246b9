/**
 * The generated place and time-zone tables: exactly what their scripts make from the cited
 * sources, and lookups that agree with the sources entry by entry.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePhone } from '../../../../lib/phone/index';
import { PLACES } from '../../../../lib/phone/generated/places';
import { placeOf } from '../../../../lib/phone/places';
import { singleTimeZone, timeZonesOf, zoneCity } from '../../../../lib/phone/time-zones';
// @ts-expect-error: plain JavaScript build scripts without type declarations
import * as places from '../../../../scripts/gen-places.mjs';
// @ts-expect-error: plain JavaScript build scripts without type declarations
import * as zones from '../../../../scripts/gen-time-zones.mjs';

const root = join(__dirname, '../../../..');
const generated = (script: string) =>
  execFileSync(process.execPath, [script, '--stdout'], { cwd: root, encoding: 'utf8' });

describe('time-zone table', () => {
  it('is exactly what scripts/gen-time-zones.mjs generates', () => {
    expect(readFileSync(join(root, 'lib/phone/generated/time-zones.ts'), 'utf8')).toBe(
      generated('scripts/gen-time-zones.mjs'),
    );
  }, 60_000);

  it('gives every prefix of the source its zones', () => {
    const source: Map<string, string[]> = zones.loadTimeZones();
    expect(source.size).toBeGreaterThan(3000);
    const wrong: string[] = [];
    for (const [prefix, z] of source) {
      // A number that starts with the prefix and goes on with digits no longer prefix has.
      const got = timeZonesOf(`+${prefix}`)?.zones;
      if (JSON.stringify(got) !== JSON.stringify(z)) wrong.push(`${prefix}: ${got} ≠ ${z}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['+18085550100', 'Pacific/Honolulu'],
    ['+17025550100', 'America/Los_Angeles'],
    ['+18502300100', 'America/Chicago'],
    ['+18502220100', 'America/New_York'],
    ['+442079460000', 'Europe/London'],
    ['+16055550100', undefined], // split between Mountain and Central
    ['+18005550100', undefined], // toll-free: anywhere in the NANP
  ])('%s is in %s', (e164, zone) => {
    expect(singleTimeZone(e164)).toBe(zone);
  });

  it('names a zone by its city', () => {
    expect(zoneCity('Pacific/Honolulu')).toBe('Honolulu');
    expect(zoneCity('America/Los_Angeles')).toBe('Los Angeles');
  });
});

describe('place table', () => {
  it('is exactly what scripts/gen-places.mjs generates', () => {
    expect(readFileSync(join(root, 'lib/phone/generated/places.ts'), 'utf8')).toBe(
      generated('scripts/gen-places.mjs'),
    );
  }, 180_000);

  it('names only city-level places of the geocoding source, each for two area codes or more', () => {
    const problems: string[] = [];
    for (const [cc, text] of Object.entries(PLACES)) {
      const described = new Set(Object.values(places.loadGeocodes(cc) as Record<string, string>));
      for (const entry of text.split(';')) {
        const [place, areas] = entry.split('|') as [string, string];
        if (!described.has(place)) problems.push(`${cc}: "${place}" is not in the source`);
        if (!places.isCityLevel(cc, place)) problems.push(`${cc}: "${place}" is not a city`);
        if (areas.split(' ').length < 2) problems.push(`${cc}: "${place}" has one area code`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives the members of a NANP overlay complex one place when they agree on one', () => {
    const complexes: string[] = places.overlayComplexes();
    expect(complexes).toContain('212/332/646/917');
    expect(complexes).toContain('415/628');
    for (const c of complexes) {
      const named = new Set(
        c
          .split('/')
          .map((a) => placeOf('1', a))
          .filter(Boolean),
      );
      expect(named.size, c).toBeLessThanOrEqual(1 + (c.includes('917') ? 1 : 0));
    }
  });

  it.each([
    ['+12125550100', 'New York, NY'], // its own entry in the geocoding data
    ['+16465550100', 'New York, NY'], // overlay of 212 (the source says only "New York")
    ['+14155550100', 'San Francisco, CA'], // from most of its exchanges
    ['+16285550100', 'San Francisco, CA'], // overlay of 415
    ['+19175550100', undefined], // overlays 212 and 718: two places
    ['+15185550100', undefined], // Albany: a place of one area code
    ['+74955550100', 'Moscow'],
    ['+442079460000', undefined], // London has one area code
  ])('%s is in %s', (e164, place) => {
    const f = analyzePhone(e164)!;
    expect(placeOf(f.callingCode, f.areaCode)).toBe(place);
  });
});
