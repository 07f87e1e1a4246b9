/** The last cell of a numbers, ring-group or agent row: its Remove button. */
import { RemoveRowButton, type RemoveRowButtonProps } from './RemoveRowButton';

export function RemoveRowCell(props: RemoveRowButtonProps) {
  return (
    <td class="row-actions">
      <RemoveRowButton {...props} />
    </td>
  );
}
