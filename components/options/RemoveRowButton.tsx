/** A row's Remove button: one look, label and lock for the numbers, ring-group and agent tables. */
import { t } from '../../utils/i18n';
import { Icon } from '../shared/Icon';

export interface RemoveRowButtonProps {
  /** The button's accessible name, a whole sentence: "Remove agent Maria Chen". */
  label: string;
  disabled: boolean;
  /** Set when the button opens a question (a ring group in use) instead of removing at once. */
  expanded?: boolean;
  onClick: () => void;
}

export function RemoveRowButton({ label, disabled, expanded, onClick }: RemoveRowButtonProps) {
  return (
    <button
      type="button"
      class="btn btn-ghost btn-icon btn-remove"
      disabled={disabled}
      aria-label={label}
      aria-expanded={expanded}
      title={t('options.table.remove')}
      onClick={onClick}
    >
      <Icon name="trash" />
    </button>
  );
}
