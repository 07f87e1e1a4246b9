/**
 * The softphone's settings on the options page: the SIP server's WebSocket URL and domain, the
 * STUN/TURN servers, what the From display name says, and whether P-Asserted-Identity is sent.
 * The agent's password is not here: each agent types theirs in the side panel.
 */
import type { SipProviderSettings } from '../../lib/db/types';
import { parseIceServers, sipDomainProblem, wsUrlProblem } from '../../lib/softphone/settings';
import { FieldErrors, invalidProps } from './FieldErrors';

export interface SipDraft {
  wsUrl: string;
  domain: string;
  ice: string;
  displayName: SipProviderSettings['displayName'];
  assertIdentity: boolean;
}

/** Every problem of a draft by field, and the settings when there is none. */
export function checkSipDraft(draft: SipDraft): {
  problems: { wsUrl: string[]; domain: string[]; ice: string[] };
  settings: SipProviderSettings | null;
} {
  const wsUrl = draft.wsUrl.trim();
  const domain = draft.domain.trim();
  const ice = parseIceServers(draft.ice);
  const problems = {
    wsUrl: [
      wsUrl ? wsUrlProblem(wsUrl) : 'Enter the WebSocket URL of your SIP server (wss://…).',
    ].filter((p): p is string => p !== null),
    domain: [sipDomainProblem(domain)].filter((p): p is string => p !== null),
    ice: ice.ok ? [] : ice.problems,
  };
  const ok = !problems.wsUrl.length && !problems.domain.length && ice.ok;
  return {
    problems,
    settings: ok
      ? {
          kind: 'sip',
          wsUrl,
          domain,
          iceServers: ice.ok ? ice.servers : [],
          displayName: draft.displayName,
          assertIdentity: draft.assertIdentity,
        }
      : null,
  };
}

export interface SipProviderFieldsProps {
  draft: SipDraft;
  onDraft: (draft: SipDraft) => void;
  disabled: boolean;
  /** Show problems of empty fields too (after a save was tried). */
  showAll: boolean;
}

export function SipProviderFields({ draft, onDraft, disabled, showAll }: SipProviderFieldsProps) {
  const { problems } = checkSipDraft(draft);
  const shown = (field: 'wsUrl' | 'domain' | 'ice', value: string) =>
    showAll || value.trim() !== '' ? problems[field] : [];
  const set = (patch: Partial<SipDraft>) => onDraft({ ...draft, ...patch });
  return (
    <div class="form-grid sip-fields">
      <div class="field span-2">
        <label class="field-label" for="sip-ws-url">
          SIP server WebSocket URL
        </label>
        <input
          id="sip-ws-url"
          class="input"
          type="url"
          value={draft.wsUrl}
          disabled={disabled}
          placeholder="wss://pbx.example.com:8089/ws"
          {...invalidProps('sip-ws-url-err', shown('wsUrl', draft.wsUrl))}
          onInput={(e) => set({ wsUrl: e.currentTarget.value })}
        />
        <FieldErrors id="sip-ws-url-err" messages={shown('wsUrl', draft.wsUrl)} />
      </div>
      <div class="field">
        <label class="field-label" for="sip-domain">
          SIP domain
        </label>
        <input
          id="sip-domain"
          class="input"
          value={draft.domain}
          disabled={disabled}
          placeholder="pbx.example.com"
          {...invalidProps('sip-domain-err', shown('domain', draft.domain))}
          onInput={(e) => set({ domain: e.currentTarget.value })}
        />
        <FieldErrors id="sip-domain-err" messages={shown('domain', draft.domain)} />
      </div>
      <div class="field span-2">
        <label class="field-label" for="sip-ice">
          STUN and TURN servers (one per line: url, or url username credential)
        </label>
        <textarea
          id="sip-ice"
          class="input"
          rows={3}
          value={draft.ice}
          disabled={disabled}
          placeholder="stun:stun.example.com:3478"
          {...invalidProps('sip-ice-err', problems.ice)}
          onInput={(e) => set({ ice: e.currentTarget.value })}
        />
        <FieldErrors id="sip-ice-err" messages={problems.ice} />
      </div>
      <fieldset class="field span-2" disabled={disabled}>
        <legend class="field-label">Display name sent with the caller ID</legend>
        {(
          [
            ['label', 'The caller ID’s label in the account (e.g. “San Francisco HQ”)'],
            ['account', 'The account’s name'],
            ['none', 'No display name'],
          ] as const
        ).map(([value, text]) => (
          <label class="radio" key={value}>
            <input
              type="radio"
              name="sip-display-name"
              value={value}
              checked={draft.displayName === value}
              onChange={() => set({ displayName: value })}
            />
            <span>{text}</span>
          </label>
        ))}
        <p class="hint">
          This is the SIP From display name. The name callees see on the public phone network (CNAM)
          is registered with your carrier, not set here.
        </p>
      </fieldset>
      <label class="checkbox span-2">
        <input
          type="checkbox"
          checked={draft.assertIdentity}
          disabled={disabled}
          onChange={(e) => set({ assertIdentity: e.currentTarget.checked })}
        />
        <span>
          <span class="checkbox-title">Also send P-Asserted-Identity</span>
          <span class="hint">
            For trunks that read the caller ID from it. Your SIP server must check that the agent
            may use the number (see docs/softphone.md).
          </span>
        </span>
      </label>
    </div>
  );
}
