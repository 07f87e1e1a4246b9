/**
 * The detection metadata for libphonenumber-js (min metadata without formats, see
 * scripts/gen-detect-metadata.mjs): detection parses and validates with it, never formats.
 */
import type { MetadataJson } from 'libphonenumber-js/core';
import metadataJson from './generated/metadata.json' with { type: 'json' };

export const metadata = metadataJson as unknown as MetadataJson;
