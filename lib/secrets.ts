/**
 * Keeping secrets (sync and webhook tokens, passwords in URLs) out of what people see and what is
 * logged: error texts are redacted before they are stored or shown, and a URL is only ever written
 * without its user name and password.
 */

export const REDACTED = '[redacted]';

/**
 * `text` with every occurrence of each secret replaced. Servers echo what they were sent (an error
 * page quoting the Authorization header), so anything built from a response is passed through this.
 * Secrets shorter than 4 characters are left alone: replacing "a" everywhere would garble the text
 * and protect nothing.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    out = out.split(secret).join(REDACTED);
  }
  return out;
}

/** True when the URL carries a user name or password (https://user:pass@host/). */
export function hasCredentials(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}

/** The URL as it may be shown or logged: without user name and password. */
export function safeUrlText(text: string): string {
  try {
    const url = new URL(text);
    if (!hasCredentials(url)) return text;
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    // Not parseable: drop anything that looks like "user:pass@" after the scheme.
    return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
  }
}
