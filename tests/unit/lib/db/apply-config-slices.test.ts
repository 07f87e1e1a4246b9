/**
 * applyConfigDocument in slices (lib/db/apply-config.ts with `pause`, as the background runs every
 * sync and import): the same outcome as one synchronous pass for valid and broken documents, the
 * previous active config kept whenever the new one fails, and the pause actually taken.
 */
import { describe, expect, it, vi } from 'vitest';
import { configIndex } from '../../../../lib/caller-id/config-index';
import { applyConfigDocument } from '../../../../lib/db/apply-config';
import { getActiveSnapshot } from '../../../../lib/db/configs';
import { getSyncState } from '../../../../lib/db/sync-state';
import { generateLargeAccount } from '../../../../scripts/gen-large-account.mjs';
import { accountDocument, freshDb } from '../../helpers/background-fixtures';

const meta = { source: 'url' as const, origin: 'https://config.example/acme.json', at: 10 };
const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const big = JSON.stringify(generateLargeAccount({ numbers: 3_000, agents: 600, seed: 7 }));
const half = Math.floor(big.length / 2);
const bytes = (prefix: string, raw: number[], suffix: string) =>
  new TextDecoder().decode(
    new Uint8Array([
      ...new TextEncoder().encode(prefix),
      ...raw,
      ...new TextEncoder().encode(suffix),
    ]),
  );

/** The account's name written in Latin-1 ("S\xe3o") where UTF-8 was expected. */
function latin1Name(): string {
  const [before, after] = JSON.stringify(accountDocument()).split('"Acme Inc."');
  return bytes(`${before}"S`, [0xe3], `o"${after}`);
}

const documents: [string, string][] = [
  ['a valid 3,000-number document', big],
  ['invalid at the start', `<${big}`],
  ['invalid in the middle', `${big.slice(0, half)}]${big.slice(half)}`],
  ['invalid at the end', `${big}}`],
  ['a truncated stream', big.slice(0, half)],
  ['empty', ''],
  ['valid JSON, not an account', '{"schemaVersion": 1}'],
  // Latin-1 "São" where UTF-8 was expected: read as U+FFFD, a valid document with that name.
  ['non-UTF-8 bytes in a name', latin1Name()],
  ['a non-UTF-8 byte outside any string', bytes('{"schemaVersion":1', [0xff], '}')],
];

/** The previous config, then `text` applied with or without slices; what came of it. */
async function apply(text: string, sliced: boolean) {
  const db = freshDb();
  await applyConfigDocument(db, JSON.stringify(accountDocument({ accountId: 'before' })), meta);
  let pauses = 0;
  // Slices are cut by time (8 ms). A clock that moves 1 ms at every reading cuts them in the same
  // places on any machine: with the real one, a fast run read half of the 3,000-number document
  // within one slice and never paused.
  let clock = 0;
  const now = sliced ? vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1)) : null;
  const result = await applyConfigDocument(db, text, {
    ...meta,
    at: 20,
    ...(sliced
      ? {
          pause: async () => {
            pauses += 1;
            await macrotask();
          },
        }
      : {}),
  }).finally(() => now?.mockRestore());
  const active = await getActiveSnapshot(db);
  const state = await getSyncState(db);
  return { result, active, state, pauses };
}

describe('applyConfigDocument in slices', () => {
  it.each(documents)('%s: the same outcome as one pass', async (name, text) => {
    const one = await apply(text, false);
    const sliced = await apply(text, true);
    // A document broken early fails before its first slice ends; one broken later has paused.
    if (one.result.ok || /middle|end|truncated/.test(name))
      expect(sliced.pauses).toBeGreaterThan(0);
    if (one.result.ok) {
      expect(sliced.result).toMatchObject({
        ok: true,
        changed: one.result.changed,
        warnings: one.result.warnings,
      });
      expect(sliced.active?.config).toEqual(one.active?.config);
      expect(sliced.active?.hash).toBe(one.active?.hash);
      // The new config's index was built before the swap: this is the very one selections use.
      expect(configIndex(sliced.active!.config).config).toBe(sliced.active!.config);
    } else {
      expect(sliced.result).toEqual(one.result);
      // The previous config stays active, and the failure is recorded.
      expect(sliced.active?.accountId).toBe('before');
      expect(sliced.state.lastError).toEqual(one.state.lastError);
    }
  });

  it('the name read from non-UTF-8 bytes keeps a replacement character', async () => {
    const { result, active } = await apply(latin1Name(), true);
    expect(result.ok).toBe(true);
    expect(active?.config.account.name).toBe('S\ufffdo');
  });

  it('a broken document is reported in JSON.parse’s own words', async () => {
    const { result } = await apply('{"schemaVersion": 1,', true);
    let native = '';
    try {
      JSON.parse('{"schemaVersion": 1,');
    } catch (e) {
      native = (e as Error).message;
    }
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.details).toEqual([`JSON syntax error: ${native}`]);
  });
});
