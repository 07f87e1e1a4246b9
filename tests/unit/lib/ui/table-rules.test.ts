import { describe, expect, it } from 'vitest';
import { parseAccountConfig } from '../../../../lib/caller-id/index';
import type { AccountConfig } from '../../../../lib/caller-id/types';
import demo from '../../../../lib/demo/account.json';
import enOptions from '../../../../lib/i18n/messages/en/options.json';
import esOptions from '../../../../lib/i18n/messages/es/options.json';
import ptOptions from '../../../../lib/i18n/messages/pt-BR/options.json';
import { createTranslator } from '../../../../lib/i18n/translator';
import { addNumber, updateAgent, updateNumber } from '../../../../lib/ui/draft';
import {
  editorProblems,
  isEmail,
  namePatch,
  numberPatch,
  removeGroupQuestion,
  ringGroupUse,
} from '../../../../lib/ui/table-rules';

function config(): AccountConfig {
  const parsed = parseAccountConfig(demo);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
}

describe('numberPatch: a typed number becomes E.164 when the field is left', () => {
  it.each([
    { text: '(213) 555-0142', final: true, want: { number: '+12135550142', tollFree: false } },
    { text: '800 555 0123', final: true, want: { number: '+18005550123', tollFree: true } },
    { text: '+44 20 7946 0958', final: true, want: { number: '+442079460958', tollFree: false } },
    { text: '(213) 555-0142', final: false, want: { number: '(213) 555-0142' } },
    { text: '+1213555', final: true, want: { number: '+1213555' } },
    { text: '+14155550100', final: true, want: { number: '+14155550100' } },
  ])('$text (left: $final)', ({ text, final, want }) => {
    expect(numberPatch({ number: '+14155550100' }, text, 'US', final)).toEqual(want);
  });
});

describe('namePatch: new rows take ids from names, saved rows keep theirs', () => {
  it.each([
    { saved: true, name: 'Anything', want: {} },
    { saved: false, name: 'Zoë Park', want: { id: 'zoe-park' } },
    { saved: false, name: 'Maria Chen', want: { id: 'maria-chen-1' } },
    { saved: false, name: '', want: { id: 'agent-1' } },
  ])('$name (saved: $saved)', ({ saved, name, want }) => {
    let d = config();
    d = { ...d, agents: [...d.agents, { id: 'agent-9', name: '', email: '', ringGroups: [] }] };
    const i = d.agents.length - 1;
    const taken = d.agents.some((a) => a.id === 'maria-chen')
      ? d
      : updateAgent(d, 0, { id: 'maria-chen' });
    expect(namePatch(taken, 'agents', i, name, new Set(saved ? ['agent-9'] : []))).toEqual(want);
  });
});

describe('editorProblems: what the options page refuses on top of validation', () => {
  it('a number listed twice, in any writing, is refused at the second row', () => {
    let d = addNumber(config());
    const first = d.numbers[0]!;
    d = updateNumber(d, d.numbers.length - 1, { number: first.number.replace('+1', '') });
    const problems = editorProblems(d);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^numbers\\[${d.numbers.length - 1}\\]\\.number: `));
    expect(problems[0]).toContain(first.label);
  });

  it.each([
    { email: '', ok: true },
    { email: 'ana@acme.example', ok: true },
    { email: 'ana.silva+calls@sub.acme.co', ok: true },
    { email: 'ana', ok: false },
    { email: 'ana@acme', ok: false },
    { email: 'ana @acme.example', ok: false },
    { email: '@acme.example', ok: false },
  ])('email $email: accepted $ok', ({ email, ok }) => {
    const d = updateAgent(config(), 0, { email });
    expect(editorProblems(d).length === 0).toBe(ok);
    if (email) expect(isEmail(email)).toBe(ok);
  });

  it('the demo account has none', () => {
    expect(editorProblems(config())).toEqual([]);
  });
});

describe('removing a ring group in use asks, saying how many use it', () => {
  it('counts numbers and agents per ring group', () => {
    const d = config();
    const use = ringGroupUse(d);
    for (const g of d.ringGroups) {
      expect(use.get(g.id)).toEqual({
        numbers: d.numbers.filter((n) => n.ringGroups.includes(g.id)).length,
        agents: d.agents.filter((a) => a.ringGroups.includes(g.id)).length,
      });
    }
  });

  it.each([
    { use: { numbers: 0, agents: 0 }, want: null },
    {
      use: { numbers: 1, agents: 0 },
      want: 'Sales is used by 1 number. Removing it takes it off them all.',
    },
    {
      use: { numbers: 3, agents: 2 },
      want: 'Sales is used by 3 numbers and 2 agents. Removing it takes it off them all.',
    },
    {
      use: { numbers: 0, agents: 1 },
      want: 'Sales is used by 1 agent. Removing it takes it off them all.',
    },
  ])('$use', ({ use, want }) => {
    expect(removeGroupQuestion('Sales', use)).toBe(want);
  });
});

describe('the editor’s problems and questions in the page’s language', () => {
  const translator = (language: 'pt-BR' | 'es') =>
    createTranslator(language, language === 'es' ? esOptions : ptOptions, enOptions);

  it.each([
    {
      language: 'pt-BR',
      use: { numbers: 1, agents: 0 },
      want: 'Vendas é usado por 1 número. Removê-lo o retira de todos eles.',
    },
    {
      language: 'pt-BR',
      use: { numbers: 3, agents: 2 },
      want: 'Vendas é usado por 3 números e 2 agentes. Removê-lo o retira de todos eles.',
    },
    {
      language: 'es',
      use: { numbers: 0, agents: 1 },
      want: 'Vendas está asignado a 1 agente. Al quitarlo, se retira de todos ellos.',
    },
    {
      language: 'es',
      use: { numbers: 12000, agents: 0 },
      want: 'Vendas está asignado a 12.000 números. Al quitarlo, se retira de todos ellos.',
    },
  ] as const)('$language $use', ({ language, use, want }) => {
    expect(removeGroupQuestion('Vendas', use, translator(language))).toBe(want);
  });

  it('keeps the path and writes the message in the language', () => {
    const d = config();
    d.numbers.push({ ...d.numbers[0]!, id: 'twin', label: 'Gêmeo' });
    d.agents[0] = { ...d.agents[0]!, email: 'not-an-email' };
    const problems = editorProblems(d, undefined, translator('pt-BR'));
    expect(problems).toEqual([
      expect.stringMatching(/^numbers\[\d+\]\.number: \+\d+ já está na lista como .+; uma conta/),
      'agents[0].email: "not-an-email" não é um endereço de e-mail (nome@example.com); corrija ou deixe em branco',
    ]);
  });
});
