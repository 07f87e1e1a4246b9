import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';

/**
 * What to tell the agent after asking for the microphone (getUserMedia's error names), so that
 * a denied or missing microphone says what to do next. An unknown error's name is quoted as the
 * browser gave it.
 */
export function microphoneProblem(
  errorName: string | null,
  browserName: 'chrome' | 'firefox',
  tr: Translator = english,
): string | null {
  if (errorName === null) return null;
  switch (errorName) {
    case 'NotAllowedError':
    case 'SecurityError':
      return browserName === 'chrome'
        ? tr.t('softphone.microphone.blockedChrome')
        : tr.t('softphone.microphone.blockedFirefox');
    case 'NotFoundError':
    case 'OverconstrainedError':
      return tr.t('softphone.microphone.notFound');
    case 'NotReadableError':
    case 'AbortError':
      return tr.t('softphone.microphone.busy');
    default:
      return tr.t('softphone.microphone.other', { error: errorName });
  }
}
