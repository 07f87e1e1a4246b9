import { describe, expect, it } from 'vitest';
import {
  CAUSES,
  outcomeLabel,
  registrationFailure,
  summarizeEnd,
  type EndFacts,
} from '../../../../lib/softphone/causes';
import { libTranslator } from '../../../../lib/i18n/lib-translators';

const out = (f: Partial<EndFacts>): EndFacts => ({
  direction: 'outbound',
  answered: false,
  originator: 'remote',
  cause: CAUSES.BYE,
  ...f,
});

describe('summarizeEnd: the call log outcome and the words', () => {
  it.each<[Partial<EndFacts>, string, RegExp]>([
    [
      { cause: CAUSES.BUSY, statusCode: 486, reasonPhrase: 'Busy Here' },
      'busy',
      /^The line is busy \(486 Busy Here\)\.$/,
    ],
    [{ cause: CAUSES.NO_ANSWER, originator: 'local' }, 'no-answer', /^No answer\.$/],
    [{ cause: CAUSES.UNAVAILABLE, statusCode: 480 }, 'no-answer', /unavailable \(480\)/],
    [
      { cause: CAUSES.REJECTED, statusCode: 603, reasonPhrase: 'Decline' },
      'declined',
      /declined \(603 Decline\)/,
    ],
    [
      { cause: CAUSES.NOT_FOUND, statusCode: 404, reasonPhrase: 'Not Found' },
      'failed',
      /does not know this number \(404/,
    ],
    [{ cause: CAUSES.CANCELED, originator: 'local' }, 'no-answer', /You hung up before/],
    [{ cause: CAUSES.USER_DENIED_MEDIA_ACCESS, originator: 'local' }, 'failed', /microphone/],
    [
      { cause: CAUSES.CONNECTION_ERROR, originator: 'system' },
      'failed',
      /could not reach the SIP server/,
    ],
    [{ cause: CAUSES.REQUEST_TIMEOUT, originator: 'system' }, 'failed', /did not answer in time/],
    [{ cause: CAUSES.AUTHENTICATION_ERROR, statusCode: 407 }, 'failed', /credentials/],
    [{ cause: 'Something new', statusCode: 599 }, 'failed', /Something new \(599\)/],
  ])('outbound, unanswered: %j → %s', (facts, outcome, words) => {
    const summary = summarizeEnd(out(facts));
    expect(summary.outcome).toBe(outcome);
    expect(summary.cause).toMatch(words);
  });

  it.each<[Partial<EndFacts>, RegExp]>([
    [{ cause: CAUSES.BYE, originator: 'local' }, /^You hung up\.$/],
    [{ cause: CAUSES.BYE, originator: 'remote' }, /^The other side hung up\.$/],
    [{ cause: CAUSES.MEDIA_FAILED, originator: 'system' }, /audio connection failed/],
    [{ cause: CAUSES.SERVER_LOST, originator: 'system' }, /connection to the SIP server was lost/],
    [{ cause: CAUSES.RTP_TIMEOUT, originator: 'system' }, /No audio arrived/],
  ])('answered calls are "answered" whatever ended them: %j', (facts, words) => {
    const summary = summarizeEnd(out({ ...facts, answered: true }));
    expect(summary.outcome).toBe('answered');
    expect(summary.cause).toMatch(words);
  });

  it.each<[Partial<EndFacts>, string, RegExp]>([
    [
      { cause: CAUSES.CANCELED, originator: 'remote' },
      'missed',
      /caller hung up before you answered/,
    ],
    [{ cause: CAUSES.REJECTED, originator: 'local' }, 'declined', /You declined/],
    [{ cause: CAUSES.NO_ANSWER, originator: 'system' }, 'missed', /Nobody answered/],
  ])('inbound, unanswered: %j → %s', (facts, outcome, words) => {
    const summary = summarizeEnd(out({ ...facts, direction: 'inbound' }));
    expect(summary.outcome).toBe(outcome);
    expect(summary.cause).toMatch(words);
  });
});

describe('registrationFailure', () => {
  it.each([
    [
      CAUSES.AUTHENTICATION_ERROR,
      401,
      'Unauthorized',
      '401: wrong password (or SIP user name)',
      true,
    ],
    [
      CAUSES.AUTHENTICATION_ERROR,
      407,
      'Proxy Authentication Required',
      '407: wrong password (or SIP user name)',
      true,
    ],
    [
      CAUSES.REJECTED,
      403,
      'Forbidden',
      '403: the SIP server forbids this user to register (Forbidden)',
      true,
    ],
    [CAUSES.NOT_FOUND, 404, 'Not Found', '404: the SIP server does not know this user', true],
    [CAUSES.CONNECTION_ERROR, undefined, undefined, 'could not reach the SIP server', false],
    [CAUSES.REQUEST_TIMEOUT, undefined, undefined, 'the SIP server did not answer in time', false],
    [CAUSES.SIP_FAILURE_CODE, 503, 'Service Unavailable', '503: Service Unavailable', false],
    [CAUSES.SIP_FAILURE_CODE, 423, 'Interval Too Brief', '423: Interval Too Brief', true],
  ] as const)('%s %s → %j (permanent %s)', (cause, status, phrase, detail, permanent) => {
    expect(registrationFailure(cause, status, phrase)).toEqual({ detail, permanent });
  });
});

it('labels every outcome', () => {
  for (const o of [
    'placed',
    'failed',
    'refused',
    'answered',
    'no-answer',
    'busy',
    'declined',
    'missed',
  ] as const)
    expect(outcomeLabel(o)).toMatch(/^[A-Z]/);
});

describe('the agent hears how a call ended in their language', () => {
  const pt = libTranslator('pt-BR');
  const es = libTranslator('es');
  it.each<[Partial<EndFacts>, string, string]>([
    [{ answered: true, originator: 'local' }, 'Você desligou.', 'Usted colgó.'],
    [
      { cause: CAUSES.BUSY, statusCode: 486, reasonPhrase: 'Busy Here' },
      'A linha está ocupada (486 Busy Here).',
      'La línea está ocupada (486 Busy Here).',
    ],
    [
      { direction: 'inbound', cause: CAUSES.CANCELED, originator: 'remote' },
      'Quem ligou desligou antes de você atender.',
      'Quien llamaba colgó antes de que usted contestara.',
    ],
    [
      { cause: 'Something New', statusCode: 599 },
      'A chamada falhou: Something New (599).',
      'La llamada falló: Something New (599).',
    ],
  ])('%o', (facts, inPt, inEs) => {
    const english = summarizeEnd(out(facts));
    expect(summarizeEnd(out(facts), pt)).toEqual({ outcome: english.outcome, cause: inPt });
    expect(summarizeEnd(out(facts), es)).toEqual({ outcome: english.outcome, cause: inEs });
  });

  it.each<[string, number | undefined, string | undefined, string, string]>([
    [
      CAUSES.AUTHENTICATION_ERROR,
      407,
      undefined,
      '407: senha (ou usuário SIP) incorreta',
      '407: contraseña (o usuario SIP) incorrecta',
    ],
    [
      CAUSES.SIP_FAILURE_CODE,
      403,
      'Nope',
      '403: o servidor SIP não permite que este usuário se registre (Nope)',
      '403: el servidor SIP no permite que este usuario se registre (Nope)',
    ],
    [
      CAUSES.CONNECTION_ERROR,
      undefined,
      undefined,
      'não foi possível acessar o servidor SIP',
      'no se pudo conectar con el servidor SIP',
    ],
  ])('registration %s %s', (cause, code, phrase, inPt, inEs) => {
    const english = registrationFailure(cause, code, phrase);
    expect(registrationFailure(cause, code, phrase, pt)).toEqual({ ...english, detail: inPt });
    expect(registrationFailure(cause, code, phrase, es)).toEqual({ ...english, detail: inEs });
  });

  it('labels outcomes', () => {
    expect(outcomeLabel('refused')).toBe('Not placed');
    expect(outcomeLabel('refused', pt)).toBe('Não realizada');
    expect(outcomeLabel('missed', es)).toBe('Perdida');
  });
});
