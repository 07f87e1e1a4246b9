/**
 * The side panel's "Call anyway" step: the confirmations the preview of the typed number asks
 * for, or that a refused dial came back with, and the click that arms or dials
 * (lib/ui/confirm-gate.ts). Changing the number starts over.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLatest } from '../../shared/hooks/useLatest';
import type { DialResult } from '../../../lib/messages';
import { ConfirmGate, type ConfirmStep, type ConfirmView } from '../../../lib/ui/confirm-gate';
import type { PreviewState } from '../../shared/CallPreview';

export interface ConfirmStepApi {
  view: ConfirmView;
  /** A click on Call for `to`: dial (with what was confirmed), arm, or ignore. */
  click(to: string): ConfirmStep;
  /** The background's answer to a dial of `to`. */
  answered(to: string, result: DialResult): void;
}

export function useConfirmStep(preview: PreviewState): ConfirmStepApi {
  const gate = useRef(new ConfirmGate()).current;
  const forTo = useRef<string | null>(null);
  const [view, setView] = useState<ConfirmView>(gate.view());
  const confirm = preview.kind === 'ok' ? preview.confirm : undefined;
  const previewTo = preview.kind === 'ok' ? preview.to : undefined;
  const key = `${previewTo ?? ''}|${JSON.stringify(confirm ?? [])}`;

  // A new preview (another number, or the same with other requirements) starts over: keyed on
  // the content, as the preview object is new on every render.
  const latest = useLatest({ gate, confirm, previewTo });
  useEffect(() => {
    const { gate, confirm, previewTo } = latest.current;
    gate.require(confirm);
    forTo.current = previewTo ?? null;
    setView(gate.view());
  }, [key, latest]);

  return {
    view,
    click(to) {
      if (forTo.current !== null && forTo.current !== to.trim()) {
        // The preview is for another text (still typing): nothing is known yet to confirm.
        gate.reset();
        forTo.current = to.trim();
      }
      const step = gate.click(Date.now());
      setView(gate.view());
      return step;
    },
    answered(to, result) {
      if (!result.ok && result.confirm) {
        gate.requireArmed(result.confirm, Date.now());
        forTo.current = to.trim();
      } else gate.reset();
      setView(gate.view());
    },
  };
}
