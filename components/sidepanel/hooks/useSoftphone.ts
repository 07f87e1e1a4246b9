/**
 * The softphone's live state (lib/softphone/state.ts) as the background keeps it in
 * storage.session, which only extension pages can read.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { initialState, type SoftphoneState } from '../../../lib/softphone/state';
import { translator } from '../../../utils/i18n';

export const SOFTPHONE_STATE_KEY = 'ringside.softphone';

export function useSoftphone(): SoftphoneState {
  const [state, setState] = useState<SoftphoneState>(() => initialState(translator.value));
  useEffect(() => {
    let alive = true;
    // Every side panel reads it (not only with the sip provider): a browser without session
    // storage simply has no softphone state.
    browser.storage.session
      ?.get(SOFTPHONE_STATE_KEY)
      .then((got) => {
        const value = got[SOFTPHONE_STATE_KEY] as SoftphoneState | undefined;
        if (alive && value) setState(value);
      })
      .catch(() => undefined);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session' || !(SOFTPHONE_STATE_KEY in changes)) return;
      setState(
        (changes[SOFTPHONE_STATE_KEY]!.newValue as SoftphoneState | undefined) ??
          initialState(translator.value),
      );
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return state;
}
