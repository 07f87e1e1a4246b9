/**
 * One download of the account config: conditional (If-None-Match), authorised (bearer token),
 * bounded in time (AbortController, covering the body too) and in size (MAX_CONFIG_BYTES, while
 * the body streams). Redirects are not followed, a 304 counts only for a request that sent an
 * ETag, and no error text carries the token. Every way it can go wrong comes back as a classified
 * error, never as a throw.
 */
import type { SyncErrorKind } from '../db/types';
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { redactSecrets, safeUrlText } from '../secrets';
import { errorMessage } from '../ui/errors';

export interface FetchConfigOptions {
  url: string;
  /** The language of the messages (English by default). */
  translator?: Translator;
  token?: string;
  /** The ETag of the active config when it came from this URL. */
  etag?: string;
  timeoutMs: number;
  fetch: typeof fetch;
  /** Defaults to MAX_CONFIG_BYTES; tests set a small one. */
  maxBytes?: number;
}

export type FetchConfigOutcome =
  | { kind: 'not-modified' }
  | { kind: 'document'; text: string; etag?: string }
  | {
      kind: 'error';
      errorKind: Extract<SyncErrorKind, 'network' | 'timeout' | 'http'>;
      message: string;
      details: string[];
    };

/** The first lines of an error body help the admin; a whole HTML error page does not. */
function excerpt(body: string): string[] {
  const text = body.trim().slice(0, 300);
  return text ? [`Response body: ${text}${body.trim().length > 300 ? '…' : ''}`] : [];
}

/**
 * The largest config document Ringside downloads: 10 MB, several times a 10,000-number account
 * (about 1.5 MB). Checked against Content-Length first, then counted while the body streams, so a
 * server that sends more (or lies about the length) is cut off at the cap, not read to the end.
 */
export const MAX_CONFIG_BYTES = 10 * 1024 * 1024;

class TooLarge extends Error {}

/** Reads the body as UTF-8 text, aborting once it passes `max` bytes. */
async function readCapped(response: Response, max: number, abort: () => void): Promise<string> {
  if (!response.body) {
    // No stream (some fetch implementations for small bodies): still refuse past the cap.
    const text = await response.text();
    if (new TextEncoder().encode(text).byteLength > max) throw new TooLarge();
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      abort();
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

export async function fetchConfigDocument(
  options: FetchConfigOptions,
): Promise<FetchConfigOutcome> {
  const outcome = await download(options);
  if (outcome.kind !== 'error') return outcome;
  // A server may echo the request, Authorization header included: the token is never shown.
  const secrets = [options.token];
  return {
    ...outcome,
    message: redactSecrets(outcome.message, secrets),
    details: outcome.details.map((d) => redactSecrets(d, secrets)),
  };
}

async function download(options: FetchConfigOptions): Promise<FetchConfigOutcome> {
  const tr = options.translator ?? english;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.etag) headers['If-None-Match'] = options.etag;
  const maxBytes = options.maxBytes ?? MAX_CONFIG_BYTES;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const httpError = (message: string, details: string[]): FetchConfigOutcome => ({
    kind: 'error',
    errorKind: 'http',
    message,
    details,
  });
  try {
    const response = await options.fetch(options.url, {
      method: 'GET',
      headers,
      signal: controller.signal,
      // Ringside does its own revalidation with the stored ETag; a browser cache in between
      // would hide the 304 or serve a stale copy.
      cache: 'no-store',
      credentials: 'omit',
      // Redirects are not followed: the token would go wherever the server points (another
      // origin, plain http). A browser hides a manual redirect's target, so none is followed.
      redirect: 'manual',
    });
    if (
      response.type === 'opaqueredirect' ||
      (response.status >= 300 && response.status < 400 && response.status !== 304)
    ) {
      controller.abort();
      const location = response.headers.get('Location');
      const target = location ? safeUrlText(new URL(location, options.url).href) : '';
      const hasTarget = location ? 'yes' : 'no';
      return httpError(tr.t('background.sync.redirect', { url: options.url, target, hasTarget }), [
        tr.t('background.sync.redirectDetail', {
          status: String(response.status || 'opaque'),
          target,
          hasTarget,
        }),
      ]);
    }
    if (response.redirected && new URL(response.url).origin !== new URL(options.url).origin) {
      // A fetch that followed anyway (an implementation without manual redirects).
      controller.abort();
      return httpError(tr.t('background.sync.otherServer', { url: options.url }), [
        tr.t('background.sync.redirectedDetail', { target: safeUrlText(response.url) }),
      ]);
    }
    if (response.status === 304) {
      // "Not modified" only means something for a request that sent an ETag.
      if (!options.etag) {
        return httpError(tr.t('background.sync.notModified', { url: options.url }), [
          tr.t('background.sync.notModifiedDetail'),
        ]);
      }
      return { kind: 'not-modified' };
    }
    if (!response.ok) {
      const body = await readCapped(response, 64 * 1024, () => controller.abort()).catch(() => '');
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return httpError(tr.t('background.sync.http', { url: options.url, status }), [
        `HTTP ${status}`,
        ...excerpt(body),
      ]);
    }
    const declared = Number(response.headers.get('Content-Length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      return httpError(
        tr.t('background.sync.tooLarge', {
          url: options.url,
          size: megabytes(declared),
          max: megabytes(maxBytes),
        }),
        [
          tr.t('background.sync.overLimitDetail', {
            declared: String(declared),
            max: String(maxBytes),
          }),
        ],
      );
    }
    const text = await readCapped(response, maxBytes, () => controller.abort());
    return { kind: 'document', text, etag: response.headers.get('ETag') ?? undefined };
  } catch (e) {
    if (e instanceof TooLarge) {
      return httpError(
        tr.t('background.sync.stopped', { url: options.url, max: megabytes(maxBytes) }),
        [tr.t('background.sync.tooLargeDetail', { bytes: String(maxBytes) })],
      );
    }
    const reason = errorMessage(e);
    if (timedOut) {
      return {
        kind: 'error',
        errorKind: 'timeout',
        message: tr.t('background.sync.timeout', {
          url: options.url,
          seconds: Math.round(options.timeoutMs / 100) / 10,
        }),
        details: [tr.t('background.sync.timedOutDetail', { ms: String(options.timeoutMs) })],
      };
    }
    // fetch rejects with a TypeError for DNS, refused connections, TLS and CORS failures alike.
    return {
      kind: 'error',
      errorKind: 'network',
      message: tr.t('background.sync.unreachable', { url: options.url, reason }),
      details: [reason, tr.t('background.sync.unreachableHint')],
    };
  } finally {
    clearTimeout(timer);
  }
}
