// @vitest-environment happy-dom
/** The benchmark's CRM list (bench/crm-page.ts): every number read in its row's country. */
import { expect, it } from 'vitest';
import { crmRowNumbers, crmTableHtml } from '../../../../bench/crm-page';
import { detectPhoneNumbers } from '../../../../lib/detect/index';

it('reads every number of a mixed-country list in the country of its row', () => {
  document.body.innerHTML = crmTableHtml(120);
  const found = detectPhoneNumbers(document.body, { defaultCountry: 'US' });
  expect(found.map((m) => m.e164)).toEqual(
    Array.from({ length: 120 }, (_, i) => crmRowNumbers(i)).flat(),
  );
  const countries = new Set(found.map((m) => m.region));
  for (const country of ['BR', 'DE', 'FR', 'GB', 'IN', 'US']) expect(countries).toContain(country);
});
