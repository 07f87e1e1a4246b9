/**
 * The line under the options page's "What <agent> sees" preview: whose choice it shows. The
 * preview resolves with the agent's saved choice when this computer keeps it (the agent signed in
 * here); otherwise it says plainly what it assumes, since the agent's real choice lives on their
 * own computer.
 */
import type { Translator } from '../i18n/translator';
import type { CallerIdDropdownModel } from './caller-id-model';
import { englishOptions } from './options-english';

export interface PreviewNoteInput {
  agentName: string;
  model: CallerIdDropdownModel;
  /** The agent's saved choice on this computer, if any. */
  saved: boolean;
  /** The admin picked something in the preview to try it out. */
  trying: boolean;
}

export function previewNote(
  { agentName, model, saved, trying }: PreviewNoteInput,
  { t }: Translator = englishOptions(),
): string | null {
  // Automated and fixed numbers leave the agent nothing to choose: the preview is exact.
  if (model.kind !== 'customized') return null;
  if (trying) return t('options.preview.trying');
  if (saved) return t('options.preview.saved', { name: agentName });
  return model.offerDefault
    ? t('options.preview.assumesDefault', { name: agentName })
    : t('options.preview.assumesFirst', { name: agentName });
}
