/**
 * The account's numbers in account order (the order the rules break ties by): label, number,
 * ring groups, and the toll-free, dedicated-line and external marks. A number typed in national
 * form is turned into E.164 for the account's default country when the field is left.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { AccountNumber } from '../../lib/caller-id/types';
import {
  addNumber,
  idFromName,
  removeNumber,
  toggleMembership,
  updateNumber,
} from '../../lib/ui/draft';
import { countryName, formatPhone } from '../../lib/ui/format';
import { FieldErrors, invalidProps } from './FieldErrors';
import { Icon } from '../shared/Icon';
import { LockedNote } from './LockedNote';
import { MembershipChips } from './MembershipChips';
import { Section } from './Section';
import type { TableProps } from './table-props';

const FLAGS: { key: 'tollFree' | 'dedicatedLine' | 'external'; label: string; cls: string }[] = [
  { key: 'tollFree', label: 'Toll-free', cls: 'chip-tollfree' },
  { key: 'dedicatedLine', label: 'Dedicated line', cls: 'chip-dedicated' },
  { key: 'external', label: 'External', cls: 'chip-external' },
];

export function NumbersTable({ draft, onChange, errors, savedIds, locked = false }: TableProps) {
  const country = draft.account.defaultCountry;

  const setNumber = (i: number, n: AccountNumber, text: string, final: boolean) => {
    const parsed = parsePhoneNumberFromString(text, country);
    const patch: Partial<AccountNumber> = { number: text };
    if (final && parsed?.isValid()) patch.number = parsed.number;
    // A toll-free number is marked as one when entered; the admin can still untick it.
    if (final && parsed?.isValid() && parsed.number !== n.number) {
      patch.tollFree = parsed.getType() === 'TOLL_FREE';
    }
    onChange(updateNumber(draft, i, patch));
  };

  return (
    <Section
      id="numbers"
      title="Numbers"
      description="Listed in account order: when two numbers match a call equally, the first one is used."
      actions={
        <button
          type="button"
          class="btn btn-secondary btn-sm"
          disabled={locked}
          onClick={() => onChange(addNumber(draft))}
        >
          <Icon name="plus" size={14} />
          Add number
        </button>
      }
    >
      {locked && <LockedNote />}
      <FieldErrors id="numbers-errors" messages={errors.at('numbers')} />
      <div class="table-scroll">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Label</th>
              <th scope="col">Number</th>
              <th scope="col">Ring groups</th>
              <th scope="col">Marks</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.numbers.map((n, i) => {
              const path = `numbers[${i}]`;
              const title = n.label || n.number || `number ${i + 1}`;
              const labelErrors = [
                ...errors.at(`${path}.label`),
                ...errors.at(`${path}.id`),
                ...errors.at(path),
              ];
              const numberErrors = errors.at(`${path}.number`);
              const groupErrors = errors.within(`${path}.ringGroups`).map((e) => e.message);
              const flagErrors = FLAGS.flatMap((f) => errors.at(`${path}.${f.key}`));
              const others = draft.numbers.filter((_, j) => j !== i).map((x) => x.id);
              const parsed = n.number ? parsePhoneNumberFromString(n.number, country) : undefined;
              return (
                <tr key={i}>
                  <td class="col-label">
                    <input
                      class="input input-sm"
                      value={n.label}
                      disabled={locked}
                      aria-label={`Label of number ${i + 1}`}
                      {...invalidProps(`${path}-label-err`, labelErrors)}
                      onInput={(e) => {
                        const label = e.currentTarget.value;
                        const patch = savedIds.has(n.id)
                          ? { label }
                          : { label, id: idFromName(label, others, 'number') };
                        onChange(updateNumber(draft, i, patch));
                      }}
                    />
                    <code class="id">{n.id}</code>
                    <FieldErrors id={`${path}-label-err`} messages={labelErrors} />
                  </td>
                  <td class="col-number">
                    <input
                      class="input input-sm tel"
                      type="tel"
                      value={n.number}
                      disabled={locked}
                      placeholder="+14155550100"
                      aria-label={`Phone number of ${title}`}
                      {...invalidProps(`${path}-number-err`, numberErrors)}
                      onInput={(e) => setNumber(i, n, e.currentTarget.value, false)}
                      onBlur={(e) => setNumber(i, n, e.currentTarget.value, true)}
                    />
                    {parsed?.isValid() && numberErrors.length === 0 && (
                      <span class="cell-note">
                        {formatPhone(parsed.number)} · {countryName(parsed.country)}
                      </span>
                    )}
                    <FieldErrors id={`${path}-number-err`} messages={numberErrors} />
                  </td>
                  <td class="col-groups">
                    <MembershipChips
                      legend={`Ring groups of ${title}`}
                      groups={draft.ringGroups}
                      value={n.ringGroups}
                      disabled={locked}
                      describedBy={groupErrors.length ? `${path}-groups-err` : undefined}
                      onToggle={(id, member) =>
                        onChange(toggleMembership(draft, 'numbers', i, id, member))
                      }
                    />
                    <FieldErrors id={`${path}-groups-err`} messages={groupErrors} />
                  </td>
                  <td class="col-marks">
                    <fieldset class="chips marks-edit" disabled={locked}>
                      <legend class="visually-hidden">Marks of {title}</legend>
                      {FLAGS.map((f) => (
                        <label key={f.key} class={n[f.key] ? `chip on ${f.cls}` : 'chip'}>
                          <input
                            type="checkbox"
                            checked={n[f.key]}
                            onChange={(e) =>
                              onChange(updateNumber(draft, i, { [f.key]: e.currentTarget.checked }))
                            }
                          />
                          {f.label}
                        </label>
                      ))}
                    </fieldset>
                    <FieldErrors id={`${path}-flags-err`} messages={flagErrors} />
                  </td>
                  <td class="row-actions">
                    <button
                      type="button"
                      class="btn btn-ghost btn-icon btn-remove"
                      disabled={locked}
                      aria-label={`Remove number ${title}`}
                      title="Remove"
                      onClick={() => onChange(removeNumber(draft, i))}
                    >
                      <Icon name="trash" />
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {draft.numbers.length === 0 && <p class="empty-state">No numbers yet.</p>}
    </Section>
  );
}
