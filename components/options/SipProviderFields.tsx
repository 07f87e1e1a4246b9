/**
 * The softphone's settings on the options page: the SIP server's WebSocket URL and domain, the
 * STUN/TURN servers, what the From display name says, and whether P-Asserted-Identity is sent.
 * The agent's password is not here: each agent types theirs in the side panel.
 */
import type { SipProviderSettings } from '../../lib/db/types';
import { parseIceServers, sipDomainProblem, wsUrlProblem } from '../../lib/softphone/settings';
import { t, translator } from '../../utils/i18n';
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
  const tr = translator.value;
  const ice = parseIceServers(draft.ice, tr);
  const problems = {
    wsUrl: [wsUrl ? wsUrlProblem(wsUrl, tr) : t('options.sip.wsUrlMissing')].filter(
      (p): p is string => p !== null,
    ),
    domain: [sipDomainProblem(domain, tr)].filter((p): p is string => p !== null),
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
          {t('options.sip.wsUrl')}
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
          {t('options.sip.domain')}
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
          {t('options.sip.ice')}
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
        <legend class="field-label">{t('options.sip.displayName')}</legend>
        {(
          [
            ['label', 'options.sip.displayName.label'],
            ['account', 'options.sip.displayName.account'],
            ['none', 'options.sip.displayName.none'],
          ] as const
        ).map(([value, key]) => (
          <label class="radio" key={value}>
            <input
              type="radio"
              name="sip-display-name"
              value={value}
              checked={draft.displayName === value}
              onChange={() => set({ displayName: value })}
            />
            <span>{t(key)}</span>
          </label>
        ))}
        <p class="hint">{t('options.sip.displayNameHint')}</p>
      </fieldset>
      <label class="checkbox span-2">
        <input
          type="checkbox"
          checked={draft.assertIdentity}
          disabled={disabled}
          onChange={(e) => set({ assertIdentity: e.currentTarget.checked })}
        />
        <span>
          <span class="checkbox-title">{t('options.sip.assertIdentity')}</span>
          <span class="hint">{t('options.sip.assertIdentityHint')}</span>
        </span>
      </label>
    </div>
  );
}
