// parseAccountConfig's errors and warnings in Brazilian Portuguese and Spanish: the same problems
// at the same paths, each a whole message in the language. English stays the default.
import { describe, expect, it } from 'vitest';
import { parseAccountConfig } from '../../../../lib/caller-id/config';
import { english } from '../../../../lib/i18n/english';
import { libTranslator } from '../../../../lib/i18n/lib-translators';
import { wireConfig } from './fixtures';

function broken() {
  const doc = wireConfig();
  doc.schemaVersion = 2;
  doc.account.defaultCountry = 'XX';
  doc.outboundCallerId.mode = 'sometimes';
  doc.outboundCallerId.callingHours = { start: '21:00', end: '08:00' };
  doc.numbers[0].number = 'abc';
  doc.numbers[1].id = doc.numbers[0].id;
  doc.numbers[2].ringGroups = ['nope'];
  doc.agents[0].name = '';
  doc.agents[0].ringGroups = [];
  doc.agents[0].extra = true;
  delete doc.agents[1].email;
  doc.agents[1].id = [];
  return doc;
}

function errorsIn(language: 'pt-BR' | 'es') {
  const result = parseAccountConfig(broken(), { translator: libTranslator(language) });
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('parseAccountConfig in other languages', () => {
  it('English is the default and the same as asking for English', () => {
    expect(parseAccountConfig(broken())).toEqual(
      parseAccountConfig(broken(), { translator: english }),
    );
  });

  it.each([
    [
      'schemaVersion: schemaVersion 2 não é suportada (esta versão do Ringside lê a versão 1)',
      'pt-BR',
    ],
    [
      'account.defaultCountry: "XX" não é um código de país (esperava ISO 3166-1 alfa-2, como "BR")',
      'pt-BR',
    ],
    [
      'outboundCallerId.mode: modo desconhecido "sometimes" (esperava "automated" ou "customized")',
      'pt-BR',
    ],
    ['outboundCallerId.callingHours.end: "08:00" precisa ser depois do início (21:00)', 'pt-BR'],
    ['numbers[0].number: "abc" não é um número de telefone válido', 'pt-BR'],
    ['agents[0].name: não pode ficar vazio', 'pt-BR'],
    ['agents[1].id: esperava um texto, veio uma lista', 'pt-BR'],
    [
      'schemaVersion: schemaVersion 2 no compatible (esta versión de Ringside lee la versión 1)',
      'es',
    ],
    [
      'account.defaultCountry: "XX" no es un código de país (se esperaba ISO 3166-1 alfa-2, como "MX")',
      'es',
    ],
    [
      'outboundCallerId.mode: modo desconocido "sometimes" (se esperaba "automated" o "customized")',
      'es',
    ],
    ['outboundCallerId.callingHours.end: "08:00" debe ser posterior al inicio (21:00)', 'es'],
    ['numbers[0].number: "abc" no es un número de teléfono válido', 'es'],
    ['agents[0].name: no puede estar vacío', 'es'],
    ['agents[1].id: se esperaba un texto, se recibió una lista', 'es'],
  ] as const)('%s', (line, language) => {
    expect(errorsIn(language)).toContain(line);
  });

  it('the duplicate id and the unknown ring group name the same paths in every language', () => {
    const paths = (lines: string[]) => lines.map((l) => l.slice(0, l.indexOf(': ')));
    const en = parseAccountConfig(broken());
    expect(en.ok).toBe(false);
    if (en.ok) return;
    expect(paths(errorsIn('pt-BR'))).toEqual(paths(en.errors));
    expect(paths(errorsIn('es'))).toEqual(paths(en.errors));
    expect(errorsIn('pt-BR')).toContain(
      `numbers[1].id: id "${wireConfig().numbers[0].id}" repetido (também em numbers[0])`,
    );
    expect(errorsIn('es')).toContain(
      'numbers[2].ringGroups[0]: grupo de timbrado "nope" desconocido',
    );
  });

  it('warnings too', () => {
    const doc = wireConfig();
    doc.agents[0].ringGroups = [];
    doc.agents[0].extra = 1;
    const pt = parseAccountConfig(doc, { translator: libTranslator('pt-BR') });
    expect(pt.ok && pt.warnings).toEqual(
      expect.arrayContaining([
        'agents[0].extra: campo desconhecido, ignorado',
        expect.stringMatching(/^agents\[0\]\.ringGroups: .+ não compartilha nenhum grupo de toque/),
      ]),
    );
  });
});
