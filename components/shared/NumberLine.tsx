/**
 * One account number as every surface shows it: label, international number, country, and its
 * toll-free / dedicated-line / external marks.
 */
import type { AccountNumber } from '../../lib/caller-id/types';
import { describeNumber } from '../../lib/ui/format';
import { translator } from '../../utils/i18n';
import { NumberMarks } from './NumberMarks';

export function NumberLine({ number }: { number: AccountNumber }) {
  const d = describeNumber(number, translator.value);

  return (
    <span class="number-line">
      <span class="number-line-top">
        <span class={d.labelled ? 'number-label' : 'number-label tel'}>{d.label}</span>
        <NumberMarks marks={d.marks} />
      </span>
      <span class="number-line-sub">
        {/* A number without a label is named by the number itself, above: not repeated here. */}
        {d.labelled && (
          <>
            <span class="tel">{d.display}</span>
            <span class="sep" aria-hidden="true">
              ·
            </span>
          </>
        )}
        <span class="country">{d.countryName}</span>
      </span>
    </span>
  );
}
