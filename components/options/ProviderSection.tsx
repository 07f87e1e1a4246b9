/**
 * How calls are placed: handed to the computer's phone app (tel: links), or sent to the telephony
 * platform's webhook with the caller ID. Also whether tel: links on enabled sites go through
 * Ringside. Saving a webhook asks the browser for access to its server, so the background's POST
 * is not blocked by CORS.
 */
import { useEffect, useState } from 'preact/hooks';
import type { EffectiveSettings, ProviderSettings, SettingsPatch } from '../../lib/db/index';
import type { Ack } from '../../lib/messages';
import { remoteUrlProblem } from '../../lib/sync/url';
import { useLatest } from '../shared/hooks/useLatest';
import { accessWarning } from '../../lib/ui/access-note';
import { FieldErrors, invalidProps } from './FieldErrors';
import { InlineNote } from '../shared/InlineNote';
import { useSaveFlow } from './hooks/useSaveFlow';
import { LockedNote } from './LockedNote';
import { Section } from './Section';
import { checkSipDraft, SipProviderFields, type SipDraft } from './SipProviderFields';
import { formatIceServers } from '../../lib/softphone/settings';
import type { OriginAccess } from '../../utils/server-access';
import { softphoneUnavailableHere } from '../../utils/softphone-support';
import { t, translator } from '../../utils/i18n';

export interface ProviderSectionProps {
  settings: EffectiveSettings;
  onSave: (patch: SettingsPatch) => Promise<Ack>;
  /** Asks the browser for access to a server's origin (utils/server-access.ts). */
  requestAccess: (url: string) => Promise<OriginAccess | null>;
}

export function ProviderSection({ settings, onSave, requestAccess }: ProviderSectionProps) {
  const locked = settings.locked.includes('provider');
  const telLocked = settings.locked.includes('routeTelLinks');
  const current = settings.provider;
  const [kind, setKind] = useState<ProviderSettings['kind']>(current.kind);
  const [url, setUrl] = useState(current.kind === 'webhook' ? current.url : '');
  const [token, setToken] = useState('');
  const [seconds, setSeconds] = useState(
    current.kind === 'webhook' && current.timeoutMs ? String(current.timeoutMs / 1000) : '',
  );
  const [routeTel, setRouteTel] = useState(settings.routeTelLinks);
  const sipDraftOf = (p: ProviderSettings): SipDraft =>
    p.kind === 'sip'
      ? {
          wsUrl: p.wsUrl,
          domain: p.domain,
          ice: formatIceServers(p.iceServers),
          displayName: p.displayName,
          assertIdentity: p.assertIdentity,
        }
      : { wsUrl: '', domain: '', ice: '', displayName: 'label', assertIdentity: false };
  const [sip, setSip] = useState<SipDraft>(() => sipDraftOf(current));
  const sipChecked = checkSipDraft(sip);
  const { busy, note, say, run } = useSaveFlow();
  const [tried, setTried] = useState(false);

  // Keyed on the provider's content: a new object with the same settings keeps the form.
  const currentKey = JSON.stringify(current);
  const latestCurrent = useLatest(current);
  useEffect(() => {
    const saved = latestCurrent.current;
    setKind(saved.kind);
    if (saved.kind === 'webhook') setUrl(saved.url);
    if (saved.kind === 'sip') setSip(sipDraftOf(saved));
    setRouteTel(settings.routeTelLinks);
  }, [currentKey, latestCurrent, settings.routeTelLinks]);

  const unavailable = softphoneUnavailableHere();
  const urlProblem =
    kind === 'webhook'
      ? url.trim()
        ? remoteUrlProblem(url.trim(), translator.value)
        : t('options.calling.webhookMissing')
      : null;
  const timeout = seconds.trim() === '' ? undefined : Number(seconds) * 1000;
  const timeoutProblem =
    timeout !== undefined && !(Number.isFinite(timeout) && timeout >= 500 && timeout <= 60_000)
      ? t('options.calling.timeoutProblem', { min: 0.5, max: 60 })
      : null;
  const showUrl = urlProblem && (tried || url.trim() !== '');

  const save = async (event: Event) => {
    event.preventDefault();
    setTried(true);
    // Firefox: a sip provider would refuse every call (lib/softphone/support.ts).
    if (kind === 'sip' && unavailable && !locked) {
      say({ kind: 'error', text: unavailable });
      return;
    }
    if (urlProblem || timeoutProblem || (kind === 'sip' && !sipChecked.settings)) {
      say({ kind: 'error', text: t('options.fixFieldsFirst') });
      return;
    }
    const patch: SettingsPatch = {};
    if (!locked) {
      if (kind === 'tel') patch.provider = { kind: 'tel' };
      else if (kind === 'sip') patch.provider = sipChecked.settings!;
      else {
        // An empty token field keeps the saved token for the same URL.
        const keep =
          current.kind === 'webhook' && current.url === url.trim() ? current.token : undefined;
        const tokenValue = token || keep;
        patch.provider = {
          kind: 'webhook',
          url: url.trim(),
          ...(tokenValue ? { token: tokenValue } : {}),
          ...(timeout !== undefined ? { timeoutMs: Math.round(timeout) } : {}),
        };
      }
    }
    if (!telLocked) patch.routeTelLinks = routeTel;
    // Asked first, inside the click: the browser shows its prompt only during a user gesture. The
    // setting is saved whatever the answer (the webhook may allow cross-origin requests anyway).
    const webhook = patch.provider?.kind === 'webhook' ? patch.provider.url : null;
    const access = webhook ? requestAccess(webhook) : null;
    const saved = await run(() => onSave(patch));
    if (saved) setToken('');
    if (!saved || !access) return;
    const warning = accessWarning(await access, 'webhook', translator.value);
    if (warning) say({ kind: 'warning', text: warning });
  };

  return (
    <Section
      id="calling"
      title={t('options.calling.title')}
      description={t('options.calling.description')}
    >
      <form class="provider-form" onSubmit={(e) => void save(e)}>
        {locked && <LockedNote />}
        <fieldset class="choice-cards compact" disabled={locked}>
          <legend class="field-label">{t('options.calling.legend')}</legend>
          <label class={kind === 'tel' ? 'choice-card selected' : 'choice-card'}>
            <input
              type="radio"
              name="provider"
              value="tel"
              checked={kind === 'tel'}
              onChange={() => setKind('tel')}
            />
            <span class="choice-card-text">
              <span class="choice-card-title">{t('options.calling.tel.title')}</span>
              <span class="hint">{t('options.calling.tel.text')}</span>
            </span>
          </label>
          <label class={kind === 'webhook' ? 'choice-card selected' : 'choice-card'}>
            <input
              type="radio"
              name="provider"
              value="webhook"
              checked={kind === 'webhook'}
              onChange={() => setKind('webhook')}
            />
            <span class="choice-card-text">
              <span class="choice-card-title">{t('options.calling.webhook.title')}</span>
              <span class="hint">{t('options.calling.webhook.text')}</span>
            </span>
          </label>
          <label class={kind === 'sip' ? 'choice-card selected' : 'choice-card'}>
            <input
              type="radio"
              name="provider"
              value="sip"
              checked={kind === 'sip'}
              disabled={unavailable !== null && kind !== 'sip'}
              onChange={() => setKind('sip')}
            />
            <span class="choice-card-text">
              <span class="choice-card-title">{t('options.calling.sip.title')}</span>
              <span class="hint">
                {unavailable ? t('options.calling.sip.unavailable') : t('options.calling.sip.text')}
              </span>
            </span>
          </label>
        </fieldset>
        {kind === 'sip' && unavailable && (
          <div class="alert alert-warning" role="alert" data-testid="softphone-unavailable">
            {unavailable}
          </div>
        )}
        {kind === 'sip' && (
          <SipProviderFields draft={sip} onDraft={setSip} disabled={locked} showAll={tried} />
        )}
        {kind === 'webhook' && (
          <div class="form-grid">
            <div class="field span-2">
              <label class="field-label" for="webhook-url">
                {t('options.calling.webhookUrl')}
              </label>
              <input
                id="webhook-url"
                class="input"
                type="url"
                value={url}
                disabled={locked}
                placeholder="https://telephony.example.com/ringside/calls"
                {...invalidProps('webhook-url-err', showUrl ? [urlProblem] : [])}
                onInput={(e) => setUrl(e.currentTarget.value)}
              />
              <FieldErrors id="webhook-url-err" messages={showUrl ? [urlProblem] : []} />
            </div>
            <div class="field">
              <label class="field-label" for="webhook-token">
                {t('options.calling.token')}
              </label>
              <input
                id="webhook-token"
                class="input"
                type="password"
                autoComplete="off"
                value={token}
                disabled={locked}
                placeholder={
                  current.kind === 'webhook' && current.token
                    ? t('options.token.savedPlaceholder')
                    : t('options.token.bearerPlaceholder')
                }
                onInput={(e) => setToken(e.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label class="field-label" for="webhook-timeout">
                {t('options.calling.timeout')}
              </label>
              <input
                id="webhook-timeout"
                class="input"
                type="number"
                min={0.5}
                max={60}
                step={0.5}
                value={seconds}
                disabled={locked}
                placeholder={t('options.calling.timeoutDefault')}
                {...invalidProps('webhook-timeout-err', timeoutProblem ? [timeoutProblem] : [])}
                onInput={(e) => setSeconds(e.currentTarget.value)}
              />
              <FieldErrors
                id="webhook-timeout-err"
                messages={timeoutProblem ? [timeoutProblem] : []}
              />
            </div>
          </div>
        )}
        <label class="checkbox">
          <input
            type="checkbox"
            checked={routeTel}
            disabled={telLocked}
            onChange={(e) => setRouteTel(e.currentTarget.checked)}
          />
          <span>
            <span class="checkbox-title">{t('options.calling.routeTel')}</span>
            <span class="hint">{t('options.calling.routeTelHint')}</span>
          </span>
        </label>
        {telLocked && !locked && <LockedNote />}
        <div class="actions start">
          <button type="submit" class="btn btn-primary" disabled={busy || (locked && telLocked)}>
            {busy ? t('options.saving') : t('options.calling.save')}
          </button>
          <InlineNote note={note} />
        </div>
      </form>
    </Section>
  );
}
