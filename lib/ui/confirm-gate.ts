/**
 * The "Call anyway" step shared by the CRM card and the side panel, for calls that need the
 * agent's explicit confirmation (costly destinations, lib/calls/destination-checks.ts). The
 * background lists the confirmations with the preview, or with a dial it refused for want of them;
 * the first click on Call only arms ("Call anyway"), and a second click, not too soon after the
 * first (a double-click is one gesture, not a decision), dials with `confirmed`.
 */
import type { CallConfirmation, CallConfirmationKind } from '../messages';

/** A second click sooner than this after arming is ignored (a double-click). */
export const ARM_DELAY_MS = 500;

export type ConfirmStep =
  | { kind: 'dial'; confirmed?: CallConfirmationKind[] }
  /** First click on a call that needs confirming: show "Call anyway", do not dial. */
  | { kind: 'arm' }
  /** A click too soon after arming. */
  | { kind: 'ignore' };

export interface ConfirmView {
  messages: string[];
  armed: boolean;
}

export class ConfirmGate {
  private required: CallConfirmation[] = [];
  private armedAt: number | null = null;

  /** The confirmations the background asks for (from a preview or a refused dial). */
  require(list: readonly CallConfirmation[] | undefined): void {
    this.required = [...(list ?? [])];
    this.armedAt = null;
  }

  /** Arms at once: the background refused a dial for want of these confirmations. */
  requireArmed(list: readonly CallConfirmation[], now: number): void {
    this.require(list);
    if (this.required.length) this.armedAt = now;
  }

  reset(): void {
    this.require([]);
  }

  click(now: number): ConfirmStep {
    if (!this.required.length) return { kind: 'dial' };
    if (this.armedAt === null) {
      this.armedAt = now;
      return { kind: 'arm' };
    }
    if (now - this.armedAt < ARM_DELAY_MS) return { kind: 'ignore' };
    return { kind: 'dial', confirmed: this.required.map((c) => c.kind) };
  }

  view(): ConfirmView {
    return { messages: this.required.map((c) => c.message), armed: this.armedAt !== null };
  }
}
