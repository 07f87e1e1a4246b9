/**
 * Which URLs Ringside talks to: config sync URLs and call webhooks. Tokens travel with these
 * requests, so plain http is only accepted for this machine (development and tests).
 */
import { hasCredentials, safeUrlText } from '../secrets';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Null when the URL is acceptable, otherwise the reason in one sentence. */
export function remoteUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${safeUrlText(text)}" is not a URL`;
  }
  // A password in the URL would be stored, shown and logged with it: tokens have their own field.
  if (hasCredentials(url)) {
    return `"${safeUrlText(text)}" has a user name or password in it; remove it and put the token in the token field instead`;
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return null;
  if (url.protocol === 'http:') {
    return `"${text}" uses http://, which is only allowed for localhost and 127.0.0.1; use https://`;
  }
  return `"${text}" must be an https:// URL`;
}
