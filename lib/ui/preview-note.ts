/**
 * The line under the options page's "What <agent> sees" preview: whose choice it shows. The
 * preview resolves with the agent's saved choice when this computer keeps it (the agent signed in
 * here); otherwise it says plainly what it assumes, since the agent's real choice lives on their
 * own computer.
 */
import type { CallerIdDropdownModel } from './caller-id-model';

export interface PreviewNoteInput {
  agentName: string;
  model: CallerIdDropdownModel;
  /** The agent's saved choice on this computer, if any. */
  saved: boolean;
  /** The admin picked something in the preview to try it out. */
  trying: boolean;
}

export function previewNote({ agentName, model, saved, trying }: PreviewNoteInput): string | null {
  // Automated and fixed numbers leave the agent nothing to choose: the preview is exact.
  if (model.kind !== 'customized') return null;
  if (trying) return 'Trying a choice here saves nothing for the agent.';
  if (saved) return `${agentName}’s saved choice on this computer.`;
  const assumed = model.offerDefault ? 'Default' : 'their first number';
  return `${agentName} has no saved choice on this computer, so this assumes ${assumed}, which their calls use until they pick one.`;
}
