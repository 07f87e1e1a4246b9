/** Shown next to anything enterprise policy fixes: the field is disabled and this says why. */
import { t } from '../../utils/i18n';
import { Icon } from '../shared/Icon';

export function LockedNote({ id }: { id?: string }) {
  return (
    <p class="locked-note" id={id}>
      <Icon name="lock" size={14} />
      <span>{t('options.locked')}</span>
    </p>
  );
}
