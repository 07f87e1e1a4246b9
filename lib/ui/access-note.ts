/**
 * What the options page says after saving a sync URL or webhook URL when the browser did not
 * grant Ringside access to that server (utils/server-access.ts): the setting is saved, but the
 * background's requests then work only if the server answers cross-origin requests (CORS).
 */
export interface AccessAnswer {
  /** "https://telephony.example.com/*" */
  pattern: string;
  granted: boolean;
}

import type { Translator } from '../i18n/translator';
import { englishOptions } from './options-english';

export type AccessUse = 'sync' | 'webhook';

/** One whole sentence per use. */
const WARNING = {
  sync: 'options.access.sync',
  webhook: 'options.access.webhook',
} as const satisfies Record<AccessUse, string>;

/** The warning for a refused access; null when access was granted (or there was nothing to ask). */
export function accessWarning(
  answer: AccessAnswer | null,
  use: AccessUse,
  translator: Translator = englishOptions(),
): string | null {
  if (!answer || answer.granted) return null;
  const origin = answer.pattern.replace(/\/\*$/, '');
  return translator.t(WARNING[use], { origin });
}
