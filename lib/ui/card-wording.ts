/**
 * What the CRM call card says: the number it is about, the note when a link's text names another
 * number than it dials, the caller ID the call would use and why, and the line after a call
 * attempt. Pure, so the content script (entrypoints/content/) and its tests share one wording.
 */
import type { DialResult, PreviewResult } from '../messages';
import type { PhoneMatch } from '../detect/types';
import { displayText } from './bidi';
import { linkTextDiffers } from './link-text';

/** The parts of a detected number the card's wording depends on. */
export type CardNumber = Pick<PhoneMatch, 'e164' | 'ext' | 'text' | 'source'>;

export interface CardPreview {
  /** "Call from +1 415 555 0199 · San Francisco" */
  from: string;
  /** Why that number: the selector's sentence. */
  why: string;
  error?: boolean;
  /** The parts of `from`, when it names a number: shown with the label in its own isolate. */
  fromNumber?: string;
  fromLabel?: string;
  /**
   * The agent has not said who they are (or can no longer call as who they said): the card's
   * Call button is disabled and `from` says where to pick themselves.
   */
  needsAgent?: boolean;
}

const DIGITS = /\d/g;

/** True when the page's text of a number is the number itself (not "Call" or a long sentence). */
function textIsNumber(text: string): boolean {
  return (text.match(DIGITS)?.length ?? 0) >= 7 && text.length <= 60;
}

/** True when a link's text reads as another number than the one it dials. */
export function textDiffers(match: CardNumber): boolean {
  const { text, e164, ext } = match;
  return match.source === 'link' && linkTextDiffers(text, e164, ext);
}

/**
 * The number as the card names it: the page's text when it is the number, else the number as the
 * background writes it (`toDisplay`, once the preview is in), else E.164. A link whose text names
 * another number never has its text shown as the number.
 */
export function cardNumberText(match: CardNumber, toDisplay?: string): string {
  const { text, e164, ext } = match;
  if (textIsNumber(text) && !textDiffers(match)) return text;
  return (toDisplay ?? e164) + (ext ? ` ext. ${ext}` : '');
}

/** The card's note for a number: why the number shown is not the page's text. */
export function cardNote(match: CardNumber): string | undefined {
  if (!textDiffers(match)) return undefined;
  return `The link's text “${displayText(match.text, 40)}” is not the number it dials: a call dials the number above.`;
}

/** Where an agent says who they are, named the way the extension's own pages name it. */
export const PICK_AGENT_HINT =
  'Pick yourself in Ringside’s toolbar popup (or its side panel, “Open softphone”), then call.';

/**
 * "Call from +1 415 555 0199 · San Francisco", and why. Numbers are written by the background
 * (`fromDisplay`), in the extension pages' format: the content script has no formatting metadata.
 */
export function describePreview(result: PreviewResult): CardPreview {
  if (!result.ok) {
    if (result.needsAgent)
      return { from: result.error, why: PICK_AGENT_HINT, error: true, needsAgent: true };
    return { from: result.error, why: '', error: true };
  }
  const number = result.selection.number;
  if (!number) return { from: 'No number to call from', why: result.selection.reason, error: true };
  const label = number.label ? ` · ${number.label}` : '';
  if (result.provider === 'tel')
    return {
      from: 'Your phone app decides the number shown',
      why: `Ringside would use ${result.fromDisplay}${label}, but a tel: hand-off cannot carry a caller ID.`,
    };
  const local = result.localTime ? ` Local time there: ${result.localTime}.` : '';
  return {
    from: `Call from ${result.fromDisplay}${label}`,
    why: result.selection.reason + local,
    fromNumber: result.fromDisplay,
    ...(number.label ? { fromLabel: number.label } : {}),
  };
}

/** The card's line after a call attempt. */
export function describeDial(result: DialResult): { text: string; kind: 'info' | 'error' } {
  if (!result.ok) return { text: result.error, kind: 'error' };
  if (result.provider === 'tel')
    return {
      text: 'Handed to your phone app, which decides the number shown to the callee',
      kind: 'info',
    };
  return {
    text: result.selection.number ? `Calling from ${result.fromDisplay}` : 'Calling…',
    kind: 'info',
  };
}
