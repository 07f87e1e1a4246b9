/**
 * describeFailure in each language: the sentences Ringside writes around a failed message are
 * the page's language, and the browser's own error text is quoted as the browser gave it.
 */
import { describe, expect, it } from 'vitest';
import enCommon from '../../../../lib/i18n/messages/en/common.json';
import esCommon from '../../../../lib/i18n/messages/es/common.json';
import ptCommon from '../../../../lib/i18n/messages/pt-BR/common.json';
import { createTranslator } from '../../../../lib/i18n/translator';
import { describeFailure, type FailureSurface } from '../../../../lib/ui/errors';

const pt = createTranslator('pt-BR', ptCommon, enCommon);
const es = createTranslator('es', esCommon, enCommon);

const NO_ANSWER = new Error('Could not establish connection. Receiving end does not exist.');
const GONE = new Error('Extension context invalidated.');
const QUOTA = new Error('QuotaExceededError: the quota has been exceeded.');

describe('describeFailure in each language', () => {
  it.each<[string, unknown, FailureSurface, string, string, string]>([
    [
      'nothing answers on an extension page',
      NO_ANSWER,
      'extension-page',
      'Ringside’s background did not answer. Try again in a moment.',
      'O serviço em segundo plano do Ringside não respondeu. Tente de novo em instantes.',
      'El servicio en segundo plano de Ringside no respondió. Inténtelo de nuevo en un momento.',
    ],
    [
      'the extension reloaded under an extension page',
      GONE,
      'extension-page',
      'Ringside was updated or reloaded. Close and reopen this page.',
      'O Ringside foi atualizado ou recarregado. Feche e abra esta página de novo.',
      'Ringside se actualizó o se volvió a cargar. Cierre esta página y ábrala de nuevo.',
    ],
    [
      'the extension is gone under a web page',
      GONE,
      'web-page',
      'Ringside is not reachable (it was updated or restarted): reload this page to call from it.',
      'O Ringside não está acessível (foi atualizado ou reiniciado): recarregue esta página para ligar a partir dela.',
      'Ringside no está disponible (se actualizó o se reinició): vuelva a cargar esta página para llamar desde ella.',
    ],
    [
      'a browser error on a web page, quoted as is',
      QUOTA,
      'web-page',
      'Ringside could not answer: QuotaExceededError: the quota has been exceeded.',
      'O Ringside não conseguiu responder: QuotaExceededError: the quota has been exceeded.',
      'Ringside no pudo responder: QuotaExceededError: the quota has been exceeded.',
    ],
  ])('%s', (_, error, surface, en, inPt, inEs) => {
    expect(describeFailure(error, surface)).toBe(en);
    expect(describeFailure(error, surface, pt)).toBe(inPt);
    expect(describeFailure(error, surface, es)).toBe(inEs);
  });

  it('shows a browser error on an extension page as the browser wrote it, in every language', () => {
    for (const tr of [undefined, pt, es])
      expect(describeFailure(QUOTA, 'extension-page', tr)).toBe(QUOTA.message);
  });
});
