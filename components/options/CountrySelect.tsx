/** A country picker over every country libphonenumber knows, by name, with the calling code. */
import { getCountries, getCountryCallingCode } from 'libphonenumber-js/max';
import { useMemo } from 'preact/hooks';
import { language, t, translator } from '../../utils/i18n';

export interface CountrySelectProps {
  id: string;
  value: string;
  onChange: (code: string) => void;
  disabled?: boolean;
  describedBy?: string;
  invalid?: boolean;
}

export function CountrySelect({
  id,
  value,
  onChange,
  disabled,
  describedBy,
  invalid,
}: CountrySelectProps) {
  // Named and sorted in the page's language: "Alemania" comes first in Spanish.
  const lang = language.value;
  const countries = useMemo(() => {
    const { country } = translator.peek();
    const collator = new Intl.Collator(lang);
    return getCountries()
      .map((code) => ({ code, name: country(code), dial: getCountryCallingCode(code) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [lang]);
  const known = countries.some((c) => c.code === value);
  return (
    <select
      id={id}
      class="select"
      value={value}
      disabled={disabled}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={(e) => onChange(e.currentTarget.value)}
    >
      {!known && <option value={value}>{value || t('options.country.choose')}</option>}
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {t('options.country.option', { country: c.name, code: c.dial })}
        </option>
      ))}
    </select>
  );
}
