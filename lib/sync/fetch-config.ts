/**
 * One download of the account config: conditional (If-None-Match), authorised (bearer token) and
 * bounded in time (AbortController, covering the body too). Every way it can go wrong comes back
 * as a classified error, never as a throw.
 */
import type { SyncErrorKind } from '../db/types';

export interface FetchConfigOptions {
  url: string;
  token?: string;
  /** The ETag of the active config when it came from this URL. */
  etag?: string;
  timeoutMs: number;
  fetch: typeof fetch;
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

export async function fetchConfigDocument(
  options: FetchConfigOptions,
): Promise<FetchConfigOutcome> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.etag) headers['If-None-Match'] = options.etag;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const response = await options.fetch(options.url, {
      method: 'GET',
      headers,
      signal: controller.signal,
      // Ringside does its own revalidation with the stored ETag; a browser cache in between
      // would hide the 304 or serve a stale copy.
      cache: 'no-store',
      credentials: 'omit',
    });
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) {
      const body = await response.text().catch(() => '');
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return {
        kind: 'error',
        errorKind: 'http',
        message: `${options.url} answered HTTP ${status}.`,
        details: [`HTTP ${status}`, ...excerpt(body)],
      };
    }
    const text = await response.text();
    return { kind: 'document', text, etag: response.headers.get('ETag') ?? undefined };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    if (timedOut) {
      return {
        kind: 'error',
        errorKind: 'timeout',
        message: `${options.url} did not answer within ${Math.round(options.timeoutMs / 100) / 10} s.`,
        details: [`Timed out after ${options.timeoutMs} ms`],
      };
    }
    // fetch rejects with a TypeError for DNS, refused connections, TLS and CORS failures alike.
    return {
      kind: 'error',
      errorKind: 'network',
      message: `Could not reach ${options.url} (${reason}).`,
      details: [
        reason,
        'Check the URL, the network, and that the server allows this extension (CORS or a granted site permission).',
      ],
    };
  } finally {
    clearTimeout(timer);
  }
}
