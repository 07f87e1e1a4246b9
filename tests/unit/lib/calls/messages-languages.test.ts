// The call pipeline's sentences in Brazilian Portuguese and Spanish: refusals, destination
// checks, invalid numbers, calling hours (times in the language, "or" lists) and the page dial
// rate (plural forms). English stays the default (the other tests of this folder).
import { dialRateMessage } from '../../../../lib/calls/rate-limit-message';
import { describe, expect, it } from 'vitest';
import { callingHoursConfirmation, localTimeOf } from '../../../../lib/calls/calling-hours';
import { checkDestination, emergencyMessage } from '../../../../lib/calls/destination-checks';
import { agentIdentity } from '../../../../lib/calls/identity';
import { invalidNumberMessage } from '../../../../lib/calls/invalid-number';
import { checkRegion } from '../../../../lib/calls/pipeline';
import { checkDialRate } from '../../../../lib/calls/rate-limit';
import { libTranslator } from '../../../../lib/i18n/lib-translators';
import type { Translator } from '../../../../lib/i18n/translator';
import { analyzePhone } from '../../../../lib/phone';
import { demoConfig } from '../caller-id/fixtures';

const pt = libTranslator('pt-BR');
const es = libTranslator('es');
const HOURS = { mode: 'automated' as const, allowDefault: true, callingHours: {} };
const NOW = Date.parse('2026-11-28T13:12:00Z');

function destination(number: string, tr: Translator, policy: Record<string, unknown> = {}) {
  return checkDestination(
    analyzePhone(number, 'US')!,
    'US',
    { allowedCountries: [], blockPremium: false, confirmInternational: false, ...policy },
    { display: number, countryName: (code) => tr.country(code) },
    tr,
  );
}

describe.each([
  [
    'pt-BR',
    pt,
    {
      honolulu: '3:12 em Honolulu',
      ambiguous: '6:12 em Denver ou 7:12 em Center (ambíguo)',
      outside:
        'Agora são 3:12 em Honolulu, fora do horário de ligações (08:00–21:00, horário local).',
      maybe:
        '+1 605-555-0100 pode estar em mais de um fuso horário (6:30 em Denver ou 7:30 em Center), então pode estar fora do horário de ligações (08:00–21:00, horário local).',
      wait1: 'Uma ligação acabou de ser iniciada desta página: aguarde 1 segundo antes da próxima.',
      wait2:
        'Uma ligação acabou de ser iniciada desta página: aguarde 2 segundos antes da próxima.',
      burst:
        'Muitas ligações desta página em pouco tempo (no máximo 6 por minuto): aguarde 30 segundos.',
      premium:
        '+1 900 555 0199 é um número de tarifa premium: as ligações podem ser cobradas a uma tarifa alta.',
      blocked:
        '+1 900 555 0199 é um número de tarifa premium, e o seu administrador bloqueia ligações para números de tarifa premium.',
      international:
        '+44 20 7946 0123 é uma ligação internacional (Reino Unido), fora do país da sua conta (Estados Unidos).',
      notAllowed:
        'Ligações para Reino Unido não são permitidas nesta conta (permitidos: Estados Unidos, Canadá). Fale com o seu administrador se precisar ligar para +44 20 7946 0123.',
      emergency:
        '911 é um número de emergência. O Ringside não faz ligações de emergência: use um telefone para ligar para 911.',
      invalid:
        '“555-01” não é um número de telefone válido no país em que foi lido (Brasil). Confira os dígitos ou comece com + e o código do país.',
      invalidWithCode: '“+1 555” não é um número de telefone válido. Confira os dígitos.',
      region:
        '+44 20 7946 0123 não é um número válido de US (+1): a ligação não foi feita. Confira o número na página.',
      unselected:
        'Escolha quem você é entre os agentes da conta "Acme Inc." antes de fazer ligações.',
    },
  ],
  [
    'es',
    es,
    {
      honolulu: '3:12 en Honolulu',
      ambiguous: '6:12 en Denver o 7:12 en Center (ambiguo)',
      outside: 'Son las 3:12 en Honolulu, fuera del horario de llamadas (08:00–21:00, hora local).',
      maybe:
        '+1 605-555-0100 puede estar en más de una zona horaria (6:30 en Denver o 7:30 en Center), así que puede estar fuera del horario de llamadas (08:00–21:00, hora local).',
      wait1:
        'Se acaba de iniciar una llamada desde esta página: espere 1 segundo antes de la siguiente.',
      wait2:
        'Se acaba de iniciar una llamada desde esta página: espere 2 segundos antes de la siguiente.',
      burst:
        'Demasiadas llamadas desde esta página en poco tiempo (6 por minuto como máximo): espere 30 segundos.',
      premium:
        '+1 900 555 0199 es un número de tarificación adicional: las llamadas pueden cobrarse a una tarifa alta.',
      blocked:
        '+1 900 555 0199 es un número de tarificación adicional, y su administrador bloquea las llamadas a números de tarificación adicional.',
      international:
        '+44 20 7946 0123 es una llamada internacional (Reino Unido), fuera del país de su cuenta (Estados Unidos).',
      notAllowed:
        'Las llamadas a Reino Unido no están permitidas en esta cuenta (permitidos: Estados Unidos, Canadá). Consulte a su administrador si necesita llamar al +44 20 7946 0123.',
      emergency:
        '911 es un número de emergencia. Ringside no hace llamadas de emergencia: use un teléfono para llamar al 911.',
      invalid:
        '“555-01” no es un número de teléfono válido en el país en que se leyó (Brasil). Revise los dígitos o empiece con + y el código del país.',
      invalidWithCode: '“+1 555” no es un número de teléfono válido. Revise los dígitos.',
      region:
        '+44 20 7946 0123 no es un número válido de US (+1): no se llamó. Revise el número en la página.',
      unselected:
        'Elija quién es usted entre los agentes de la cuenta "Acme Inc." antes de hacer llamadas.',
    },
  ],
] as const)('%s', (_language, tr, expected) => {
  it('local time, in the language, with an "or" list when the zone is ambiguous', () => {
    expect(localTimeOf('+18085550100', NOW, tr)?.text).toBe(expected.honolulu);
    expect(localTimeOf('+16055550100', NOW, tr)?.text).toBe(expected.ambiguous);
    // The minutes that decide the window do not depend on the language.
    expect(localTimeOf('+16055550100', NOW, tr)?.times).toEqual(
      localTimeOf('+16055550100', NOW)?.times,
    );
  });

  it('calling hours', () => {
    expect(callingHoursConfirmation(HOURS, '+18085550100', '+1 808-555-0100', NOW, tr)).toEqual({
      kind: 'calling-hours',
      message: expected.outside,
    });
    const at = Date.parse('2026-11-28T13:30:00Z');
    expect(
      callingHoursConfirmation(HOURS, '+16055550100', '+1 605-555-0100', at, tr)?.message,
    ).toBe(expected.maybe);
  });

  it('the page dial rate, singular and plural', () => {
    const refusal = (accepted: number[]) => {
      const d = checkDialRate(accepted, NOW);
      return d.ok ? '' : dialRateMessage(d, tr);
    };
    expect(refusal([NOW - 2_500])).toBe(expected.wait1);
    expect(refusal([NOW - 1_000])).toBe(expected.wait2);
    expect(refusal([0, 5, 10, 15, 20, 25].map((s) => NOW - 60_000 + 30_000 + s))).toBe(
      expected.burst,
    );
  });

  it('destination checks: special rate, premium blocked, international, not allowed', () => {
    expect(destination('+1 900 555 0199', tr)).toEqual({
      ok: true,
      confirm: [{ kind: 'special-rate', message: expected.premium }],
    });
    expect(destination('+1 900 555 0199', tr, { blockPremium: true })).toEqual({
      ok: false,
      error: expected.blocked,
    });
    expect(destination('+44 20 7946 0123', tr, { confirmInternational: true })).toEqual({
      ok: true,
      confirm: [{ kind: 'international', message: expected.international }],
    });
    expect(destination('+44 20 7946 0123', tr, { allowedCountries: ['US', 'CA'] })).toEqual({
      ok: false,
      error: expected.notAllowed,
    });
  });

  it('refusals: emergency, invalid numbers, a region that does not hold, who the agent is', () => {
    expect(emergencyMessage('911', tr)).toBe(expected.emergency);
    expect(invalidNumberMessage(' 555-01 ', 'BR', tr)).toBe(expected.invalid);
    expect(invalidNumberMessage('+1 555', 'BR', tr)).toBe(expected.invalidWithCode);
    expect(checkRegion('+44 20 7946 0123', 'US', tr)).toBe(expected.region);
    const identity = agentIdentity(demoConfig(), { agentId: undefined }, tr);
    expect(identity.state === 'unselected' && identity.message).toBe(expected.unselected);
  });
});
