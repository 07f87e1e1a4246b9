/**
 * requestSite's refusals in the page's language (the popup and the options page pass theirs);
 * the site stays as the browser names it.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import enCommon from '../../../lib/i18n/messages/en/common.json';
import esCommon from '../../../lib/i18n/messages/es/common.json';
import ptCommon from '../../../lib/i18n/messages/pt-BR/common.json';
import { createTranslator } from '../../../lib/i18n/translator';
import { requestSite } from '../../../utils/sites';

const pt = createTranslator('pt-BR', ptCommon, enCommon);
const es = createTranslator('es', esCommon, enCommon);

describe('requestSite in each language', () => {
  it.each([
    [
      undefined,
      'Ringside runs on http and https pages only.',
      'Access to https://crm.example.com was not granted.',
    ],
    [
      pt,
      'O Ringside funciona apenas em páginas http e https.',
      'O acesso a https://crm.example.com não foi concedido.',
    ],
    [
      es,
      'Ringside solo funciona en páginas http y https.',
      'No se concedió el acceso a https://crm.example.com.',
    ],
  ])('%#', async (tr, httpOnly, notGranted) => {
    const request = vi.fn(async () => false);
    (fakeBrowser.permissions as unknown as Record<string, unknown>).request = request;
    expect(await requestSite('file:///home/agent/leads.html', tr)).toEqual({
      ok: false,
      error: httpOnly,
    });
    expect(request).not.toHaveBeenCalled();
    expect(await requestSite('https://crm.example.com/contacts/1', tr)).toEqual({
      ok: false,
      error: notGranted,
    });
  });
});
