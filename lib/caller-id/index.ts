/**
 * The caller-ID core: config validation, the automated selector and per-call resolution
 * (docs/library.md). Pure functions of data; no browser APIs.
 */
export { parseAccountConfig } from './config';
export { allowedCallerIds, selectCallerId } from './select';
export { resolveCallerId } from './resolve';
export { effectiveCallerIdSettings } from './settings';
export type * from './types';
