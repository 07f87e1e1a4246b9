/**
 * Which caller ID a call to the typed number would use, and why: the answer of the background's
 * `previewCallerId`, the same resolution `dial` runs.
 */
import type { CallerIdSelection } from '../../lib/caller-id/types';
import type { CallConfirmation } from '../../lib/messages';
import { countryName, countryOf, formatPhone } from '../../lib/ui/format';
import { t, translator } from '../../utils/i18n';
import { Icon } from './Icon';
import { NumberLine } from './NumberLine';

export type PreviewState =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | {
      kind: 'ok';
      e164: string;
      selection: CallerIdSelection;
      /** The text the preview was asked for (a dial carries its caller ID only when it matches). */
      to?: string;
      /** "3:12 AM in Honolulu", when the destination's time zone is known. */
      localTime?: string;
      /** What the call needs confirming (costly destinations, calling hours). */
      confirm?: CallConfirmation[];
    };

export function CallPreview({ state, id }: { state: PreviewState; id?: string }) {
  if (state.kind === 'empty') {
    return (
      <div class="call-preview empty" id={id} aria-live="polite">
        <p class="hint">{t('common.preview.empty')}</p>
      </div>
    );
  }
  if (state.kind === 'loading') {
    return (
      <div class="call-preview" id={id} aria-live="polite" aria-busy="true">
        <p class="hint">{t('common.preview.checking')}</p>
      </div>
    );
  }
  if (state.kind === 'error') {
    return (
      <div class="call-preview invalid" id={id} aria-live="polite" data-testid="call-preview">
        <p class="preview-error">
          <Icon name="error" size={14} />
          {state.message}
        </p>
      </div>
    );
  }
  const { e164, selection } = state;
  return (
    <div class="call-preview" id={id} aria-live="polite" data-testid="call-preview">
      <p class="preview-to">
        <span class="preview-to-label">{t('common.preview.to')}</span>{' '}
        <span class="tel">{formatPhone(e164)}</span>
        <span class="sep" aria-hidden="true">
          ·
        </span>
        {countryName(countryOf(e164), translator.value)}
      </p>
      {state.localTime && (
        <p class="preview-local-time" data-testid="preview-local-time">
          {t('common.preview.localTime', { time: state.localTime })}
        </p>
      )}
      <div class="preview-from">
        <span class="preview-from-label">{t('common.preview.from')}</span>
        {selection.number ? (
          <NumberLine number={selection.number} />
        ) : (
          <span class="number-line-sub">{t('common.preview.noCallerId')}</span>
        )}
      </div>
      <p class="preview-reason" data-testid="preview-reason">
        <Icon name="info" size={14} />
        {selection.reason}
      </p>
    </div>
  );
}
