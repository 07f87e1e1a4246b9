/**
 * Which URLs Ringside talks to: config sync URLs and call webhooks. Tokens travel with these
 * requests, so plain http is only accepted for this machine (development and tests).
 */
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { hasCredentials, safeUrlText } from '../secrets';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Null when the URL is acceptable, otherwise the reason in one sentence (in `tr`'s language). */
export function remoteUrlProblem(text: string, tr: Translator = english): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return tr.t('config.settings.url.notUrl', { url: safeUrlText(text) });
  }
  // A password in the URL would be stored, shown and logged with it: tokens have their own field.
  if (hasCredentials(url)) {
    return tr.t('config.settings.url.credentials', { url: safeUrlText(text) });
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return null;
  if (url.protocol === 'http:') {
    return tr.t('config.settings.url.http', { url: text });
  }
  return tr.t('config.settings.url.notHttps', { url: text });
}
