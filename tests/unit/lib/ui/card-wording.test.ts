import { dialRateMessage } from '../../../../lib/calls/rate-limit-message';
import { describe, expect, it } from 'vitest';
import type { AccountNumber, CallerIdSelection } from '../../../../lib/caller-id/types';
import { createTranslator, type Translator } from '../../../../lib/i18n';
import es from '../../../../lib/i18n/messages/es/card.json';
import ptBR from '../../../../lib/i18n/messages/pt-BR/card.json';
import { PAGE_DIAL_RATE, checkDialRate } from '../../../../lib/calls/rate-limit';
import {
  cardNote,
  describeCardFailure,
  describeRateLimit,
  describeRefusedPress,
  cardNumberText,
  describeDial,
  describePreview,
  PICK_AGENT_HINT,
  type CardNumber,
} from '../../../../lib/ui/card-wording';
import { accountNumber } from '../caller-id/fixtures';

const SF = accountNumber('us-sf', '+14155550100', 'San Francisco HQ', { ringGroups: ['sales'] });
const selection = (number: AccountNumber | null, reason: string): CallerIdSelection => ({
  number,
  rule: number ? 'area-code' : 'none',
  reason,
});

describe('the card’s words', () => {
  it('never claims a caller ID for a tel: hand-off', () => {
    const preview = describePreview({
      ok: true,
      e164: '+14155550187',
      selection: selection(SF, 'Same area code.'),
      toDisplay: '+1 415 555 0187',
      fromDisplay: '+1 415 555 0100',
      provider: 'tel',
    });
    expect(preview.from).toBe('Your phone app decides the number shown');
    expect(preview.why).toMatch(/cannot carry a caller ID/);
    const dialled = describeDial({
      ok: true,
      callId: 1,
      selection: selection(SF, 'Same area code.'),
      toDisplay: '+1 415 555 0187',
      fromDisplay: '+1 415 555 0100',
      provider: 'tel',
    });
    expect(dialled.text).toBe(
      'Handed to your phone app, which decides the number shown to the callee',
    );
    expect(dialled.text).not.toMatch(/from|Placed/i);
  });

  it('says which number a call would use and why', () => {
    expect(
      describePreview({
        ok: true,
        e164: '+14155550187',
        selection: selection(SF, 'Same area code (415) as the number you are calling.'),
        toDisplay: '+1 415 555 0187',
        fromDisplay: '+1 415 555 0100',
      }),
    ).toEqual({
      // The background's formatting, as in the popup and side panel.
      from: 'Call from +1 415 555 0100 · San Francisco HQ',
      why: 'Same area code (415) as the number you are calling.',
      // Its parts, so the card can show the label in its own bidi isolate.
      fromNumber: '+1 415 555 0100',
      fromLabel: 'San Francisco HQ',
      fromParts: [
        { text: 'Call from ' },
        { text: '+1 415 555 0100', isolate: 'number' },
        { text: ' · ' },
        { text: 'San Francisco HQ', isolate: 'label' },
      ],
    });
    expect(
      describePreview({
        ok: true,
        e164: '+1',
        selection: selection(null, 'The account has no number to call from.'),
        toDisplay: '+1',
        fromDisplay: '',
      }),
    ).toEqual({
      from: 'No number to call from',
      why: 'The account has no number to call from.',
      error: true,
    });
    expect(describePreview({ ok: false, error: 'Pick who you are first.' })).toEqual({
      from: 'Pick who you are first.',
      why: '',
      error: true,
    });
  });

  it('says where to pick yourself when the agent has not said who they are', () => {
    const preview = describePreview({
      ok: false,
      error: 'Pick who you are from the agents of account "Acme" before placing calls.',
      needsAgent: true,
    });
    expect(preview).toEqual({
      from: 'Pick who you are from the agents of account "Acme" before placing calls.',
      why: PICK_AGENT_HINT,
      error: true,
      needsAgent: true,
    });
    expect(PICK_AGENT_HINT).toMatch(/toolbar popup/);
    expect(PICK_AGENT_HINT).toMatch(/side panel/);
    // Any other refusal leaves the button to the background's answer.
    expect(describePreview({ ok: false, error: 'x' }).needsAgent).toBeUndefined();
  });

  it('reports a call', () => {
    expect(
      describeDial({
        ok: true,
        callId: 1,
        selection: selection(SF, 'x'),
        toDisplay: '+44 20 7946 0123',
        fromDisplay: '+1 415 555 0100',
      }),
    ).toEqual({
      text: 'Calling from +1 415 555 0100',
      kind: 'info',
    });
    expect(describeDial({ ok: false, error: 'The webhook did not answer.' })).toEqual({
      text: 'The webhook did not answer.',
      kind: 'error',
    });
  });

  const mark = (text: string, e164 = '+14155550134', ext?: string): CardNumber => ({
    e164,
    ...(ext ? { ext } : {}),
    text,
    source: 'link',
  });

  it.each<[CardNumber, string | undefined, string]>([
    // The page's text when it is the number; else the background's display, or E.164 before it.
    [mark('(415) 555-0134 ext. 204', '+14155550134', '204'), undefined, '(415) 555-0134 ext. 204'],
    [mark('(415) 555-0134', '+14155550134'), '+1 415 555 0134', '(415) 555-0134'],
    [mark('Call', '+14155550134', '204'), undefined, '+14155550134 ext. 204'],
    [mark('Call', '+14155550134', '204'), '+1 415 555 0134', '+1 415 555 0134 ext. 204'],
    [mark('Call Ana', '+442079460123'), undefined, '+442079460123'],
    [mark('Call Ana', '+442079460123'), '+44 20 7946 0123', '+44 20 7946 0123'],
    [mark(`${'x'.repeat(70)} 4155550134`), '+1 415 555 0134', '+1 415 555 0134'],
    // A link whose text names another number: never its text, always what a call dials.
    [mark('(415) 555-0100', '+19005550199'), undefined, '+19005550199'],
    [mark('(415) 555-0100', '+19005550199'), '+1 900 555 0199', '+1 900 555 0199'],
  ])('names the number: %#', (m, toDisplay, text) => {
    expect(cardNumberText(m, toDisplay)).toBe(text);
  });

  it('says when a link’s text names another number than it dials', () => {
    expect(cardNote(mark('(415) 555-0100', '+19005550199'))).toBe(
      "The link's text “(415) 555-0100” is not the number it dials: a call dials the number above.",
    );
    expect(cardNote(mark('(415) 555-0134', '+14155550134'))).toBeUndefined();
    expect(cardNote(mark('Call', '+19005550199'))).toBeUndefined();
    // What the page wrote is shown without its bidi controls, and cut when long.
    expect(cardNote(mark(`\u202E${'9'.repeat(80)}`, '+19005550199'))).toBe(
      `The link's text “${'9'.repeat(39)}…” is not the number it dials: a call dials the number above.`,
    );
  });

  describe('in the agent’s language', () => {
    const PT = createTranslator('pt-BR', ptBR);
    const ES = createTranslator('es', es);
    const preview = {
      ok: true as const,
      e164: '+14155550187',
      selection: selection(SF, 'Mesmo DDD.'),
      toDisplay: '+1 415 555 0187',
      fromDisplay: '+1 415 555 0100',
      localTime: '3:12',
    };

    it.each<[Translator, string, string, string]>([
      [
        PT,
        'Ligar de +1 415 555 0100 · San Francisco HQ',
        'Mesmo DDD. Horário local do destino: 3:12.',
        'Ligar de ',
      ],
      [
        ES,
        'Llamar desde +1 415 555 0100 · San Francisco HQ',
        'Mesmo DDD. Hora local del destino: 3:12.',
        'Llamar desde ',
      ],
    ])('words the preview (%#), numbers and labels as they are', (tr, from, why, lead) => {
      const card = describePreview(preview, tr);
      expect(card).toMatchObject({ from, why });
      expect(card.fromParts?.[0]).toEqual({ text: lead });
      expect(card.fromParts?.map((p) => p.text).join('')).toBe(from);
    });

    it('words the rate limit with plurals, and failures to reach Ringside', () => {
      const now = 100_000;
      const gap = checkDialRate([now - 2_000], now);
      const window = checkDialRate(
        Array.from({ length: PAGE_DIAL_RATE.maxInWindow }, (_, i) => now - 50_000 + i * 4_000),
        now,
      );
      if (gap.ok || window.ok) throw new Error('expected refusals');
      expect(describeRateLimit(gap)).toBe(
        'A call was just started from this page: wait 1 second before the next one.',
      );
      // The card says what the background's refusal says.
      expect(describeRateLimit(gap)).toBe(dialRateMessage(gap));
      expect(describeRateLimit(window)).toBe(dialRateMessage(window));
      expect(describeRateLimit(gap, PT)).toBe(
        'Uma ligação acabou de ser iniciada desta página: aguarde 1 segundo antes da próxima.',
      );
      expect(describeRateLimit(window, ES)).toMatch(
        /^Demasiadas llamadas .* espere \d+ segundos\.$/,
      );
      expect(describeCardFailure(new Error('Extension context invalidated.'), PT)).toMatch(
        /^O Ringside não está acessível/,
      );
      expect(describeCardFailure(new Error('boom'), ES)).toBe('Ringside no pudo responder: boom');
      expect(
        describeRefusedPress({ ok: false, reason: 'too-soon', detail: '', message: '' }, ES),
      ).toBe('La tarjeta acababa de aparecer: haga clic en Llamar otra vez para llamar.');
    });

    it('keeps the English sentences the card has always shown', () => {
      expect(cardNumberText(mark('Call', '+14155550134', '204'), undefined, PT)).toBe(
        '+14155550134 ramal 204',
      );
      expect(describeDial({ ok: true, provider: 'tel' } as never, ES).text).toMatch(/^Enviada/);
      expect(
        describeRefusedPress({ ok: false, reason: 'hidden', detail: '', message: '' }),
      ).toMatch(/^The page hid or covered this card/);
    });
  });
});
