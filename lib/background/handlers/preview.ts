/**
 * The two messages every CRM page sends most: `getPageContext` on each page load and
 * `previewCallerId` on each hover. Both read the active config kept in memory
 * (../active-config.ts), so their cost does not grow with the account, and the settings and the
 * agent's choice kept in memory (../kept-reads.ts), so they wait on no database.
 */
import { previewCall } from '../../calls/pipeline';
import { siteExclusions } from '../../detect/exclusions';
import { effectiveLanguage } from '../../i18n';
import { cardLanguage } from '../../i18n/card-catalogs';
import type { BackgroundContext, Handlers } from '../context';

export function previewHandlers(
  c: BackgroundContext,
): Handlers<'previewCallerId' | 'getPageContext'> {
  const { db, platform } = c;
  return {
    async previewCallerId(data, ctx) {
      // The CRM card (a content script) gets its caller-ID dropdown with the preview.
      return previewCall(db, data.to, platform.now(), {
        withChoice: ctx.sender === 'content',
        region: data.region,
        activeSnapshot: c.active.snapshot,
        translator: c.translator(),
        // From memory: a preview makes no database round trip (../kept-reads.ts).
        reads: c.kept,
      });
    },

    async getPageContext(_data, ctx) {
      const [active, settings] = await Promise.all([c.active.snapshot(), c.kept.settings()]);
      // The admin's exclusions for the sender's own site (the sender's URL, not a claim of it).
      const excludeSelectors = siteExclusions(settings.excludeSelectors, ctx.senderUrl);
      // The card's messages travel with its language: the content script bundles English only.
      const card = cardLanguage(
        effectiveLanguage(settings.language, [platform.uiLanguage?.() ?? 'en']),
      );
      return {
        ok: true,
        defaultCountry: active?.config.account.defaultCountry ?? null,
        routeTelLinks: settings.routeTelLinks,
        offerCalls: ctx.topFrameEnabled !== false,
        language: card.language,
        ...(card.catalog ? { cardCatalog: card.catalog } : {}),
        ...(excludeSelectors.length ? { excludeSelectors } : {}),
      };
    },
  };
}
