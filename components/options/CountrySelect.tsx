/** A country picker over every country libphonenumber knows, by name, with the calling code. */
import { getCountries, getCountryCallingCode } from 'libphonenumber-js/max';
import { useMemo } from 'preact/hooks';
import { countryName } from '../../lib/ui/format';

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
  const countries = useMemo(
    () =>
      getCountries()
        .map((code) => ({ code, name: countryName(code), dial: getCountryCallingCode(code) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [],
  );
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
      {!known && <option value={value}>{value || 'Choose a country'}</option>}
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name} (+{c.dial})
        </option>
      ))}
    </select>
  );
}
