/**
 * The one Dexie schema. Every change is a new numbered version below the last one, with an
 * upgrade function when existing rows must change; never edit a published version.
 *
 * Only the background and extension pages open this database (a content script runs in the CRM's
 * origin, where it would see the CRM's IndexedDB, not Ringside's).
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  CallLogEntry,
  ChoiceRow,
  ConfigSnapshot,
  ManagedPolicy,
  SecretRow,
  Settings,
  SyncState,
} from './types';

export const DB_NAME = 'ringside';

export class RingsideDb extends Dexie {
  configs!: EntityTable<ConfigSnapshot, 'id'>;
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
  }
}
