/**
 * The place (city) a geographic area code serves, from the generated table (see
 * scripts/gen-places.mjs and docs/caller-id-rules.md "Same place"). Two area codes of one place
 * are overlays of one city (212 and 646 in New York) or codes the geocoding data puts in it.
 */
import { PLACES } from './generated/places';

/** callingCode-areaCode -> place name; filled per calling code on first use. */
const cache = new Map<string, Map<string, string>>();

function placesOf(callingCode: string): Map<string, string> {
  let map = cache.get(callingCode);
  if (!map) {
    map = new Map();
    for (const entry of (PLACES[callingCode] ?? '').split(';')) {
      const [place, areas] = entry.split('|');
      if (!place || !areas) continue;
      for (const a of areas.split(' ')) map.set(a, place);
    }
    cache.set(callingCode, map);
  }
  return map;
}

/** "New York, NY" for (1, 646); undefined when the area code is in no listed place. */
export function placeOf(callingCode: string, areaCode: string | undefined): string | undefined {
  return areaCode ? placesOf(callingCode).get(areaCode) : undefined;
}
