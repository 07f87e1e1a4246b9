/**
 * Phone number detection over any DOM (a real page, happy-dom, jsdom). See docs/library.md and docs/detection.md
 * "Library contracts"; the content script uses the Scanner and planRescan underneath it to
 * scan a page in slices and then only what changes.
 */
import { Scanner } from './scanner';
import type { Detected, DetectOptions, PhoneMatch } from './types';

export type {
  CountryCode,
  Detected,
  DetectOptions,
  ElementPlace,
  PhoneMatch,
  RegionEvidence,
  RegionSource,
  ScanUnit,
  TextPlace,
} from './types';
export { excludeFilter, Scanner, type ScanSink } from './scanner';
export { alternateReading, readNumber, type Reading, type RegionContext } from './reading';
export { countryFromText } from './countries';
export { MatchRegistry } from './registry';
export { planRescan, WATCHED_ATTRIBUTES, type MutationLike, type RescanPlan } from './mutations';
export { OBSERVE_OPTIONS, RECORDS_PER_SLICE } from './observe';
export { ScanLoop, SLICE_MS, yieldToPage, type ScanLoopHooks } from './scan-loop';
export { containerOf, composedParent, elementKind, isContainer, isTelHref } from './dom';
export { findNumbersInText, type TextHit } from './text';
export { parseTelHref } from './fields';
export { firstPhoneLikeText } from './selection';

/** Every valid phone number under `root`, in document order, with the places they were found. */
export function detectWithPlaces(root: Node, options: DetectOptions): Detected[] {
  const found: Detected[] = [];
  new Scanner({ found: (_container, match) => found.push(match) }, options, [
    { root, deep: true },
  ]).step();
  return found;
}

/** Every valid phone number under `root`, in document order. */
export function detectPhoneNumbers(root: Node, options: DetectOptions): PhoneMatch[] {
  return detectWithPlaces(root, options).map(
    ({ e164, ext, text, source, region, regionSource }) => {
      const match: PhoneMatch = { e164, text, source };
      if (ext) match.ext = ext;
      if (region) match.region = region;
      if (regionSource) match.regionSource = regionSource;
      return match;
    },
  );
}
