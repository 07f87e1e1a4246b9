/**
 * The simulator's progress bar. It reads the progress signal itself, so each step the worker
 * reports re-renders this bar only, not the simulator's section (its form, its agent picker).
 */
import type { ReadonlySignal } from '@preact/signals';
import { t } from '../../utils/i18n';
import type { SimProgress } from './hooks/useSimulator';

export function SimulatorProgress({ progress }: { progress: ReadonlySignal<SimProgress> }) {
  const { done, total } = progress.value;
  return (
    <div class="sim-progress">
      <progress max={total || 1} value={done} aria-label={t('options.sim.progress')} />
      <span class="hint" role="status">
        {total ? t('options.sim.progress.count', { done, total }) : t('options.sim.starting')}
      </span>
    </div>
  );
}
