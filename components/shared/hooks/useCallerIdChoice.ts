/**
 * The caller-ID dropdown's state for the signed-in agent: the model from the active config and the
 * stored choice, and a change handler that saves through the background at once. Until the stored
 * choice catches up, the pick is shown as made, so the control never jumps back.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { effectiveCallerIdSettings } from '../../../lib/caller-id/settings';
import type { AccountConfig, CallerIdChoice } from '../../../lib/caller-id/types';
import { allowedNumbers } from '../../../lib/ui/allowed';
import { buildDropdownModel, type CallerIdDropdownModel } from '../../../lib/ui/caller-id-model';
import { sendMessage } from '../../../utils/messaging';
import type { SaveState } from '../CallerIdDropdown';
import { describeFailure } from '../../../lib/ui/errors';
import { translator } from '../../../utils/i18n';

const sameChoice = (a: CallerIdChoice | null, b: CallerIdChoice | null) =>
  JSON.stringify(a) === JSON.stringify(b);

export function useCallerIdChoice(
  config: AccountConfig,
  agentId: string,
  stored: CallerIdChoice | null,
): { model: CallerIdDropdownModel; save: SaveState; onChange: (choice: CallerIdChoice) => void } {
  const [pending, setPending] = useState<CallerIdChoice | null>(null);
  const [save, setSave] = useState<SaveState>('idle');

  useEffect(() => {
    if (pending && sameChoice(pending, stored)) setPending(null);
  }, [stored, pending]);

  const model = useMemo(
    () =>
      buildDropdownModel({
        settings: effectiveCallerIdSettings(config, agentId),
        allowed: allowedNumbers(config, agentId),
        numbers: config.numbers,
        choice: pending ?? stored,
      }),
    [config, agentId, pending, stored],
  );

  const onChange = (choice: CallerIdChoice) => {
    setPending(choice);
    setSave('saving');
    sendMessage('setChoice', { choice })
      .then((result) => {
        if (result.ok) setSave('saved');
        else {
          setPending(null);
          setSave({ error: result.error });
        }
      })
      .catch((error: unknown) => {
        setPending(null);
        const tr = translator.value;
        setSave({
          error: tr.t('common.callerId.notSaved', {
            detail: describeFailure(error, 'extension-page', tr),
          }),
        });
      });
  };

  return { model, save, onChange };
}
