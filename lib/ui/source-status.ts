/**
 * The words and states of "where the account comes from" on the popup and the options page: the
 * source line ("Demo account", "Imported from acme.json"), whether the latest sync failed, and
 * whether a page is still waiting for its first config (first use: the background is loading the
 * demo or the first sync is under way), when it says so neutrally instead of "no config".
 */
import type { ConfigSnapshot, ConfigSourceKind, SyncState } from '../db/types';
import type { Translator } from '../i18n/translator';
import { englishCommon } from './english';

/** The origin the background gives a config saved from the options page's tables. */
export const EDITED_ORIGIN = 'options page';

/** True when the latest failure is newer than the latest success: it is still the news. */
export function syncFailing(sync: SyncState | undefined): boolean {
  const error = sync?.lastError;
  return Boolean(error && (!sync?.lastSuccessAt || error.at > sync.lastSuccessAt));
}

/**
 * No config yet and nothing has failed: the first one is on its way (the bundled demo on first
 * use, or the first sync). Pages show a neutral "loading" state then, not "no config".
 */
export function awaitingConfig(active: unknown, sync: SyncState | undefined): boolean {
  return !active && !syncFailing(sync);
}

type Active = Pick<ConfigSnapshot, 'source' | 'origin'> | null | undefined;

/** One line naming where the config in use comes from. */
export function sourceText(
  source: ConfigSourceKind | undefined,
  active: Active,
  tr: Translator = englishCommon(),
): string {
  switch (source) {
    case 'demo':
      // `undefined`: a config is in use but the caller did not say which.
      return active === null ? tr.t('common.source.settingUpDemo') : tr.t('common.source.demo');
    case 'url':
      return tr.t('common.source.url');
    case 'policy':
      return tr.t('common.source.policy');
    case 'local':
      // A file keeps its name: "Edited on this computer" would be wrong for an import.
      return active?.source === 'local' && active.origin && active.origin !== EDITED_ORIGIN
        ? tr.t('common.source.imported', { file: active.origin })
        : tr.t('common.source.edited');
    default:
      return tr.t('common.source.none');
  }
}
