/**
 * "Enable on this site" for the tab the popup was opened on: says whether Ringside runs there and,
 * if not, asks the browser for access to that one site (the prompt appears inside the click).
 */
import { Icon } from '../shared/Icon';

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
        <span class="site-host">Open a CRM page to use Ringside on it.</span>
      </div>
    );
  }
  if (state.kind === 'enabled') {
    return (
      <div class="site-control on" data-testid="site-control">
        <Icon name="ok" />
        <span class="site-host">
          Click-to-call is on for <strong>{state.host}</strong>
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
          {state.busy ? 'Enabling…' : 'Enable on this site'}
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
