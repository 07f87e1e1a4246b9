/** The account's name, id and default country (for numbers written without a country code). */
import { setAccount, type Draft } from '../../lib/ui/draft';
import type { PathErrors } from '../../lib/ui/errors';
import { t } from '../../utils/i18n';
import { CountrySelect } from './CountrySelect';
import { FieldErrors, invalidProps } from './FieldErrors';
import { LockedNote } from './LockedNote';
import { Section } from './Section';

export interface AccountSectionProps {
  draft: Draft;
  onChange: (draft: Draft) => void;
  errors: PathErrors;
  locked?: boolean;
}

export function AccountSection({ draft, onChange, errors, locked = false }: AccountSectionProps) {
  const nameErrors = errors.at('account.name');
  const idErrors = [...errors.at('account.id'), ...errors.at('account')];
  const countryErrors = errors.at('account.defaultCountry');
  return (
    <Section
      id="account"
      title={t('options.account.title')}
      description={t('options.account.description')}
    >
      {locked && <LockedNote />}
      <div class="form-grid">
        <div class="field">
          <label class="field-label" for="account-name">
            {t('options.account.name')}
          </label>
          <input
            id="account-name"
            class="input"
            value={draft.account.name}
            disabled={locked}
            {...invalidProps('account-name-err', nameErrors)}
            onInput={(e) => onChange(setAccount(draft, { name: e.currentTarget.value }))}
          />
          <FieldErrors id="account-name-err" messages={nameErrors} />
        </div>
        <div class="field">
          <span class="field-label">{t('options.account.id')}</span>
          {/* Read-only: agents' saved choices are kept per account id. */}
          <code class="id id-field">{draft.account.id}</code>
          <FieldErrors id="account-id-err" messages={idErrors} />
        </div>
        <div class="field">
          <label class="field-label" for="account-country">
            {t('options.account.country')}
          </label>
          <CountrySelect
            id="account-country"
            value={draft.account.defaultCountry}
            disabled={locked}
            invalid={countryErrors.length > 0}
            describedBy={countryErrors.length ? 'account-country-err' : undefined}
            onChange={(code) =>
              onChange(
                setAccount(draft, { defaultCountry: code as Draft['account']['defaultCountry'] }),
              )
            }
          />
          <FieldErrors id="account-country-err" messages={countryErrors} />
        </div>
      </div>
    </Section>
  );
}
