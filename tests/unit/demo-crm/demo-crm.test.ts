// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { afterEach, describe, expect, it } from 'vitest';
import { incomingActivity, seedActivity } from '../../../demo-crm/activity.js';
import { parseRoute } from '../../../demo-crm/app.js';
import { contacts } from '../../../demo-crm/contacts.js';
import expected from '../../../demo-crm/expected.json';
import { analyzePhone } from '../../../lib/phone/index';
import { loadDemoPage, shownNumbers } from '../helpers/demo-crm-page';

/** Numbers a detector may or may not read (the list can be empty, which JSON types as never[]). */
type Optional = { text: string; e164: string; why: string };
const optionalOf = (page: { optional: unknown[] }) => page.optional as Optional[];

const DEMO_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../demo-crm');

let app: ReturnType<typeof loadDemoPage> | null = null;
function open(hash: string) {
  app?.stop();
  app = loadDemoPage(hash);
  return app;
}
afterEach(() => {
  app?.stop();
  app = null;
});

/** All text a reader could find on the page, plus the values of its inputs. */
function pageText(): string {
  const values = [...document.querySelectorAll('input')].map((input) => input.value);
  return [document.documentElement.textContent ?? '', ...values].join('\n');
}

describe('demo CRM contacts data', () => {
  it('has 50+ contacts with unique ids, some with two numbers and one with none', () => {
    expect(contacts.length).toBeGreaterThanOrEqual(50);
    expect(new Set(contacts.map((c) => c.id)).size).toBe(contacts.length);
    expect(contacts.filter((c) => c.phones.length === 2).length).toBeGreaterThanOrEqual(5);
    expect(contacts.some((c) => c.phones.length === 0)).toBe(true);
  });

  it('holds valid numbers (US default) from many countries, except the listed optional ones', () => {
    const optional = new Set(expected.pages.flatMap((p) => optionalOf(p).map((o) => o.text)));
    const countries = new Set<string>();
    for (const phone of contacts.flatMap((c) => c.phones)) {
      if (optional.has(phone.value)) {
        expect(isValidPhoneNumber(phone.value, 'US'), phone.value).toBe(false);
        continue;
      }
      // As the background reads a number (00 is an international prefix there too).
      const parsed = analyzePhone(phone.value, 'US');
      expect(parsed?.valid, phone.value).toBe(true);
      countries.add(parsed?.region ?? '');
    }
    for (const country of ['US', 'CA', 'GB', 'BR']) expect(countries).toContain(country);
    expect(countries.size).toBeGreaterThanOrEqual(8);
  });

  it('writes numbers in many formats, with extensions, links and a split area code', () => {
    const values = contacts.flatMap((c) => c.phones.map((p) => p.value));
    const formats: [string, RegExp][] = [
      ['(NPA) NXX-XXXX', /^\(\d{3}\) \d{3}-\d{4}$/],
      ['NPA.NXX.XXXX', /^\d{3}\.\d{3}\.\d{4}$/],
      ['NPA-NXX-XXXX', /^\d{3}-\d{3}-\d{4}$/],
      ['+1 NPA NXX XXXX', /^\+1 \d{3} \d{3} \d{4}$/],
      ['E.164', /^\+\d{10,14}$/],
      ['digits only', /^\d{10}$/],
      ['+44 …', /^\+44 \d/],
      ['+44 (0)…', /^\+44 \(0\)/],
      ['011 44 …', /^011 44 /],
      ['00 44 …', /^00 44 /],
      ['+55 …', /^\+55 /],
      ['ext.', / ext\. \d+$/],
      ['x', / x\d+$/],
    ];
    for (const [name, pattern] of formats) {
      expect(
        values.some((v) => pattern.test(v)),
        name,
      ).toBe(true);
    }
    const phones = contacts.flatMap((c) => c.phones);
    expect(phones.filter((p) => p.link).length).toBeGreaterThanOrEqual(10);
    expect(phones.some((p) => p.split)).toBe(true);
  });

  it('builds pages with DOM APIs only, never from HTML strings', () => {
    const sources = readdirSync(DEMO_DIR).filter((f) => f.endsWith('.js'));
    expect(sources.length).toBeGreaterThan(3);
    for (const file of sources) {
      const source = readFileSync(join(DEMO_DIR, file), 'utf8');
      expect(source, file).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/,
      );
    }
  });
});

describe('demo CRM routes', () => {
  it.each([
    ['', { name: 'list' }],
    ['#/contacts', { name: 'list' }],
    ['#/contacts/', { name: 'list' }],
    ['#/contacts/c-001', { name: 'record', id: 'c-001' }],
    ['#/contacts/c-058/', { name: 'record', id: 'c-058' }],
    ['#/elsewhere', { name: 'list' }],
  ])('%j → %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('swaps the main view in place on navigation and keeps the activity feed', async () => {
    open('#/contacts');
    const feed = document.getElementById('activity-list');
    expect(document.querySelectorAll('table.contacts tbody tr')).toHaveLength(contacts.length);

    window.location.hash = '#/contacts/c-040';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(document.querySelector('.record-header h1')?.textContent).toContain('Oliver Hughes');
    expect(document.querySelector('table.contacts')).toBeNull();
    expect(document.getElementById('activity-list')).toBe(feed);
    expect(document.title).toBe('Oliver Hughes · Ringside Demo CRM');
  });

  it('says so for an unknown contact', () => {
    open('#/contacts/c-999');
    expect(document.getElementById('view')?.textContent).toContain('No contact has the id “c-999”');
  });

  it('filters the list as the agent types', () => {
    open('#/contacts');
    const filter = document.querySelector<HTMLInputElement>('.filter-input');
    if (!filter) throw new Error('no filter box');
    filter.value = 'gagnon';
    filter.dispatchEvent(new Event('input'));
    const rows = document.querySelectorAll('table.contacts tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-contact-id'))).toEqual(['c-032']);
  });
});

describe('expected.json describes the rendered demo CRM', () => {
  it.each(expected.pages.map((page) => [page.hash, page] as const))('%s', (hash, page) => {
    open(hash);
    const trapTexts = new Set(page.traps.map((t) => t.text));
    const shown = shownNumbers(document.body);
    // The baseline reads exactly the listed traps on top of the real numbers.
    expect(shown.filter((n) => trapTexts.has(n.display)).map((n) => n.e164)).toEqual(
      page.traps.map((t) => t.baselineReads),
    );
    // Numbers Ringside reads by their page context or prefix are beyond the baseline's reach.
    const withinBaseline = page.numbers
      .filter((n) => !('beyondBaseline' in n))
      .map(({ e164, source, display, ...rest }) => ({
        e164,
        source,
        display,
        ...('ext' in rest ? { ext: rest.ext } : {}),
      }));
    expect(shown.filter((n) => !trapTexts.has(n.display))).toEqual(withinBaseline);

    const text = pageText();
    for (const s of [
      ...page.distractors,
      ...page.skipped.map((s) => s.text),
      ...optionalOf(page).map((o) => o.text),
      ...page.traps.map((t) => t.within),
    ]) {
      expect(text, `"${s}" on ${hash}`).toContain(s);
    }
    for (const distractor of page.distractors) {
      expect(isValidPhoneNumber(distractor, 'US'), distractor).toBe(false);
    }
  });

  it('lists every route with numbers, links, an input and skipped content', () => {
    const sources = new Set(expected.pages.flatMap((p) => p.numbers.map((n) => n.source)));
    expect([...sources].sort()).toEqual(['input', 'link', 'text']);
    expect(expected.pages[0]?.numbers.length).toBeGreaterThan(60);
    expect(expected.pages.flatMap((p) => p.skipped).length).toBeGreaterThan(3);
  });
});

describe('Recent activity feed', () => {
  it('starts with the seeded rows', () => {
    open('#/contacts');
    const titles = [...document.querySelectorAll('#activity-list .activity-title')];
    expect(titles.map((t) => t.textContent)).toEqual(seedActivity.map((a) => a.title));
  });

  it('inserts the simulated rows at the top, in the order expected.json lists', () => {
    open('#/contacts');
    const button = document.getElementById('simulate-activity');
    const feed = document.getElementById('activity-list');
    if (!button || !feed?.firstElementChild) throw new Error('no activity feed');
    const runs = expected.simulatedActivity.length + 1; // one more: the cycle starts again
    for (let i = 0; i < runs; i++) {
      button.click();
      const item = expected.simulatedActivity[i % expected.simulatedActivity.length];
      const row = feed.firstElementChild as HTMLElement;
      expect(row.querySelector('.activity-title')?.textContent).toBe(item?.title);
      expect(shownNumbers(row)).toEqual(item?.numbers);
    }
    expect(document.getElementById('activity-new')?.textContent).toBe(`${runs} new`);
    expect(expected.simulatedActivity.map((a) => a.title)).toEqual(
      incomingActivity.map((a) => a.title),
    );
  });

  it('keeps its newest 40 rows', () => {
    const { addActivity } = open('#/contacts');
    for (let i = 0; i < 50; i++) addActivity();
    expect(document.querySelectorAll('#activity-list > li')).toHaveLength(40);
  });
});
