// Types of gen-large-account.mjs, for the TypeScript tests and benches that use it.

export const US_AREA_CODES: string[];

export function rng(seed: number): () => number;

export interface LargeAccountShape {
  numbers: number;
  /** Default: numbers / 5. */
  agents?: number;
  /** Default: numbers / 20. */
  ringGroups?: number;
  /** Default: 1. */
  seed?: number;
  mode?: 'automated' | 'customized';
}

export function generateLargeAccount(shape: LargeAccountShape): {
  schemaVersion: 1;
  account: { id: string; name: string; defaultCountry: string };
  outboundCallerId: { mode: 'automated' | 'customized'; allowDefault: boolean };
  ringGroups: { id: string; name: string }[];
  numbers: { id: string; number: string; label: string; ringGroups: string[] }[];
  agents: { id: string; name: string; email: string; ringGroups: string[] }[];
};
