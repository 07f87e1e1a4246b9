// Every caller-ID reason in Brazilian Portuguese and Spanish, through the same functions that
// write the English contract; and, for random selections, every language gives a whole sentence
// with no ICU placeholder left in it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presenceReasons } from '../../../../lib/caller-id/presence-reasons';
import { reasons } from '../../../../lib/caller-id/reasons';
import { resolveCallerId } from '../../../../lib/caller-id/resolve';
import type { CallerIdChoice } from '../../../../lib/caller-id/types';
import { english } from '../../../../lib/i18n/english';
import { LANGUAGES } from '../../../../lib/i18n/languages';
import { libTranslator } from '../../../../lib/i18n/lib-translators';
import { analyzePhone } from '../../../../lib/phone';
import { accountNumber as num, demoConfig, parsed, wireConfig } from './fixtures';

const SF = num('sf', '+14155550100', 'San Francisco');
const LONDON = num('lon', '+442079460958', 'London');
const US = analyzePhone('+14155550123')!;
const ONTARIO = analyzePhone('+14165550123')!;
const UK = analyzePhone('+442079460000')!;
const AT = new Date(2026, 10, 28, 12).getTime();
const pt = libTranslator('pt-BR');
const es = libTranslator('es');

describe('reasons in Brazilian Portuguese', () => {
  it.each([
    [
      'areaCode',
      reasons.areaCode(US, pt),
      'Mesmo DDD (415) do número para o qual você está ligando.',
    ],
    [
      'state',
      reasons.state(US, pt),
      'Mesmo estado (California) do número para o qual você está ligando.',
    ],
    [
      'province',
      reasons.state(ONTARIO, pt),
      'Mesma província (Ontario) do número para o qual você está ligando.',
    ],
    [
      'country',
      reasons.country(UK, pt),
      'Mesmo país (Reino Unido) do número para o qual você está ligando.',
    ],
    [
      'anyNumber',
      reasons.anyNumber(UK, pt),
      'Nenhum dos seus números é do país para o qual você está ligando (Reino Unido), então o seu primeiro número é usado.',
    ],
    [
      'anyNumber, unreadable',
      reasons.anyNumber(null, pt),
      'Não foi possível ler o número para o qual você está ligando como um telefone válido, então o seu primeiro número é usado.',
    ],
    [
      'countryTollFree',
      reasons.countryTollFree(UK, pt),
      'Seu número de discagem gratuita do país para o qual você está ligando (Reino Unido).',
    ],
    [
      'accountTollFree',
      reasons.accountTollFree(pt),
      'Nenhum dos seus números serve para esta ligação, então o número de discagem gratuita da conta é usado.',
    ],
    [
      'accountFirst',
      reasons.accountFirst(pt),
      'Nenhum dos seus números serve para esta ligação, então o primeiro número da conta é usado.',
    ],
    ['none', reasons.none(pt), 'A conta não tem nenhum número para fazer ligações.'],
    [
      'fixed',
      reasons.fixed(pt),
      'Seu administrador definiu este número para todas as suas ligações.',
    ],
    ['chosen', reasons.chosen(pt), 'Você escolheu este número.'],
    [
      'firstAllowed',
      reasons.firstAllowed(pt),
      'Seu administrador pede que você escolha um número; o seu primeiro número fica selecionado até você escolher.',
    ],
    [
      'stale',
      reasons.stale(LONDON, SF, reasons.areaCode(US, pt), pt),
      'O número que você escolheu, London (+44 20 7946 0958), não está mais disponível para você. Ligando de San Francisco (+1 415 555 0100): mesmo DDD (415) do número para o qual você está ligando.',
    ],
    [
      'stale, gone',
      reasons.stale(undefined, null, '', pt),
      'O número que você escolheu não está mais na conta. A conta não tem outro número para fazer ligações.',
    ],
    [
      'contact, outbound',
      presenceReasons.contactOutbound(SF, AT, pt),
      'Você ligou para este contato de San Francisco em 28 de novembro.',
    ],
    [
      'contact, inbound',
      presenceReasons.contactInbound(num('x', '+14155550199'), AT, pt),
      'Este contato ligou para +14155550199 em 28 de novembro.',
    ],
    [
      'samePlace',
      presenceReasons.samePlace('New York', pt),
      'Mesmo local (New York) do número para o qual você está ligando.',
    ],
    [
      'timeZone',
      presenceReasons.timeZone('America/Los_Angeles', pt),
      'Mesmo fuso horário (Horário do Pacífico) do número para o qual você está ligando.',
    ],
    [
      'leastUsed',
      presenceReasons.leastUsed(reasons.chosen(pt), pt),
      'Você escolheu este número. Entre os números que servem igualmente, este foi o menos usado hoje.',
    ],
    [
      'capped',
      presenceReasons.capped(reasons.chosen(pt), pt),
      'Você escolheu este número. Os números que serviam melhor atingiram o limite de ligações de hoje.',
    ],
    [
      'overCap',
      presenceReasons.overCap(reasons.chosen(pt), pt),
      'Você escolheu este número. Todos os seus números atingiram o limite de ligações de hoje, então este é usado mesmo assim.',
    ],
  ])('%s', (_rule, text, expected) => {
    expect(text).toBe(expected);
  });
});

describe('reasons in Spanish', () => {
  it.each([
    [
      'areaCode',
      reasons.areaCode(US, es),
      'Mismo código de área (415) que el número al que está llamando.',
    ],
    [
      'state',
      reasons.state(US, es),
      'Mismo estado (California) que el número al que está llamando.',
    ],
    [
      'province',
      reasons.state(ONTARIO, es),
      'Misma provincia (Ontario) que el número al que está llamando.',
    ],
    [
      'country',
      reasons.country(UK, es),
      'Mismo país (Reino Unido) que el número al que está llamando.',
    ],
    [
      'anyNumber',
      reasons.anyNumber(UK, es),
      'Ninguno de sus números es del país al que está llamando (Reino Unido), así que se usa su primer número.',
    ],
    [
      'anyNumber, unreadable',
      reasons.anyNumber(null, es),
      'El número al que está llamando no se pudo leer como un número de teléfono válido, así que se usa su primer número.',
    ],
    [
      'countryTollFree',
      reasons.countryTollFree(UK, es),
      'Su número gratuito del país al que está llamando (Reino Unido).',
    ],
    [
      'accountTollFree',
      reasons.accountTollFree(es),
      'Ninguno de sus números sirve para esta llamada, así que se usa el número gratuito de la cuenta.',
    ],
    [
      'accountFirst',
      reasons.accountFirst(es),
      'Ninguno de sus números sirve para esta llamada, así que se usa el primer número de la cuenta.',
    ],
    ['none', reasons.none(es), 'La cuenta no tiene ningún número desde el cual llamar.'],
    [
      'noneAllowed',
      reasons.noneAllowed(es),
      'No tiene ningún número desde el cual llamar: ninguno de sus grupos de timbrado tiene un número y la opción Predeterminado está desactivada. Pida a su administrador que agregue un número a uno de sus grupos de timbrado.',
    ],
    ['fixed', reasons.fixed(es), 'Su administrador fijó este número para todas sus llamadas.'],
    ['chosen', reasons.chosen(es), 'Usted eligió este número.'],
    [
      'firstAllowed',
      reasons.firstAllowed(es),
      'Su administrador le pide que elija un número; su primer número queda seleccionado hasta que lo haga.',
    ],
    [
      'staleNoneAllowed',
      reasons.staleNoneAllowed(LONDON, es),
      'El número que eligió, London (+44 20 7946 0958), ya no está disponible para usted. No tiene otro número desde el cual llamar: ninguno de sus grupos de timbrado tiene un número y la opción Predeterminado está desactivada. Pida a su administrador que agregue un número a uno de sus grupos de timbrado.',
    ],
    [
      'stale',
      reasons.stale(undefined, SF, reasons.chosen(es), es),
      'El número que eligió ya no está en la cuenta. Llamando desde San Francisco (+1 415 555 0100): usted eligió este número.',
    ],
    [
      'contact, outbound',
      presenceReasons.contactOutbound(SF, AT, es),
      'Usted llamó a este contacto desde San Francisco el 28 de noviembre.',
    ],
    [
      'contact, inbound',
      presenceReasons.contactInbound(SF, AT, es),
      'Este contacto llamó a San Francisco el 28 de noviembre.',
    ],
    [
      'samePlace',
      presenceReasons.samePlace('New York', es),
      'Mismo lugar (New York) que el número al que está llamando.',
    ],
    [
      'timeZone',
      presenceReasons.timeZone('America/Los_Angeles', es),
      'Misma zona horaria (hora del Pacífico) que el número al que está llamando.',
    ],
    [
      'leastUsed',
      presenceReasons.leastUsed(reasons.fixed(es), es),
      'Su administrador fijó este número para todas sus llamadas. Entre los números que sirven por igual, este fue el menos usado hoy.',
    ],
    [
      'capped',
      presenceReasons.capped(reasons.fixed(es), es),
      'Su administrador fijó este número para todas sus llamadas. Los números que servían mejor alcanzaron el límite de llamadas de hoy.',
    ],
    [
      'overCap',
      presenceReasons.overCap(reasons.fixed(es), es),
      'Su administrador fijó este número para todas sus llamadas. Todos sus números alcanzaron el límite de llamadas de hoy, así que se usa este de todos modos.',
    ],
  ])('%s', (_rule, text, expected) => {
    expect(text).toBe(expected);
  });
});

describe('the translator given to selection', () => {
  it('writes the reason in that language, picks the same number, and English is the default', () => {
    const config = demoConfig();
    const agent = config.agents[0]!.id;
    for (const to of ['+14155550123', '+12125550123', '+442079460000', '+61 2 9374 4000', 'nope']) {
      const plain = resolveCallerId(config, agent, null, to);
      const inEnglish = resolveCallerId(config, agent, null, to, { translator: english });
      const inSpanish = resolveCallerId(config, agent, null, to, { translator: es });
      expect(inEnglish).toEqual(plain);
      expect(inSpanish.number).toEqual(plain.number);
      expect(inSpanish.rule).toBe(plain.rule);
      expect(inSpanish.reason).not.toBe(plain.reason);
    }
  });
});

describe('every language, random selections', () => {
  const config = parsed(
    (() => {
      const doc = wireConfig();
      doc.outboundCallerId = {
        ...doc.outboundCallerId,
        samePlace: true,
        sameTimeZone: true,
        contactHistoryDays: 30,
        shareLoad: { dailyCapPerNumber: 2 },
      };
      return doc;
    })(),
  );
  const numberIds = config.numbers.map((n) => n.id);
  const destination = fc.oneof(
    fc.constantFrom(
      '+14155550123',
      '+12125550100',
      '+16055550100',
      '+18005550100',
      '+442079460000',
    ),
    fc.constantFrom('+5511987654321', '+61293744000', '911', 'not a number', ''),
    fc.stringMatching(/^\+?[0-9 ()-]{0,16}$/),
  );
  const choice: fc.Arbitrary<CallerIdChoice | null> = fc.oneof(
    fc.constant(null),
    fc.constant({ kind: 'default' as const }),
    fc
      .constantFrom(...numberIds, 'gone')
      .map((numberId) => ({ kind: 'number' as const, numberId })),
  );

  it('a non-empty reason with no ICU placeholder left, and the same number as in English', () => {
    const now = Date.now();
    fc.assert(
      fc.property(
        fc.constantFrom(...config.agents.map((a) => a.id)),
        choice,
        destination,
        fc.array(
          fc.record({ numberId: fc.constantFrom(...numberIds), ago: fc.nat(40 * 86_400_000) }),
          { maxLength: 8 },
        ),
        (agentId, chosen, to, calls) => {
          const history = calls.map((c) => ({
            at: now - c.ago,
            accountId: config.account.id,
            agentId,
            to: analyzePhone(to, 'US')?.e164 ?? to,
            from: config.numbers.find((n) => n.id === c.numberId)!.number,
            fromNumberId: c.numberId,
          }));
          const base = resolveCallerId(config, agentId, chosen, to, { history, now });
          for (const language of LANGUAGES) {
            const s = resolveCallerId(config, agentId, chosen, to, {
              history,
              now,
              translator: libTranslator(language),
            });
            expect(s.number).toEqual(base.number);
            expect(s.reason.trim()).not.toBe('');
            expect(s.reason).not.toMatch(/[{}]/);
            expect(s.reason).not.toMatch(/\breasons\.\w/);
          }
        },
      ),
      { numRuns: 200, interruptAfterTimeLimit: 4000 },
    );
  });
});
