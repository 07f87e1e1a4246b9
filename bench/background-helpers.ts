/** A background service over a fresh fake IndexedDB, for the background benches. */
import { createBackgroundService, type BackgroundService } from '../lib/background/service';
import { RingsideDb } from '../lib/db/schema';
import { quietPlatform } from '../tests/unit/helpers/background-fixtures';
import { generateLargeAccount } from '../scripts/gen-large-account.mjs';

let seq = 0;

export interface BenchBackground {
  service: BackgroundService;
  db: RingsideDb;
  /** What the sync URL serves: set it before a sync. */
  serve: { text: string };
}

export async function benchBackground(): Promise<BenchBackground> {
  seq += 1;
  const db = new RingsideDb(`bench-${seq}-${Date.now()}`);
  const serve = { text: '' };
  let etag = 0;
  const platform = quietPlatform({
    fetch: async () => new Response(serve.text, { headers: { ETag: `"${(etag += 1)}"` } }),
  });
  const service = createBackgroundService(
    db,
    platform,
    generateLargeAccount({ numbers: 5, agents: 2, seed: 1 }),
  );
  await service.ready;
  return { service, db, serve };
}

/** Imports a generated account of `numbers` numbers and signs in as one of its agents. */
export async function withAccount(bg: BenchBackground, numbers: number): Promise<void> {
  const doc = generateLargeAccount({
    numbers,
    agents: Math.max(2, Math.round(numbers / 5)),
    ringGroups: Math.max(1, Math.round(numbers / 20)),
    seed: 3,
  });
  const imported = await bg.service.handle(
    'importConfig',
    { text: JSON.stringify(doc) },
    { sender: 'page' },
  );
  if (!imported.ok) throw new Error(`import failed: ${imported.error}`);
  const picked = await bg.service.handle('selectAgent', { agentId: 'a1' }, { sender: 'page' });
  if (!picked.ok) throw new Error(`selectAgent failed: ${picked.error}`);
}

/** Destinations a CRM page shows: US numbers in several formats, some abroad. */
export function destinations(count: number): string[] {
  const areas = ['415', '212', '305', '713', '206', '617', '312', '702'];
  return Array.from({ length: count }, (_, i) => {
    const line = String(1000 + ((i * 7919) % 9000));
    const area = areas[i % areas.length]!;
    if (i % 10 === 9) return `+44 20 7946 ${line}`;
    return i % 2 ? `(${area}) 555-${line}` : `+1${area}555${line}`;
  });
}
