// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import expected from '../../../../demo-crm/expected.json';
import { detectPhoneNumbers } from '../../../../lib/detect/index';
import type { CountryCode } from '../../../../lib/detect/index';
import { loadDemoPage } from '../../helpers/demo-crm-page';

let app: ReturnType<typeof loadDemoPage> | null = null;
afterEach(() => {
  app?.stop();
  app = null;
});

describe.each(expected.pages)('the demo CRM at $hash', (page) => {
  it('finds every number the page shows, in order, and none of its distractors', () => {
    app = loadDemoPage(page.hash);
    const found = detectPhoneNumbers(document, {
      defaultCountry: expected.defaultCountry as CountryCode,
    });
    const optional = new Set((page.optional as Array<{ e164: string }>).map((o) => o.e164));
    const taken = found.filter((m) => !optional.has(m.e164));
    expect(taken.map(({ e164, ext, source }) => ({ e164, ext, source }))).toEqual(
      page.numbers.map(({ e164, source, ...rest }) => ({
        e164,
        ext: 'ext' in rest ? rest.ext : undefined,
        source,
      })),
    );
  });
});
