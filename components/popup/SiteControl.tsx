/**
 * "Enable on this site" for the tab the popup was opened on: says whether Ringside runs there and,
 * if not, asks the browser for access to that one site (the prompt appears inside the click).
 */
import { t } from '../../utils/i18n';
import { Icon } from '../shared/Icon';
import { Slotted } from '../shared/Slotted';

export type SiteState =
  | { kind: 'checking' }
  /** Not a web page (the new-tab page, the browser's own pages, a file). */
  | { kind: 'unavailable' }
  | { kind: 'enabled'; host: string }
  | { kind: 'disabled'; host: string; busy?: boolean; error?: string };

export function SiteControl({ state, onEnable }: { state: SiteState; onEnable: () => void }) {
  if (state.kind === 'checking') return <div class="site-control" aria-hidden="true" />;
  if (state.kind === 'unavailable') {
    return (
      <div class="site-control" data-testid="site-control">
        <Icon name="globe" />
        <span class="site-text">{t('popup.site.unavailable')}</span>
      </div>
    );
  }
  if (state.kind === 'enabled') {
    return (
      <div class="site-control on" data-testid="site-control">
        <Icon name="ok" />
        <span class="site-text">
          <Slotted k="popup.site.enabledFor" slots={{ host: <strong>{state.host}</strong> }} />
        </span>
      </div>
    );
  }
  return (
    <div class="site-control-wrap">
      <div class="site-control" data-testid="site-control">
        <Icon name="globe" />
        <span class="site-host">{state.host}</span>
        <button
          type="button"
          class="btn btn-primary btn-sm"
          disabled={state.busy}
          onClick={onEnable}
        >
          {state.busy ? t('popup.site.enabling') : t('popup.site.enable')}
        </button>
      </div>
      {state.error && (
        <p class="field-error" role="alert">
          <Icon name="error" size={13} />
          {state.error}
        </p>
      )}
    </div>
  );
}
