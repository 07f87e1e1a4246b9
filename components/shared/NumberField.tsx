/**
 * The number to call, formatted as it is typed for the account's default country, with the country
 * and international form it reads as shown underneath. Deleting never fights the formatter: while
 * the agent deletes or edits in the middle, the text is left as they made it.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { ComponentChildren, Ref } from 'preact';
import { countryName, formatPhone } from '../../lib/ui/format';
import { formatTyping, readTyped } from '../../lib/ui/typing';
import { t, translator } from '../../utils/i18n';

export interface NumberFieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (text: string) => void;
  defaultCountry: CountryCode | undefined;
  onEnter?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  describedBy?: string;
  size?: 'md' | 'lg';
  placeholder?: string;
  /** A control drawn inside the field's right edge (the softphone's delete key). */
  trailing?: ComponentChildren;
}

export function NumberField({
  id,
  label,
  value,
  onValue,
  defaultCountry,
  onEnter,
  inputRef,
  describedBy,
  size = 'md',
  placeholder,
  trailing,
}: NumberFieldProps) {
  const typed = value.trim() ? readTyped(value, defaultCountry) : null;
  const readsId = `${id}-reads`;
  return (
    <div class="field number-field">
      <label class="field-label" for={id}>
        {label}
      </label>
      <div class={trailing ? 'input-wrap has-trailing' : 'input-wrap'}>
        <input
          ref={inputRef}
          id={id}
          class={size === 'lg' ? 'input input-lg tel' : 'input tel'}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          spellcheck={false}
          placeholder={
            placeholder ?? (defaultCountry === 'US' ? '(415) 555-0100' : '+1 415 555 0100')
          }
          value={value}
          aria-describedby={[readsId, describedBy].filter(Boolean).join(' ')}
          onInput={(event) => {
            const input = event.currentTarget;
            const atEnd = input.selectionStart === input.value.length;
            const deleting = (event as InputEvent).inputType?.startsWith('delete');
            const next =
              atEnd && !deleting ? formatTyping(input.value, defaultCountry) : input.value;
            // Write back at once so the caret stays at the end of the formatted text.
            if (next !== input.value) input.value = next;
            onValue(next);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && onEnter) {
              event.preventDefault();
              onEnter();
            }
          }}
        />
        {trailing}
      </div>
      <p class="field-reads" id={readsId} hidden={!typed}>
        {typed?.valid && typed.e164
          ? `${countryName(typed.country, translator.value)} · ${formatPhone(typed.e164)}`
          : t('common.numberField.incomplete')}
      </p>
    </div>
  );
}
