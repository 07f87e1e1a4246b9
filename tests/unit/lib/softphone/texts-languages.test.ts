/**
 * The softphone's texts written in lib/ (the microphone page's explanations, "not available in
 * Firefox", the options page's SIP and ICE checks) in each language: the English ones are the
 * sentences the product always showed, and pt-BR and es are whole sentences of their own.
 */
import { describe, expect, it } from 'vitest';
import { libTranslator } from '../../../../lib/i18n/lib-translators';
import { microphoneProblem } from '../../../../lib/softphone/microphone';
import {
  iceUrlProblem,
  parseIceServers,
  sipDomainProblem,
  wsUrlProblem,
} from '../../../../lib/softphone/settings';
import { INITIAL_STATE, initialState } from '../../../../lib/softphone/state';
import { SOFTPHONE_NOT_ON_FIREFOX, softphoneUnavailable } from '../../../../lib/softphone/support';

const pt = libTranslator('pt-BR');
const es = libTranslator('es');

describe('microphoneProblem in each language', () => {
  it.each<[string, 'chrome' | 'firefox', string, string, string]>([
    [
      'NotAllowedError',
      'chrome',
      'The microphone is blocked for Ringside. Click the camera-and-microphone icon in the address bar (or open chrome://settings/content/microphone), allow it for Ringside, then try again.',
      'O microfone está bloqueado para o Ringside. Clique no ícone de câmera e microfone na barra de endereço (ou abra chrome://settings/content/microphone), permita para o Ringside e tente de novo.',
      'El micrófono está bloqueado para Ringside. Haga clic en el ícono de cámara y micrófono de la barra de direcciones (o abra chrome://settings/content/microphone), permítalo para Ringside y vuelva a intentarlo.',
    ],
    [
      'SecurityError',
      'firefox',
      'The microphone is blocked for Ringside. Allow it in the permissions of this page (the icon left of the address), then try again.',
      'O microfone está bloqueado para o Ringside. Permita nas permissões desta página (o ícone à esquerda do endereço) e tente de novo.',
      'El micrófono está bloqueado para Ringside. Permítalo en los permisos de esta página (el ícono a la izquierda de la dirección) y vuelva a intentarlo.',
    ],
    [
      'NotFoundError',
      'chrome',
      'No microphone was found. Connect a headset or microphone, then try again.',
      'Nenhum microfone foi encontrado. Conecte um headset ou microfone e tente de novo.',
      'No se encontró ningún micrófono. Conecte unos auriculares con micrófono o un micrófono y vuelva a intentarlo.',
    ],
    [
      'NotReadableError',
      'chrome',
      'The microphone is in use by another application or could not be started. Close the other application, then try again.',
      'O microfone está em uso por outro aplicativo ou não pôde ser iniciado. Feche o outro aplicativo e tente de novo.',
      'El micrófono está en uso por otra aplicación o no se pudo iniciar. Cierre la otra aplicación y vuelva a intentarlo.',
    ],
    [
      // An error name Ringside does not know is quoted as the browser gave it.
      'TypeError',
      'chrome',
      'The microphone could not be used (TypeError). Try again, or check the browser’s microphone settings.',
      'Não foi possível usar o microfone (TypeError). Tente de novo ou verifique as configurações de microfone do navegador.',
      'No se pudo usar el micrófono (TypeError). Vuelva a intentarlo o revise la configuración de micrófono del navegador.',
    ],
  ])('%s on %s', (name, browser, en, inPt, inEs) => {
    expect(microphoneProblem(name, browser)).toBe(en);
    expect(microphoneProblem(name, browser, pt)).toBe(inPt);
    expect(microphoneProblem(name, browser, es)).toBe(inEs);
  });

  it('says nothing when nothing went wrong, in any language', () => {
    expect(microphoneProblem(null, 'chrome', pt)).toBeNull();
    expect(microphoneProblem(null, 'firefox', es)).toBeNull();
  });
});

describe('softphoneUnavailable in each language', () => {
  it('English by default, the same sentence as SOFTPHONE_NOT_ON_FIREFOX', () => {
    expect(softphoneUnavailable('firefox')).toBe(SOFTPHONE_NOT_ON_FIREFOX);
    expect(SOFTPHONE_NOT_ON_FIREFOX).toBe(
      'The softphone is not available in Firefox: it needs offscreen documents, which Firefox does not have. Choose the webhook or the phone app on this computer as the call provider in Ringside’s options, or use Chrome or Edge for the softphone.',
    );
  });

  it.each([
    [
      pt,
      'O softphone não está disponível no Firefox: ele precisa de documentos offscreen, que o Firefox não tem. Escolha o webhook ou o aplicativo de telefone deste computador como provedor de chamadas nas opções do Ringside, ou use o Chrome ou o Edge para o softphone.',
    ],
    [
      es,
      'El softphone no está disponible en Firefox: necesita documentos offscreen, que Firefox no tiene. Elija el webhook o la aplicación de teléfono de este equipo como proveedor de llamadas en las opciones de Ringside, o use Chrome o Edge para el softphone.',
    ],
  ])('%#: Firefox in another language, nothing on Chrome', (tr, text) => {
    expect(softphoneUnavailable('firefox', tr)).toBe(text);
    expect(softphoneUnavailable('chrome', tr)).toBeNull();
  });
});

describe('the SIP settings checks in each language', () => {
  it.each<[string, (tr?: typeof pt) => string | null, string, string, string]>([
    [
      'a WebSocket URL that is not a URL',
      (tr) => wsUrlProblem('pbx example', tr),
      '"pbx example" is not a URL',
      '"pbx example" não é uma URL',
      '"pbx example" no es una URL',
    ],
    [
      'ws:// to another machine',
      (tr) => wsUrlProblem('ws://pbx.example.com/ws', tr),
      '"ws://pbx.example.com/ws" uses ws://, which is only allowed for localhost and 127.0.0.1; use wss://',
      '"ws://pbx.example.com/ws" usa ws://, que só é permitido para localhost e 127.0.0.1; use wss://',
      '"ws://pbx.example.com/ws" usa ws://, que solo se permite para localhost y 127.0.0.1; use wss://',
    ],
    [
      'an https:// URL for the WebSocket',
      (tr) => wsUrlProblem('https://pbx.example.com/ws', tr),
      '"https://pbx.example.com/ws" must be a wss:// URL (SIP over secure WebSocket)',
      '"https://pbx.example.com/ws" precisa ser uma URL wss:// (SIP sobre WebSocket seguro)',
      '"https://pbx.example.com/ws" debe ser una URL wss:// (SIP sobre WebSocket seguro)',
    ],
    [
      'no SIP domain',
      (tr) => sipDomainProblem('', tr),
      'Enter the SIP domain (the part after "@" in your SIP address).',
      'Informe o domínio SIP (a parte depois de "@" no seu endereço SIP).',
      'Escriba el dominio SIP (la parte después de "@" en su dirección SIP).',
    ],
    [
      'a SIP domain with a scheme',
      (tr) => sipDomainProblem('sip:pbx.example.com', tr),
      '"sip:pbx.example.com" is not a SIP domain (expected a host name such as pbx.example.com)',
      '"sip:pbx.example.com" não é um domínio SIP (era esperado um nome de host como pbx.example.com)',
      '"sip:pbx.example.com" no es un dominio SIP (se esperaba un nombre de host como pbx.example.com)',
    ],
    [
      'an ICE URL that is not STUN or TURN',
      (tr) => iceUrlProblem('https://stun.example.com', tr),
      '"https://stun.example.com" is not a STUN or TURN URL (stun:host:port, turn:host:port or turns:host:port)',
      '"https://stun.example.com" não é uma URL STUN ou TURN (stun:host:porta, turn:host:porta ou turns:host:porta)',
      '"https://stun.example.com" no es una URL STUN o TURN (stun:host:puerto, turn:host:puerto o turns:host:puerto)',
    ],
  ])('%s', (_, check, en, inPt, inEs) => {
    expect(check()).toBe(en);
    expect(check(pt)).toBe(inPt);
    expect(check(es)).toBe(inEs);
  });

  it('numbers the bad lines of the ICE servers field in each language', () => {
    const field = 'stun:stun.example.com:3478\nhttp://x\nturn:turn.example.com alice';
    expect(parseIceServers(field)).toEqual({
      ok: false,
      problems: [
        'Line 2: "http://x" is not a STUN or TURN URL (stun:host:port, turn:host:port or turns:host:port)',
        'Line 3: write "url", or "url username credential" for a TURN server',
      ],
    });
    expect(parseIceServers(field, pt)).toEqual({
      ok: false,
      problems: [
        'Linha 2: "http://x" não é uma URL STUN ou TURN (stun:host:porta, turn:host:porta ou turns:host:porta)',
        'Linha 3: escreva "url", ou "url usuário credencial" para um servidor TURN',
      ],
    });
    expect(parseIceServers(field, es)).toEqual({
      ok: false,
      problems: [
        'Línea 2: "http://x" no es una URL STUN o TURN (stun:host:puerto, turn:host:puerto o turns:host:puerto)',
        'Línea 3: escriba "url", o "url usuario credencial" para un servidor TURN',
      ],
    });
  });

  it('accepts the same settings in every language', () => {
    for (const tr of [undefined, pt, es]) {
      expect(wsUrlProblem('wss://pbx.example.com/ws', tr)).toBeNull();
      expect(sipDomainProblem('pbx.example.com', tr)).toBeNull();
      expect(parseIceServers('turn:turn.example.com alice s3cret', tr)).toEqual({
        ok: true,
        servers: [{ urls: 'turn:turn.example.com', username: 'alice', credential: 's3cret' }],
      });
    }
  });
});

describe('the softphone state before it has started, in each language', () => {
  it.each([
    [undefined, 'The softphone has not started yet.'],
    [pt, 'O softphone ainda não foi iniciado.'],
    [es, 'El softphone todavía no se ha iniciado.'],
  ])('%#', (tr, detail) => {
    expect(initialState(tr).registration).toEqual({ state: 'off', detail });
  });

  it('INITIAL_STATE stays the English one', () => {
    expect(INITIAL_STATE).toEqual(initialState());
  });
});
