// @vitest-environment happy-dom
/**
 * The softphone's side-panel components: the SIP status region with the password form, and the
 * call controls that send one softphoneControl per click and show only what the agent can do.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallControls } from '../../../../components/sidepanel/CallControls';
import { SipStatus } from '../../../../components/sidepanel/SipStatus';
import {
  checkSipDraft,
  SipProviderFields,
  type SipDraft,
} from '../../../../components/options/SipProviderFields';
import type { SoftphoneControlRequest } from '../../../../lib/messages';
import type { CallState, RegistrationState } from '../../../../lib/softphone/state';
import type { Language } from '../../../../lib/i18n/languages';
import { setLanguagePreference, t } from '../../../../utils/i18n';

afterEach(cleanup);

function status(
  registration: RegistrationState,
  onPassword = vi.fn(async () => ({ ok: true as const })),
  showMicrophone?: boolean,
) {
  render(
    <SipStatus
      registration={registration}
      now={10_000}
      onPassword={onPassword}
      onReconnect={vi.fn(async () => ({ ok: true as const }))}
      onMicrophone={vi.fn()}
      {...(showMicrophone !== undefined ? { showMicrophone } : {})}
    />,
  );
  return { region: screen.getByRole('region', { name: 'SIP status' }), onPassword };
}

describe('SIP status', () => {
  it.each<[RegistrationState, RegExp]>([
    [
      { state: 'registered', user: '1001@ringside.test', server: 'ws://x', since: 1 },
      /Registered as 1001@ringside\.test/,
    ],
    [{ state: 'connecting', user: '1001@ringside.test', server: 'ws://x' }, /Connecting/],
    [
      {
        state: 'reconnecting',
        user: 'u',
        server: 's',
        attempt: 3,
        retryAt: 14_200,
        detail: 'the connection was lost',
      },
      /Reconnecting: the connection was lost\. Next attempt in 5 s/,
    ],
    [
      { state: 'failed', user: 'u', server: 's', detail: '401: wrong password (or SIP user name)' },
      /Not registered: 401: wrong password/,
    ],
    [
      { state: 'off', detail: 'Calls are handed to the phone app.' },
      /Softphone off: Calls are handed/,
    ],
  ])('says %j', (registration, text) => {
    expect(status(registration).region.textContent).toMatch(text);
  });

  it('asks for the password when it is missing or wrong, and sends it once', async () => {
    const { region, onPassword } = status({
      state: 'off',
      detail: 'Enter your SIP password in the softphone to connect.',
    });
    const field = within(region).getByLabelText('SIP password');
    fireEvent.click(within(region).getByRole('button', { name: 'Connect' }));
    expect(await within(region).findByRole('alert')).toHaveProperty(
      'textContent',
      'Type your SIP password first.',
    );
    fireEvent.input(field, { target: { value: 's3cret' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(onPassword).toHaveBeenCalledWith('s3cret'));
    await waitFor(() => expect((field as HTMLInputElement).value).toBe(''));
  });

  it('offers "Allow microphone" unless told not to (in a call that has the microphone)', () => {
    const registered: RegistrationState = { state: 'registered', user: 'u', server: 's', since: 1 };
    const { region } = status(registered);
    expect(within(region).queryByRole('button', { name: 'Allow microphone' })).not.toBeNull();
    cleanup();
    const hidden = status(registered, undefined, false).region;
    expect(within(hidden).queryByRole('button', { name: 'Allow microphone' })).toBeNull();
  });

  it.each<[Language, RegistrationState, string]>([
    [
      'pt-BR',
      { state: 'off', detail: 'Digite sua senha SIP no softphone para conectar.' },
      'Senha SIP',
    ],
    [
      'es',
      {
        state: 'failed',
        user: 'u',
        server: 's',
        detail: '401: contraseña (o usuario SIP) incorrecta',
      },
      'Contraseña SIP',
    ],
  ])(
    'asks for the password in %s too (the detail is in that language)',
    (language, registration, label) => {
      setLanguagePreference(language);
      try {
        const detail = 'detail' in registration ? registration.detail : '';
        const key =
          registration.state === 'off'
            ? 'softphone.state.needPassword'
            : 'softphone.register.wrongPassword';
        // The test's details are the catalog's own sentences.
        expect(detail).toBe(t(key, { code: '401' }));
        render(
          <SipStatus
            registration={registration}
            now={10_000}
            onPassword={vi.fn(async () => ({ ok: true as const }))}
            onReconnect={vi.fn(async () => ({ ok: true as const }))}
            onMicrophone={vi.fn()}
          />,
        );
        expect(screen.getByLabelText(label)).not.toBeNull();
      } finally {
        setLanguagePreference('auto');
      }
    },
  );

  it('shows no password field once registered', () => {
    const { region } = status({ state: 'registered', user: 'u', server: 's', since: 1 });
    expect(within(region).queryByLabelText('SIP password')).toBeNull();
  });
});

const CALL: CallState = {
  id: 'c1',
  direction: 'outbound',
  phase: 'in-call',
  remote: '+14155551234',
  from: '+14155550100',
  startedAt: 0,
  answeredAt: 1000,
  muted: false,
  held: false,
  dtmf: '',
};

function controls(call: CallState) {
  const onControl = vi.fn(async (_req: SoftphoneControlRequest) => ({ ok: true as const }));
  render(<CallControls call={call} now={66_000} onControl={onControl} />);
  return { region: screen.getByRole('region', { name: 'Call state' }), onControl };
}

const buttons = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('button')
    .map((b) => b.textContent)
    .filter((t) => t && !/^\d|^[*#]/.test(t));

describe('call controls', () => {
  it.each<[Partial<CallState>, string[], RegExp]>([
    [{ phase: 'connecting', answeredAt: undefined }, ['Hang up'], /Connecting/],
    [{ phase: 'ringing', answeredAt: undefined }, ['Hang up'], /Ringing/],
    [
      { phase: 'incoming', direction: 'inbound', answeredAt: undefined },
      ['Answer', 'Decline'],
      /Incoming call/,
    ],
    [{}, ['Hang up', 'Mute', 'Hold', 'Keypad'], /In call · 1:05/],
    [
      { held: true, muted: true },
      ['Hang up', 'Unmute', 'Resume', 'Keypad'],
      /On hold · 1:05 · muted/,
    ],
    [
      { phase: 'ended', endedAt: 31_000, cause: 'The other side hung up.', outcome: 'answered' },
      ['Dismiss'],
      /Call ended after 0:30: The other side hung up\./,
    ],
  ])('%j offers %j', (patch, expected, text) => {
    const { region } = controls({ ...CALL, ...patch });
    expect(buttons(region)).toEqual(expected);
    expect(region.textContent).toMatch(text);
  });

  it('sends each control, and keys from the call keypad as DTMF', async () => {
    const { region, onControl } = controls(CALL);
    fireEvent.click(within(region).getByRole('button', { name: 'Mute' }));
    fireEvent.click(within(region).getByRole('button', { name: 'Hold' }));
    fireEvent.click(within(region).getByRole('button', { name: '#' }));
    fireEvent.click(within(region).getByRole('button', { name: 'Hang up' }));
    expect(onControl.mock.calls.map((c) => c[0])).toEqual([
      { action: 'mute' },
      { action: 'hold' },
      { action: 'dtmf', tone: '#' },
      { action: 'hangup' },
    ]);
  });

  it('opens the call keypad with the call; Keypad hides and shows it again', () => {
    const { region } = controls(CALL);
    const keypad = () => within(region).queryByRole('group', { name: 'Call keypad' });
    const toggle = within(region).getByRole('button', { name: 'Keypad' });
    expect(keypad()).not.toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    // DTMF has no "+": the call keypad's 0 is just 0.
    expect(within(keypad()!).getByRole('button', { name: '0' })).toBeTruthy();
    fireEvent.click(toggle);
    expect(keypad()).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(keypad()).not.toBeNull();
  });

  it('has no call keypad before the call is answered', () => {
    const { region } = controls({ ...CALL, phase: 'ringing', answeredAt: undefined });
    expect(within(region).queryByRole('group', { name: 'Call keypad' })).toBeNull();
  });

  it('shows a refused control’s reason', async () => {
    const onControl = vi.fn(async () => ({
      ok: false as const,
      error: 'There is no call in progress.',
    }));
    render(<CallControls call={CALL} now={2000} onControl={onControl} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hang up' }));
    expect((await screen.findByRole('alert')).textContent).toBe('There is no call in progress.');
  });
});

describe('softphone settings fields (options)', () => {
  const draft: SipDraft = {
    wsUrl: '',
    domain: '',
    ice: '',
    displayName: 'label',
    assertIdentity: false,
  };

  it('names every bad field, and gives settings only when all are good', () => {
    expect(
      checkSipDraft({ ...draft, wsUrl: 'ws://pbx.example.com', domain: 'sip:x', ice: 'http://x' }),
    ).toMatchObject({
      problems: {
        wsUrl: [expect.stringMatching(/only allowed for localhost/)],
        domain: [expect.stringMatching(/not a SIP domain/)],
        ice: [expect.stringMatching(/^Line 1: /)],
      },
      settings: null,
    });
    expect(
      checkSipDraft({
        ...draft,
        wsUrl: ' wss://pbx.example.com/ws ',
        domain: 'pbx.example.com',
        displayName: 'none',
        assertIdentity: true,
      }).settings,
    ).toEqual({
      kind: 'sip',
      wsUrl: 'wss://pbx.example.com/ws',
      domain: 'pbx.example.com',
      iceServers: [],
      displayName: 'none',
      assertIdentity: true,
    });
  });

  it('says CNAM is set with the carrier, and edits the draft', () => {
    const onDraft = vi.fn();
    render(<SipProviderFields draft={draft} onDraft={onDraft} disabled={false} showAll />);
    expect(document.body.textContent).toMatch(
      /\(CNAM\) is registered with your carrier, not set here/,
    );
    expect(
      screen
        .getByRole('textbox', { name: 'SIP server WebSocket URL' })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    fireEvent.click(screen.getByRole('radio', { name: 'The account’s name' }));
    expect(onDraft).toHaveBeenLastCalledWith({ ...draft, displayName: 'account' });
    fireEvent.click(screen.getByRole('checkbox', { name: /P-Asserted-Identity/ }));
    expect(onDraft).toHaveBeenLastCalledWith({ ...draft, assertIdentity: true });
  });
});
