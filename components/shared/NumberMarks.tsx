/** The toll-free / dedicated-line / external marks of a number, as small badges. */
import { MARK_TEXT, type NumberMark } from '../../lib/ui/format';
import { t } from '../../utils/i18n';

const MARK_CLASS: Record<NumberMark, string> = {
  'Toll-free': 'badge badge-tollfree',
  'Dedicated line': 'badge badge-dedicated',
  External: 'badge badge-external',
};

export function NumberMarks({ marks }: { marks: NumberMark[] }) {
  if (marks.length === 0) return null;
  return (
    <span class="marks">
      {marks.map((m) => (
        <span key={m} class={MARK_CLASS[m]}>
          {t(MARK_TEXT[m])}
        </span>
      ))}
    </span>
  );
}
