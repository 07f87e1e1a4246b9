/**
 * The popup's "Check a number": type a number, see which caller ID a call to it would use and why.
 * Loaded after the popup's first paint (it brings the as-you-type formatter), see PopupApp.
 */
import type { CountryCode } from 'libphonenumber-js/min';
import { useState } from 'preact/hooks';
// The preview writes numbers; this part loads after the popup's first paint, with the formatter.
import '../../lib/ui/phone-formats';
import { t } from '../../utils/i18n';
import { CallPreview } from './CallPreview';
import { usePreview } from './hooks/usePreview';
import { NumberField } from './NumberField';

export function NumberCheck({
  defaultCountry,
  refreshKey,
}: {
  defaultCountry: CountryCode;
  /** Changes when the config or the agent's choice does, so the preview is asked again. */
  refreshKey: string;
}) {
  const [text, setText] = useState('');
  const preview = usePreview(text, refreshKey);
  return (
    <>
      <NumberField
        id="preview-number"
        label={t('common.numberCheck.label')}

        value={text}
        onValue={setText}
        defaultCountry={defaultCountry}
      />
      <CallPreview state={preview} />
    </>
  );
}
