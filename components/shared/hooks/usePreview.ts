/**
 * Which caller ID a call to `text` would use, asked of the background (`previewCallerId`, the same
 * resolution a call runs). Debounced while typing; re-asked when the config or choice changes.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../../utils/messaging';
import type { PreviewState } from '../CallPreview';
import { describeFailure } from '../../../lib/ui/errors';
import { translator } from '../../../utils/i18n';

const DEBOUNCE_MS = 150;

export function usePreview(text: string, refreshKey: unknown): PreviewState {
  const [state, setState] = useState<PreviewState>({ kind: 'empty' });
  const to = text.trim();

  useEffect(() => {
    if (!/\d/.test(to)) {
      setState({ kind: 'empty' });
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      sendMessage('previewCallerId', { to })
        .then((result) => {
          if (!current) return;
          setState(
            result.ok
              ? {
                  kind: 'ok',
                  e164: result.e164,
                  selection: result.selection,
                  to,
                  ...(result.confirm ? { confirm: result.confirm } : {}),
                  ...(result.localTime ? { localTime: result.localTime } : {}),
                }
              : { kind: 'error', message: result.error },
          );
        })
        .catch((error: unknown) => {
          if (current) {
            setState({
              kind: 'error',
              message: describeFailure(error, 'extension-page', translator.value),
            });
          }
        });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [to, refreshKey]);

  return state;
}
