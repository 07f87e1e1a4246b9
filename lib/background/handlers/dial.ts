/**
 * `dial`: a call the agent asked for, from a page, the side panel, the popup or the context menu.
 * A content script's dial passes the page rules again here (it can be bypassed by a compromised
 * page process): no calls from frames of sites that are not enabled, and the page dial rate.
 */
import { placeCall } from '../../calls/pipeline';
import { checkDialRate, startedNoCall, withdrawDial } from '../../calls/rate-limit';
import { dialRateMessage } from '../../calls/rate-limit-message';
import { english } from '../../i18n/english';
import type { BackgroundContext, Handlers } from '../context';
import type { MessageContext } from '../platform';

/** A dial from a frame inside a page that is not an enabled site (in English; see handlers). */
export const FRAMED_MESSAGE = english.t('background.framed');

export function dialHandlers(c: BackgroundContext): Handlers<'dial'> {
  const { db, platform, softphone } = c;
  /**
   * Times of the calls each tab's pages started (in memory: a burst comes within seconds, while
   * the worker runs; a worker that stops forgets them, which only ever allows a call).
   */
  const pageDials = new Map<number, number[]>();

  /** The call is counted at once (before any await), so a burst of concurrent dials cannot all pass. */
  function refusePageDial(ctx: MessageContext): { refused: string } | { at: number } {
    const tr = c.translator();
    if (ctx.topFrameEnabled === false) return { refused: tr.t('background.framed') };
    const tab = ctx.tabId ?? -1;
    const at = platform.now();
    const rate = checkDialRate(pageDials.get(tab) ?? [], at);
    pageDials.set(tab, rate.recent);
    if (pageDials.size > 500) pageDials.delete(pageDials.keys().next().value!);
    return rate.ok ? { at } : { refused: dialRateMessage(rate, tr) };
  }

  return {
    async dial(data, ctx) {
      const fromContent = ctx.sender === 'content';
      const page = fromContent ? refusePageDial(ctx) : null;
      if (page && 'refused' in page) return { ok: false, error: page.refused };
      const result = await placeCall(
        {
          db,
          now: platform.now,
          fetch: platform.fetch,
          openTelUrl: platform.openTelUrl,
          activeSnapshot: c.active.snapshot,
          translator: c.translator(),
          ...(softphone ? { softphone: softphone.port } : {}),
          ...(softphone ? { onFollowedCall: softphone.followed } : {}),
        },
        {
          to: data.to,
          ext: data.ext,
          confirmed: data.confirmed,
          fromNumberId: data.fromNumberId,
          region: data.region,
          // A content script's own claims about its page are not trusted; the sender's are.
          pageTitle: fromContent ? ctx.tabTitle : data.pageTitle,
          pageUrl: fromContent ? ctx.senderUrl : data.pageUrl,
          tabId: fromContent ? ctx.tabId : undefined,
        },
      );
      // A dial that only waits for the agent's confirmation started no call.
      if (page && startedNoCall(result)) {
        const tab = ctx.tabId ?? -1;
        pageDials.set(tab, withdrawDial(pageDials.get(tab) ?? [], page.at));
      }
      return result;
    },
  };
}
