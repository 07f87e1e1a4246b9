/**
 * How the content script watches a page after its first scan: the MutationObserver options whose
 * records `planRescan` (./mutations.ts) understands, and how many records one slice turns into
 * work. Tests and the benchmark observe with these same options, so they exercise what runs.
 */
import { WATCHED_ATTRIBUTES } from './mutations';

export const OBSERVE_OPTIONS: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: [...WATCHED_ATTRIBUTES],
  // planRescan compares a style's old and new value: a change that hides nothing is no work.
  attributeOldValue: true,
};

/** Mutation records turned into units per slice, so a burst of changes is spread over slices. */
export const RECORDS_PER_SLICE = 500;
