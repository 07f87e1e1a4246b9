/**
 * The one Dexie schema. Every change is a new numbered version below the last one, with an
 * upgrade function when existing rows must change; never edit a published version.
 *
 * Only the background and extension pages open this database (a content script runs in the CRM's
 * origin, where it would see the CRM's IndexedDB, not Ringside's).
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { AccountConfig } from '../caller-id/types';
import { splitConfig, type ConfigBodyPart } from './config-body';
import type {
  CallLogEntry,
  ChoiceRow,
  ConfigSnapshotInfo,
  ManagedPolicy,
  SecretRow,
  Settings,
  SyncState,
} from './types';

export const DB_NAME = 'ringside';

export class RingsideDb extends Dexie {
  configs!: EntityTable<ConfigSnapshotInfo, 'id'>;
  configBodies!: Table<ConfigBodyPart, [string, number]>;
  settings!: Table<Settings, 'settings'>;
  policy!: Table<ManagedPolicy, 'policy'>;
  choices!: Table<ChoiceRow, [string, string]>;
  calls!: EntityTable<CallLogEntry, 'id'>;
  sync!: Table<SyncState, 'sync'>;
  secrets!: Table<SecretRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    // Version 1 (first release): settings, policy and sync are single rows keyed by a constant id.
    this.version(1).stores({
      configs: '++id, active, fetchedAt, hash',
      settings: 'id',
      policy: 'id',
      choices: '[accountId+agentId]',
      calls: '++id, at',
      sync: 'id',
    });
    // Version 2 (softphone): the agent's SIP password, kept apart from the settings so that no
    // settings read, export or message carries it.
    this.version(2).stores({ secrets: 'id' });
    // Version 3 (large accounts): configs indexed by source, so the newest local config is found
    // (and kept when old snapshots are pruned) from keys alone, without reading every config.
    this.version(3).stores({ configs: '++id, active, fetchedAt, hash, source' });
    // Version 4 (large accounts): each config's body moves to `configBodies`, in parts under the
    // hash of its document (lib/db/config-body.ts), and the row keeps a small summary instead.
    // Flipping `active`, listing the kept configs or refreshing `fetchedAt` then reads and writes
    // a few hundred bytes, and a new config is written in parts that other work can run between.
    this.version(4).stores({ configBodies: '[hash+part]' }).upgrade(moveConfigBodies);
  }
}

/** A `configs` row as versions 1 to 3 stored it: the config inside the row. */
type RowWithBody = Omit<ConfigSnapshotInfo, 'accountName' | 'numberCount' | 'agentCount'> & {
  id: number;
  config: AccountConfig;
};

/**
 * The version 4 upgrade: every kept row (active or not) keeps its id and flags; its config moves
 * to `configBodies` under the row's hash, and the row gets its summary (written out here, not
 * shared with lib/db/configs.ts: an upgrade is history and must not change with later code).
 */
export async function moveConfigBodies(tx: Transaction): Promise<void> {
  const rows = (await tx.table('configs').toArray()) as RowWithBody[];
  await tx.table('configBodies').bulkPut(rows.flatMap((row) => splitConfig(row.hash, row.config)));
  await tx.table('configs').bulkPut(
    rows.map(({ config, ...row }) => ({
      ...row,
      accountName: config.account.name,
      numberCount: config.numbers.length,
      agentCount: config.agents.length,
    })),
  );
}
