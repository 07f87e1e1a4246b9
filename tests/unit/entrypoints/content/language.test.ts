/**
 * The content script's language: English until the background says otherwise; a language with its
 * parsed card messages (the `getPageContext` reply or the `cardLanguage` push) switches the card,
 * and anything else leaves it as it is (./i18n.ts, ./language.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cardTranslator, setCardLanguage, t } from '../../../../entrypoints/content/i18n';
import { followCardLanguage } from '../../../../entrypoints/content/language';
import { cardLanguage } from '../../../../lib/i18n/card-catalogs';

afterEach(() => {
  setCardLanguage('en');
});

describe('the card’s language', () => {
  it('is English until the background names another, with its messages', () => {
    expect(cardTranslator().language).toBe('en');
    expect(t('card.call')).toBe('Call');
    // Portuguese without its messages, an unknown language, a broken catalog: no change.
    expect(setCardLanguage('pt-BR')).toBe(false);
    expect(setCardLanguage('fr', cardLanguage('es').catalog)).toBe(false);
    expect(setCardLanguage('es', { 'card.call': 'Llamar' })).toBe(false);
    expect(t('card.call')).toBe('Call');

    const pt = cardLanguage('pt-BR');
    expect(setCardLanguage(pt.language, pt.catalog)).toBe(true);
    expect(t('card.call')).toBe('Ligar');
    expect(t('card.choice.all', { total: 2 })).toBe('2 opções: digite para filtrar');
    expect(t('card.choice.all', { total: 1 })).toBe('1 opção: digite para filtrar');
    expect(cardTranslator().country('DE')).toBe('Alemanha');
    // The same language again is no change; English needs no messages.
    expect(setCardLanguage(pt.language, pt.catalog)).toBe(false);
    expect(setCardLanguage('en')).toBe(true);
    expect(t('card.call')).toBe('Call');
  });

  it('follows the background’s cardLanguage message, and only a valid one', async () => {
    const changed = vi.fn();
    const stop = followCardLanguage(changed);
    const push = async (data: unknown) =>
      Promise.all(
        await fakeBrowser.runtime.onMessage.trigger(
          { id: 7, type: 'cardLanguage', data, timestamp: Date.now() },
          { id: fakeBrowser.runtime.id },
          () => {},
        ),
      );
    try {
      await push({ language: 'es', catalog: { 'card.call': [{ type: 99 }] } });
      expect(changed).not.toHaveBeenCalled();
      await push(cardLanguage('es'));
      expect(changed).toHaveBeenCalledTimes(1);
      expect(t('card.call')).toBe('Llamar');
      await push(cardLanguage('es'));
      expect(changed).toHaveBeenCalledTimes(1);
      await push(cardLanguage('en'));
      expect(changed).toHaveBeenCalledTimes(2);
      expect(t('card.call')).toBe('Call');
    } finally {
      stop();
    }
  });
});
