/**
 * What the CRM call card says: the number it is about, the note when a link's text names another
 * number than it dials, the caller ID the call would use and why, and the line after a call
 * attempt. Pure, so the content script (entrypoints/content/) and its tests share one wording.
 */
import type { DialRateDecision } from '../calls/rate-limit';
import type { PhoneMatch } from '../detect/types';
import type { Translator } from '../i18n';
import type { DialResult, PreviewResult } from '../messages';
import { displayText } from './bidi';
import type { CardVisibility } from './card-visibility';
import { ENGLISH_CARD } from './card-english';
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
   * `from` in pieces, when it names a number: the sentence's own words as they are, the number
   * and the label marked, so the card can put each name in its own isolate wherever the
   * language's sentence places it.
   */
  fromParts?: FromPart[];
  /**
   * The agent has not said who they are (or can no longer call as who they said): the card's
   * Call button is disabled and `from` says where to pick themselves.
   */
  needsAgent?: boolean;
}

export interface FromPart {
  text: string;
  isolate?: 'number' | 'label';
}

const DIGITS = /\d/g;

// Private-use characters stand in for the names while the sentence is formatted, then split it.
const NUMBER_MARK = '\uE000';
const LABEL_MARK = '\uE001';

function fromParts(tr: Translator, number: string, label: string | undefined): FromPart[] {
  const sentence = label
    ? tr.t('card.from.labelled', { number: NUMBER_MARK, label: LABEL_MARK })
    : tr.t('card.from', { number: NUMBER_MARK });
  return sentence
    .split(/([\uE000\uE001])/)
    .filter((piece) => piece !== '')
    .map((piece) =>
      piece === NUMBER_MARK
        ? { text: number, isolate: 'number' }
        : piece === LABEL_MARK
          ? { text: label ?? '', isolate: 'label' }
          : { text: piece },
    );
}

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
export function cardNumberText(
  match: CardNumber,
  toDisplay?: string,
  tr: Translator = ENGLISH_CARD,
): string {
  const { text, e164, ext } = match;
  if (textIsNumber(text) && !textDiffers(match)) return text;
  const number = toDisplay ?? e164;
  return ext ? tr.t('card.number.ext', { number, ext }) : number;
}

/** The card's note for a number: why the number shown is not the page's text. */
export function cardNote(match: CardNumber, tr: Translator = ENGLISH_CARD): string | undefined {
  if (!textDiffers(match)) return undefined;
  return tr.t('card.link.note', { text: displayText(match.text, 40) });
}

/** Where an agent says who they are, named the way the extension's own pages name it. */
export const PICK_AGENT_HINT = ENGLISH_CARD.t('card.pickAgent');

/**
 * "Call from +1 415 555 0199 · San Francisco", and why. Numbers are written by the background
 * (`fromDisplay`), in the extension pages' format: the content script has no formatting metadata.
 */
export function describePreview(result: PreviewResult, tr: Translator = ENGLISH_CARD): CardPreview {
  if (!result.ok) {
    if (result.needsAgent)
      return { from: result.error, why: tr.t('card.pickAgent'), error: true, needsAgent: true };
    return { from: result.error, why: '', error: true };
  }
  const number = result.selection.number;
  if (!number) return { from: tr.t('card.from.none'), why: result.selection.reason, error: true };
  const values = { number: result.fromDisplay, label: number.label ?? '' };
  if (result.provider === 'tel')
    return {
      from: tr.t('card.from.tel'),
      why: number.label ? tr.t('card.why.tel.labelled', values) : tr.t('card.why.tel', values),
    };
  // Two sentences, each whole in its language: the selector's reason, then the local time.
  const local = result.localTime
    ? ` ${tr.t('card.why.localTime', { time: result.localTime })}`
    : '';
  return {
    from: number.label ? tr.t('card.from.labelled', values) : tr.t('card.from', values),
    why: result.selection.reason + local,
    fromNumber: result.fromDisplay,
    ...(number.label ? { fromLabel: number.label } : {}),
    fromParts: fromParts(tr, result.fromDisplay, number.label),
  };
}

/** The card's line after a call attempt. */
export function describeDial(
  result: DialResult,
  tr: Translator = ENGLISH_CARD,
): { text: string; kind: 'info' | 'error' } {
  if (!result.ok) return { text: result.error, kind: 'error' };
  if (result.provider === 'tel') return { text: tr.t('card.dial.tel'), kind: 'info' };
  return {
    text: result.selection.number
      ? tr.t('card.dial.calling', { number: result.fromDisplay })
      : tr.t('card.call.busy'),
    kind: 'info',
  };
}

/** Why a press on Call did not call: the page hid the card, or it had only just appeared. */
export function describeRefusedPress(
  visibility: Extract<CardVisibility, { ok: false }>,
  tr: Translator = ENGLISH_CARD,
): string {
  return visibility.reason === 'hidden'
    ? tr.t('card.visibility.hidden')
    : tr.t('card.visibility.tooSoon');
}

/** The page's call rate was reached (lib/calls/rate-limit.ts): how long to wait, in a sentence. */
export function describeRateLimit(
  decision: Extract<DialRateDecision, { ok: false }>,
  tr: Translator = ENGLISH_CARD,
): string {
  const seconds = Math.max(1, Math.ceil(decision.retryInMs / 1000));
  return decision.limit === 'window'
    ? tr.t('card.rate.window', { seconds, max: decision.maxInWindow })
    : tr.t('card.rate.gap', { seconds });
}

const GONE = /Extension context invalidated|message port closed/i;
const NO_ANSWER = /Receiving end does not exist|Could not establish connection/i;

/**
 * A failed message to the background, said on the card. A content script outlives its extension:
 * after an update nothing answers until the page is reloaded. (Extension pages word their own
 * failures: lib/ui/errors.ts.)
 */
export function describeCardFailure(error: unknown, tr: Translator = ENGLISH_CARD): string {
  const text = error instanceof Error ? error.message : String(error);
  return GONE.test(text) || NO_ANSWER.test(text)
    ? tr.t('card.failure.gone')
    : tr.t('card.failure.other', { detail: text });
}
