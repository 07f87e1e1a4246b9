/**
 * The popup's "Enable on this site": finds the tab the popup was opened on, says whether Ringside
 * runs there, and enables it with the browser's permission prompt (inside the click).
 */
import { useEffect, useState } from 'preact/hooks';
import { describeFailure } from '../../lib/ui/errors';
import { translator } from '../../utils/i18n';
import { SiteControl, type SiteState } from './SiteControl';

export interface CurrentSiteGlue {
  url: () => Promise<string | undefined>;
  pattern: (url: string) => string | null;
  isEnabled: (url: string) => Promise<boolean>;
  request: (url: string) => Promise<{ ok: true; pattern: string } | { ok: false; error: string }>;
}

const hostOf = (url: string) => new URL(url).host;

export function CurrentSite({ glue }: { glue: CurrentSiteGlue }) {
  const [url, setUrl] = useState<string | undefined>();
  const [state, setState] = useState<SiteState>({ kind: 'checking' });

  useEffect(() => {
    let live = true;
    (async () => {
      const tabUrl = await glue.url();
      if (!live) return;
      if (!tabUrl || !glue.pattern(tabUrl)) return setState({ kind: 'unavailable' });
      setUrl(tabUrl);
      const host = hostOf(tabUrl);
      const enabled = await glue.isEnabled(tabUrl);
      if (live) setState(enabled ? { kind: 'enabled', host } : { kind: 'disabled', host });
    })().catch(() => live && setState({ kind: 'unavailable' }));
    return () => {
      live = false;
    };
  }, [glue]);

  const enable = () => {
    if (!url || state.kind !== 'disabled') return;
    const host = state.host;
    setState({ kind: 'disabled', host, busy: true });
    // The request is the first thing the click does: the browser shows its prompt only then.
    glue
      .request(url)
      .then((result) =>
        setState(
          result.ok ? { kind: 'enabled', host } : { kind: 'disabled', host, error: result.error },
        ),
      )
      .catch((error: unknown) =>
        setState({
          kind: 'disabled',
          host,
          error: describeFailure(error, 'extension-page', translator.value),
        }),
      );
  };

  return <SiteControl state={state} onEnable={enable} />;
}
