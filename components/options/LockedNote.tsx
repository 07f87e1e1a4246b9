/** Shown next to anything enterprise policy fixes: the field is disabled and this says why. */
import { Icon } from '../shared/Icon';

export function LockedNote({ id }: { id?: string }) {
  return (
    <p class="locked-note" id={id}>
      <Icon name="lock" size={14} />
      <span>Set by your organization's policy</span>
    </p>
  );
}
