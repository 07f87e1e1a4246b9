import { describe, expect, it } from 'vitest';
import { readingNote } from '../../../../lib/ui/reading-note';
import { createTranslator } from '../../../../lib/i18n';
import es from '../../../../lib/i18n/messages/es/card.json';
import ptBR from '../../../../lib/i18n/messages/pt-BR/card.json';

const US = { region: 'US' as const };

describe('readingNote', () => {
  it.each([
    ['row', 'Read as Brazil, from this row'],
    ['label', "Read as Brazil, from the record's Country field"],
    ['record', 'Read as Brazil, from this record'],
    ['address', 'Read as Brazil, from the address'],
    ['selector', 'Read as Brazil, from the country selector'],
    ['numbers', "Read as Brazil, from the record's other numbers"],
  ] as const)('names the evidence (%s)', (evidence, text) => {
    expect(
      readingNote({ region: 'BR', regionSource: 'context', regionEvidence: evidence }, US, false),
    ).toEqual({ text, switchLabel: 'Read as United States instead' });
  });

  it('says the other way round once the agent switched', () => {
    expect(
      readingNote({ region: 'BR', regionSource: 'context', regionEvidence: 'row' }, US, true),
    ).toEqual({
      text: "Read as United States, the account's country",
      switchLabel: 'Read as Brazil instead',
    });
  });

  it('explains a North American number on another country’s page', () => {
    expect(
      readingNote({ region: 'US', regionSource: 'international' }, { region: 'DE' }, false),
    ).toEqual({
      text: 'Read as United States, written with its country code',
      switchLabel: 'Read as Germany instead',
    });
  });

  it('says nothing where there is no other reading', () => {
    expect(readingNote({ region: 'BR', regionSource: 'context' }, null, false)).toBeNull();
  });

  it.each([
    [
      createTranslator('pt-BR', ptBR),
      'Lido como Brasil, por esta linha',
      'Ler como Estados Unidos',
      'Lido como Estados Unidos, o país da conta',
    ],
    [
      createTranslator('es', es),
      'Leído como Brasil, según esta fila',
      'Leer como Estados Unidos',
      'Leído como Estados Unidos, el país de la cuenta',
    ],
  ])('words it and names countries in the agent’s language (%#)', (tr, text, sw, switched) => {
    const match = { region: 'BR', regionSource: 'context', regionEvidence: 'row' } as const;
    expect(readingNote(match, US, false, tr)).toEqual({ text, switchLabel: sw });
    expect(readingNote(match, US, true, tr)?.text).toBe(switched);
  });
});
