/**
 * The simulator's refusals and the CSV reading's problems in each language: the worker gets the
 * page's language with the request, so an empty paste or a missing column is said in it. English
 * (no language named) stays the sentence it always was.
 */
import { describe, expect, it } from 'vitest';
import { parseAccountConfig } from '../../../../lib/caller-id/index';
import type { AccountConfig } from '../../../../lib/caller-id/types';
import type { Language } from '../../../../lib/i18n/languages';
import { libTranslator } from '../../../../lib/i18n/lib-translators';
import { parseDestinations } from '../../../../lib/presence/destinations';
import { MAX_ROWS, runSimulation, type SimRequest } from '../../../../lib/presence/simulator';

function account(agents = 2): AccountConfig {
  const r = parseAccountConfig({
    schemaVersion: 1,
    account: { id: 'acme', name: 'Acme', defaultCountry: 'US' },
    outboundCallerId: { mode: 'automated', allowDefault: true },
    ringGroups: [{ id: 'g', name: 'G' }],
    numbers: [{ id: 'sf', number: '+14155550100', label: 'SF', ringGroups: ['g'] }],
    agents: [
      { id: 'a', name: 'Ana', email: '', ringGroups: ['g'] },
      { id: 'b', name: 'Bo', email: '', ringGroups: ['g'] },
    ].slice(0, agents),
  });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.config;
}

const tooMany = Array.from({ length: MAX_ROWS / 2 + 1 }, () => '1').join('\n');

describe('runSimulation refuses in the page language', () => {
  it.each<[string, Omit<SimRequest, 'config' | 'language'>, string, string, string]>([
    [
      'an unknown agent',
      { agent: 'zoe', text: '1' },
      'No agent "zoe" in this account.',
      'Não há nenhum agente "zoe" nesta conta.',
      'No hay ningún agente "zoe" en esta cuenta.',
    ],
    [
      'an empty paste',
      { agent: 'a', text: '  \n' },
      'Paste or upload at least one number.',
      'Cole ou envie pelo menos um número.',
      'Pegue o cargue al menos un número.',
    ],
    [
      'too many rows',
      { agent: 'all', text: tooMany },
      '500,001 numbers for 2 agents make more than 1,000,000 rows: pick one agent.',
      '500.001 números para 2 agentes geram mais de 1.000.000 linhas: escolha um agente.',
      '500.001 números para 2 agentes generan más de 1.000.000 filas: elija un agente.',
    ],
    [
      'a named column the CSV lacks',
      { agent: 'a', text: 'name,phone\nJo,1', column: 'fax' },
      'The CSV has no column "fax" (its columns: name, phone).',
      'O CSV não tem a coluna "fax" (as colunas dele: name, phone).',
      'El CSV no tiene la columna "fax" (sus columnas: name, phone).',
    ],
    [
      'a CSV without a phone column',
      { agent: 'a', text: 'name,city\nJo,Lima' },
      'No phone column found: name one of the columns (name, city).',
      'Nenhuma coluna de telefone encontrada: informe uma das colunas (name, city).',
      'No se encontró ninguna columna de teléfono: indique una de las columnas (name, city).',
    ],
  ])('%s', (_, req, en, pt, es) => {
    const run = (language?: Language) =>
      runSimulation({ config: account(), ...req, ...(language ? { language } : {}) });
    expect(run()).toEqual({ ok: false, error: en });
    expect(run('en')).toEqual({ ok: false, error: en });
    expect(run('pt-BR')).toEqual({ ok: false, error: pt });
    expect(run('es')).toEqual({ ok: false, error: es });
  });

  it('an account without agents cannot be simulated, said in each language', () => {
    const config = { ...account(), agents: [] };
    expect(runSimulation({ config, agent: 'all', text: '1' })).toEqual({
      ok: false,
      error: 'The account has no agents to simulate.',
    });
    expect(runSimulation({ config, agent: 'all', text: '1', language: 'pt-BR' })).toEqual({
      ok: false,
      error: 'A conta não tem agentes para simular.',
    });
    expect(runSimulation({ config, agent: 'all', text: '1', language: 'es' })).toEqual({
      ok: false,
      error: 'La cuenta no tiene agentes para simular.',
    });
  });

  it('names the column it read from a headerless CSV in the language', () => {
    const text = 'Jo,415-555-0199\nAl,212-555-0100';
    expect(parseDestinations(text).column).toBe('column 2');
    expect(parseDestinations(text, undefined, libTranslator('pt-BR')).column).toBe('coluna 2');
    expect(parseDestinations(text, undefined, libTranslator('es')).column).toBe('columna 2');
    const run = runSimulation({ config: account(), agent: 'a', text, language: 'es' });
    expect(run.ok && run.column).toBe('columna 2');
  });
});
