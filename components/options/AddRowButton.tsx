/** The "Add number" / "Add ring group" / "Add agent" button in a table section's header. */
import { Icon } from '../shared/Icon';

export function AddRowButton({
  label,
  disabled,
  onClick,
}: {
  label: string;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" class="btn btn-secondary btn-sm" disabled={disabled} onClick={onClick}>
      <Icon name="plus" size={14} />
      {label}
    </button>
  );
}
