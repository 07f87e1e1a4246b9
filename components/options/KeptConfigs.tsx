/**
 * The last good configs Ringside keeps, newest first, each with "Use this config" to roll back to
 * it (it becomes this computer's local config). Nothing saved is lost by a bad sync or a mistake.
 */
import type { ConfigSnapshotInfo } from '../../lib/db/types';
import type { ImportConfigResult } from '../../lib/messages';
import { timeAgo } from '../../lib/ui/format';
import { InlineNote } from '../shared/InlineNote';
import { useSaveFlow } from './hooks/useSaveFlow';

export interface KeptConfigsProps {
  snapshots: ConfigSnapshotInfo[];
  now: number;
  onRestore: (snapshotId: number) => Promise<ImportConfigResult>;
  locked?: boolean;
}

const SOURCE: Record<ConfigSnapshotInfo['source'], string> = {
  demo: 'Demo',
  url: 'Sync URL',
  local: 'This computer',
  policy: 'Organization',
};

export function KeptConfigs({ snapshots, now, onRestore, locked = false }: KeptConfigsProps) {
  const { note, run } = useSaveFlow();
  const kept = snapshots.filter((s) => s.active !== 1 && s.id !== undefined);
  if (kept.length === 0) return null;

  const restore = (snapshot: ConfigSnapshotInfo) => {
    void run(
      () => onRestore(snapshot.id!),
      `Now using the config from ${timeAgo(snapshot.fetchedAt, now)}.`,
    );
  };

  return (
    <div class="kept-configs">
      <h3 class="field-label">Earlier configs</h3>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">From</th>
            <th scope="col">Received</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {kept.map((s) => (
            <tr key={s.id}>
              <td>
                {s.accountName}
                <span class="cell-note">
                  {s.numberCount} numbers, {s.agentCount} agents
                </span>
              </td>
              <td>
                {SOURCE[s.source]}
                <span class="cell-note">{s.origin}</span>
              </td>
              <td>{timeAgo(s.fetchedAt, now)}</td>
              <td class="row-actions">
                <button
                  type="button"
                  class="btn btn-secondary btn-sm"
                  disabled={locked}
                  aria-label={`Use the config received ${timeAgo(s.fetchedAt, now)} from ${s.origin}`}
                  onClick={() => restore(s)}
                >
                  Use this config
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <InlineNote note={note} />
    </div>
  );
}
