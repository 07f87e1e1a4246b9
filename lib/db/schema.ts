/**
 * The one Dexie schema. Every change is a new numbered version below the last one, with an
 * upgrade function when existing rows must change; never edit a published version.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { CallLogEntry, ChoiceRow, ConfigSnapshot, Settings, SyncState } from './types';

export const DB_NAME = 'ringside';

export class RingsideDb extends Dexie {
  configs!: EntityTable<ConfigSnapshot, 'id'>;
  settings!: Table<Settings, 'settings'>;
  choices!: Table<ChoiceRow, [string, string]>;
  calls!: EntityTable<CallLogEntry, 'id'>;
  sync!: Table<SyncState, 'sync'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      configs: '++id, active, fetchedAt, hash',
      settings: 'id',
      choices: '[accountId+agentId]',
      calls: '++id, at',
      sync: 'id',
    });
  }
}
