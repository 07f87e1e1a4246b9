/**
 * The admin's rules for where calls may go (lib/calls/destination-checks.ts): which countries, and
 * whether premium-rate numbers are refused outright and international calls need the agent's
 * confirmation. Emergency numbers are always refused (agents are told to use a phone), and other
 * costly numbers always need a confirmation; neither is a setting. Each field can be fixed by
 * policy (settingsLocked).
 */
import { useEffect, useState } from 'preact/hooks';
import type { EffectiveSettings, SettingsPatch } from '../../lib/db/index';
import type { Ack } from '../../lib/messages';
import { formatCountryList, parseCountryList } from '../../lib/ui/country-list';
import { t, translator } from '../../utils/i18n';
import { FieldErrors, invalidProps } from './FieldErrors';
import { InlineNote } from '../shared/InlineNote';
import { useSaveFlow } from './hooks/useSaveFlow';
import { LockedNote } from './LockedNote';
import { Section } from './Section';

export interface DestinationsSectionProps {
  settings: EffectiveSettings;
  onSave: (patch: SettingsPatch) => Promise<Ack>;
}

export function DestinationsSection({ settings, onSave }: DestinationsSectionProps) {
  const lock = {
    countries: settings.locked.includes('allowedCountries'),
    premium: settings.locked.includes('blockPremium'),
    international: settings.locked.includes('confirmInternational'),
  };
  const allLocked = lock.countries && lock.premium && lock.international;
  const [countries, setCountries] = useState(formatCountryList(settings.allowedCountries));
  const [blockPremium, setBlockPremium] = useState(settings.blockPremium ?? false);
  const [confirmIntl, setConfirmIntl] = useState(settings.confirmInternational ?? false);
  const { busy, note, say, run } = useSaveFlow();

  // Compared as text: a new array with the same countries is no change.
  const savedCountries = formatCountryList(settings.allowedCountries);
  useEffect(() => {
    setCountries(savedCountries);
    setBlockPremium(settings.blockPremium ?? false);
    setConfirmIntl(settings.confirmInternational ?? false);
  }, [savedCountries, settings.blockPremium, settings.confirmInternational]);

  const parsed = parseCountryList(countries, translator.value);
  const problems = parsed.ok ? [] : parsed.problems;

  const save = async (event: Event) => {
    event.preventDefault();
    if (!parsed.ok) {
      say({ kind: 'error', text: t('options.fixFieldFirst') });
      return;
    }
    const patch: SettingsPatch = {};
    if (!lock.countries) patch.allowedCountries = parsed.codes;
    if (!lock.premium) patch.blockPremium = blockPremium;
    if (!lock.international) patch.confirmInternational = confirmIntl;
    await run(() => onSave(patch));
  };

  return (
    <Section
      id="destinations"
      title={t('options.destinations.title')}
      description={t('options.destinations.description')}
    >
      <form class="provider-form" onSubmit={(e) => void save(e)}>
        {allLocked && <LockedNote />}
        <div class="field">
          <label class="field-label" for="allowed-countries">
            {t('options.destinations.countries')}
          </label>
          <input
            id="allowed-countries"
            class="input"
            type="text"
            value={countries}
            disabled={lock.countries}
            placeholder={t('options.destinations.allCountries')}
            {...invalidProps('allowed-countries-err', problems)}
            onInput={(e) => setCountries(e.currentTarget.value)}
          />
          <FieldErrors id="allowed-countries-err" messages={problems} />
          <span class="hint">
            {parsed.ok && parsed.codes.length
              ? t('options.destinations.only', {
                  countries: translator.value.list(
                    parsed.codes.map((c) => translator.value.country(c)),
                  ),
                })
              : t('options.destinations.countriesHint')}
          </span>
          {lock.countries && !allLocked && <LockedNote />}
        </div>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={blockPremium}
            disabled={lock.premium}
            onChange={(e) => setBlockPremium(e.currentTarget.checked)}
          />
          <span>
            <span class="checkbox-title">{t('options.destinations.premium')}</span>
            <span class="hint">{t('options.destinations.premiumHint')}</span>
          </span>
        </label>
        {lock.premium && !allLocked && <LockedNote />}
        <label class="checkbox">
          <input
            type="checkbox"
            checked={confirmIntl}
            disabled={lock.international}
            onChange={(e) => setConfirmIntl(e.currentTarget.checked)}
          />
          <span>
            <span class="checkbox-title">{t('options.destinations.international')}</span>
            <span class="hint">{t('options.destinations.internationalHint')}</span>
          </span>
        </label>
        {lock.international && !allLocked && <LockedNote />}
        <div class="actions start">
          <button type="submit" class="btn btn-primary" disabled={busy || allLocked}>
            {busy ? t('options.saving') : t('options.destinations.save')}
          </button>
          <InlineNote note={note} />
        </div>
      </form>
    </Section>
  );
}
