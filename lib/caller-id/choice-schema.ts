/**
 * The agent's caller-ID choice as a valibot schema: checked on every `setChoice` message and on
 * every choice read back from IndexedDB. `CallerIdChoice` (./types.ts) is its output type.
 */
import * as v from 'valibot';

export const CallerIdChoiceSchema = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('default') }),
    v.strictObject({ kind: v.literal('number'), numberId: v.pipe(v.string(), v.minLength(1)) }),
  ],
  'must be { kind: "default" } or { kind: "number", numberId }',
);
