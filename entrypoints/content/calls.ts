/**
 * Talking to the background: the page context (the account's country, whether tel: links are
 * routed), the caller-ID preview for a number, and the call itself. The background checks every
 * payload; what it answers is turned into the card's words here.
 */
import type { CountryCode } from '../../lib/detect';
import type { DialRequest, DialResult, PreviewResult } from '../../lib/messages';
import { describeCardFailure } from '../../lib/ui/card-wording';
import { sendMessage } from '../../utils/messaging';
import { cardTranslator, setCardLanguage } from './i18n';
import type { Mark } from './marks';
import { readingOf, type ChosenReading } from './reading-switch';

export interface PageSettings {
  defaultCountry: CountryCode | undefined;
  routeTelLinks: boolean;
  /**
   * False in a frame whose top frame is not an enabled site (a page framing the CRM): nothing is
   * marked and no call is offered there. The background decides; it knows the tab's top frame.
   */
  offerCalls: boolean;
  /** The admin's CSS selectors of this site's parts that are never scanned. */
  exclude: string[];
}

/** What a failed message to the background means on a web page (it outlives an update). */
export const messageOf = (error: unknown): string => describeCardFailure(error, cardTranslator());

/**
 * The account's country, the tel: setting and the card's language; without an answer,
 * international numbers only, and the browser's language.
 */
export async function loadPageSettings(): Promise<PageSettings> {
  try {
    const context = await sendMessage('getPageContext', undefined);
    if (context.ok) {
      setCardLanguage(context.language, context.cardCatalog);
      return {
        defaultCountry: context.defaultCountry ?? undefined,
        routeTelLinks: context.routeTelLinks,
        offerCalls: context.offerCalls,
        exclude: context.excludeSelectors ?? [],
      };
    }
  } catch {
    // The background is starting or gone; detection still reads "+…" numbers, in the top frame
    // only: whether a frame's top frame is an enabled site is the background's to say.
  }
  return {
    defaultCountry: undefined,
    routeTelLinks: false,
    offerCalls: window === window.top,
    exclude: [],
  };
}

/** How long a preview is reused: the agent's choice or the config can change at any time. */
const PREVIEW_TTL_MS = 10_000;
const previews = new Map<string, { at: number; result: Promise<PreviewResult> }>();

export function previewCallerId({ e164, region }: ChosenReading): Promise<PreviewResult> {
  const now = Date.now();
  const key = `${e164}|${region ?? ''}`;
  const cached = previews.get(key);
  if (cached && now - cached.at < PREVIEW_TTL_MS) return cached.result;
  const result = sendMessage('previewCallerId', region ? { to: e164, region } : { to: e164 }).catch(
    (error: unknown): PreviewResult => ({ ok: false, error: messageOf(error) }),
  );
  previews.set(key, { at: now, result });
  if (previews.size > 200) previews.delete(previews.keys().next().value!);
  return result;
}

export function forgetPreviews(): void {
  previews.clear();
}

export async function dial(
  mark: Mark,
  shown: Pick<DialRequest, 'confirmed' | 'fromNumberId'> = {},
): Promise<DialResult> {
  const { ext } = mark.match;
  // The reading shown on the card (the agent may have switched it); the background checks it.
  const { e164, region } = readingOf(mark);
  try {
    // The background takes the page's title and address from the sender, not from us.
    const request: DialRequest = { to: e164 };
    if (ext) request.ext = ext;
    if (region) request.region = region;
    if (shown.confirmed?.length) request.confirmed = shown.confirmed;
    if (shown.fromNumberId) request.fromNumberId = shown.fromNumberId;
    return await sendMessage('dial', request);
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}
