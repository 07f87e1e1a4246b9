/** A row's Remove button: one look, label and lock for the numbers, ring-group and agent tables. */
import { Icon } from '../shared/Icon';

export interface RemoveRowButtonProps {
  /** What the row is, for the button's name: "agent Maria Chen". */
  what: string;
  disabled: boolean;
  /** Set when the button opens a question (a ring group in use) instead of removing at once. */
  expanded?: boolean;
  onClick: () => void;
}

export function RemoveRowButton({ what, disabled, expanded, onClick }: RemoveRowButtonProps) {
  return (
    <button
      type="button"
      class="btn btn-ghost btn-icon btn-remove"
      disabled={disabled}
      aria-label={`Remove ${what}`}
      aria-expanded={expanded}
      title="Remove"
      onClick={onClick}
    >
      <Icon name="trash" />
    </button>
  );
}
