import { describe, expect, it } from 'vitest';
import { libTranslator } from '../../../../lib/i18n/lib-translators';
import { fetchConfigDocument } from '../../../../lib/sync/fetch-config';

const URL_ = 'https://config.example.com/ringside.json';

/** A fetch that answers `status` (or rejects with `reject`). */
function answering(status: number, reject?: string): typeof fetch {
  return (async () => {
    if (reject) throw new TypeError(reject);
    return new Response(status === 304 ? null : 'nope', { status, statusText: '' });
  }) as unknown as typeof fetch;
}

describe('fetch errors in the agent language, English unchanged', () => {
  it.each<[string, typeof fetch, string, string, string]>([
    [
      'HTTP 500',
      answering(500),
      `${URL_} answered HTTP 500.`,
      `${URL_} respondeu HTTP 500.`,
      `${URL_} respondió HTTP 500.`,
    ],
    [
      '304 without ETag',
      answering(304),
      `${URL_} answered 304 Not Modified to a request that had no ETag, so there is no document to keep.`,
      `${URL_} respondeu 304 Not Modified a uma solicitação sem ETag, então não há documento para guardar.`,
      `${URL_} respondió 304 Not Modified a una solicitud sin ETag, así que no hay ningún documento que guardar.`,
    ],
    [
      'network',
      answering(0, 'Failed to fetch'),
      `Could not reach ${URL_} (Failed to fetch).`,
      `Não foi possível acessar ${URL_} (Failed to fetch).`,
      `No se pudo conectar con ${URL_} (Failed to fetch).`,
    ],
  ])('%s', async (_, fetch, inEn, inPt, inEs) => {
    const base = { url: URL_, timeoutMs: 5_000, fetch };
    const en = await fetchConfigDocument(base);
    const pt = await fetchConfigDocument({ ...base, translator: libTranslator('pt-BR') });
    const es = await fetchConfigDocument({ ...base, translator: libTranslator('es') });
    expect(en).toMatchObject({ kind: 'error', message: inEn });
    expect(pt).toMatchObject({ kind: 'error', message: inPt });
    expect(es).toMatchObject({ kind: 'error', message: inEs });
    // The same kind of error in every language: only the words change.
    expect([pt, es].map((o) => o.kind === 'error' && o.errorKind)).toEqual([
      en.kind === 'error' && en.errorKind,
      en.kind === 'error' && en.errorKind,
    ]);
  });
});
