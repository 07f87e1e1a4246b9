/**
 * The IANA time zones of a phone number, from libphonenumber's time-zone map (generated table,
 * scripts/gen-time-zones.mjs): the zones of the number's longest listed E.164 prefix. A number
 * whose prefix spans several zones (an area code split between Eastern and Central time) is
 * ambiguous; one known only by its calling code in a country of several zones is unknown.
 */
import { PREFIX_ZONES, ZONES } from './generated/time-zones';

export interface NumberTimeZones {
  /** The zones the number may be in, sorted; one when it is known. */
  zones: readonly string[];
  /** The matched prefix: just the calling code means the zones are the whole country's. */
  prefix: string;
}

let table: Map<string, readonly string[]> | undefined;
/** Every proper prefix of a listed prefix: the lookup goes on only while one is. */
const inner = new Set<string>();

function load(): Map<string, readonly string[]> {
  if (table) return table;
  table = new Map();
  for (const item of PREFIX_ZONES.split(' ')) {
    const [prefix, ids] = item.split(':') as [string, string];
    table.set(
      prefix,
      ids.split('.').map((id) => ZONES[parseInt(id, 36)]!),
    );
    for (let len = 1; len < prefix.length; len++) inner.add(prefix.slice(0, len));
  }
  return table;
}

/** Zones of an E.164 number ("+18085550100"); undefined when no prefix of it is listed. */
export function timeZonesOf(e164: string): NumberTimeZones | undefined {
  const map = load();
  const digits = e164.charAt(0) === '+' ? e164.slice(1) : e164;
  // Short to long, stopping where no listed prefix goes on: two to four lookups for most numbers.
  let found: NumberTimeZones | undefined;
  for (let len = 1; len <= digits.length; len++) {
    const prefix = digits.slice(0, len);
    const zones = map.get(prefix);
    if (zones) found = { zones, prefix };
    if (!inner.has(prefix)) break;
  }
  return found;
}

/** The one zone of a number, or undefined when it has none or several (ambiguous). */
export function singleTimeZone(e164: string): string | undefined {
  const z = timeZonesOf(e164)?.zones;
  return z && z.length === 1 ? z[0] : undefined;
}

/** "Honolulu" for Pacific/Honolulu, "North Dakota/Center" made readable: the zone's city. */
export function zoneCity(zone: string): string {
  const last = zone.slice(zone.lastIndexOf('/') + 1);
  return last.replace(/_/g, ' ');
}
