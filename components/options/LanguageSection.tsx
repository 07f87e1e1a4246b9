/**
 * The language of Ringside's pages on this computer: the browser's, or one chosen here. It is the
 * agent's own preference, so no policy locks it. The page switches as soon as one is picked (the
 * other pages follow once the setting is saved); a refused save switches back and says why.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SettingsPatch } from '../../lib/db/index';
import { LANGUAGE_NAMES } from '../../lib/i18n/language-names';
import { LANGUAGES, type LanguagePreference } from '../../lib/i18n/languages';
import type { Ack } from '../../lib/messages';
import { browserLanguage, setLanguagePreference, t } from '../../utils/i18n';
import { InlineNote } from '../shared/InlineNote';
import { useSaveFlow } from './hooks/useSaveFlow';
import { Section } from './Section';

export interface LanguageSectionProps {
  /** The saved preference (Settings.language); absent means the browser's language. */
  value: LanguagePreference | undefined;
  onSave: (patch: SettingsPatch) => Promise<Ack>;
}

export function LanguageSection({ value = 'auto', onSave }: LanguageSectionProps) {
  const [chosen, setChosen] = useState<LanguagePreference>(value);
  const { busy, note, run } = useSaveFlow();
  useEffect(() => setChosen(value), [value]);

  const pick = (next: LanguagePreference) => {
    setChosen(next);
    // At once, so the "Saved." below is already in the new language.
    setLanguagePreference(next);
    void run(() => onSave({ language: next }), t('options.saved')).then((saved) => {
      if (saved) return;
      setChosen(value);
      setLanguagePreference(value);
    });
  };

  return (
    <Section
      id="language"
      title={t('options.language.title')}
      description={t('options.language.description')}
    >
      <div class="field-inline language-field">
        <label class="field-label" for="language-select">
          {t('options.language.label')}
        </label>
        <select
          id="language-select"
          class="select"
          value={chosen}
          disabled={busy}
          onChange={(e) => pick(e.currentTarget.value as LanguagePreference)}
        >
          <option value="auto">
            {t('options.language.auto', { language: LANGUAGE_NAMES[browserLanguage()] })}
          </option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
        <InlineNote note={note} />
      </div>
    </Section>
  );
}
