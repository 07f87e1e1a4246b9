/**
 * The last good configs Ringside keeps, newest first, each with "Use this config" to roll back to
 * it (it becomes this computer's local config). Nothing saved is lost by a bad sync or a mistake.
 */
import type { ConfigSnapshotInfo } from '../../lib/db/types';
import type { ImportConfigResult } from '../../lib/messages';
import { timeAgo } from '../../lib/ui/format';
import { t, translator } from '../../utils/i18n';
import { InlineNote } from '../shared/InlineNote';
import { useSaveFlow } from './hooks/useSaveFlow';

export interface KeptConfigsProps {
  snapshots: ConfigSnapshotInfo[];
  now: number;
  onRestore: (snapshotId: number) => Promise<ImportConfigResult>;
  locked?: boolean;
}

const SOURCE = {
  demo: 'options.kept.source.demo',
  url: 'options.kept.source.url',
  local: 'options.kept.source.local',
  policy: 'options.kept.source.policy',
} as const satisfies Record<ConfigSnapshotInfo['source'], string>;

export function KeptConfigs({ snapshots, now, onRestore, locked = false }: KeptConfigsProps) {
  const { note, run } = useSaveFlow();
  const kept = snapshots.filter((s) => s.active !== 1 && s.id !== undefined);
  if (kept.length === 0) return null;

  const restore = (snapshot: ConfigSnapshotInfo) => {
    void run(
      () => onRestore(snapshot.id!),
      t('options.kept.restored', { when: timeAgo(snapshot.fetchedAt, now, translator.value) }),
    );
  };

  return (
    <div class="kept-configs">
      <h3 class="field-label">{t('options.kept.title')}</h3>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('options.kept.col.account')}</th>
            <th scope="col">{t('options.kept.col.from')}</th>
            <th scope="col">{t('options.kept.col.received')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('options.table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {kept.map((s) => (
            <tr key={s.id}>
              <td>
                {s.accountName}
                <span class="cell-note">
                  {t('options.kept.counts', {
                    numbers: s.numberCount,
                    agents: s.agentCount,
                  })}
                </span>
              </td>
              <td>
                {t(SOURCE[s.source])}
                <span class="cell-note">{s.origin}</span>
              </td>
              <td>{timeAgo(s.fetchedAt, now, translator.value)}</td>
              <td class="row-actions">
                <button
                  type="button"
                  class="btn btn-secondary btn-sm"
                  disabled={locked}
                  aria-label={t('options.kept.useLabel', {
                    when: timeAgo(s.fetchedAt, now, translator.value),
                    origin: s.origin,
                  })}
                  onClick={() => restore(s)}
                >
                  {t('options.kept.use')}
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
