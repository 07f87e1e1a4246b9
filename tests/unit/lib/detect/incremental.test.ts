// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  detectPhoneNumbers,
  MatchRegistry,
  planRescan,
  Scanner,
  OBSERVE_OPTIONS as OBSERVE,
} from '../../../../lib/detect/index';
import type { Detected, PhoneMatch } from '../../../../lib/detect/index';

const US = { defaultCountry: 'US' } as const;
const summary = (m: Detected | PhoneMatch) => `${m.e164}|${m.ext ?? ''}|${m.text}|${m.source}`;

/** The content script's loop without the browser: observe, plan, rescan into a registry. */
class Harness {
  readonly registry = new MatchRegistry<Detected>((m) => m);
  readonly observer = new MutationObserver(() => {});
  unitsScanned: Array<{ root: Node; deep: boolean }> = [];

  constructor(private readonly root: Node) {
    this.observer.observe(root, OBSERVE);
    this.scan([{ root, deep: true }]);
  }

  private scan(units: Array<{ root: Node; deep: boolean }>) {
    const sink = {
      ...this.registry.sink,
      shadowRoot: (shadow: ShadowRoot) => this.observer.observe(shadow, OBSERVE),
    };
    new Scanner(sink, US, units).step();
  }

  /** Applies what the page changed since the last call. */
  update() {
    const plan = planRescan(this.observer.takeRecords());
    if (plan.removed) this.registry.sweep();
    for (const node of plan.forget) this.registry.forgetWithin(node);
    this.unitsScanned = plan.units;
    this.scan(plan.units);
  }

  found(): string[] {
    return [...this.registry.entries()].map(summary).sort();
  }
}

const full = (root: Node) => detectPhoneNumbers(root, US).map(summary).sort();

/** A table row element (happy-dom's insertAdjacentHTML drops <tr> outside a table context). */
function rowElement(i: number): Element {
  const table = document.createElement('table');
  table.innerHTML = `<tbody>${row(i)}</tbody>`;
  return table.querySelector('tr')!;
}

function row(i: number): string {
  return (
    `<tr><td>Contact ${i}</td><td><span>(415)</span> <span>555-01${String(i % 100).padStart(2, '0')}</span></td>` +
    `<td><a href="tel:+1212555${1000 + i}">desk</a></td><td>Order #${4155550000 + i}</td></tr>`
  );
}

let harness: Harness | null = null;
beforeEach(() => {
  document.body.innerHTML = `<main><p id="intro">Main line 415-555-0199</p><table><tbody id="rows">${Array.from(
    { length: 6 },
    (_, i) => row(i),
  ).join('')}</tbody></table><div id="list">Showing 6 <div>Ops 212-555-0188</div></div></main>`;
});
afterEach(() => {
  harness?.observer.disconnect();
  harness = null;
});

describe('planRescan: the smallest units', () => {
  it('scans an appended row alone', () => {
    harness = new Harness(document.body);
    const tbody = document.getElementById('rows')!;
    tbody.append(rowElement(7));
    harness.update();
    expect(harness.unitsScanned).toEqual([{ root: tbody.lastElementChild, deep: true }]);
    expect(harness.found()).toEqual(full(document.body));
  });

  it('rescans only the own text of a container whose text node changed', () => {
    harness = new Harness(document.body);
    const list = document.getElementById('list')!;
    (list.firstChild as Text).data = 'Showing 7, call 415-555-0177 ';
    harness.update();
    expect(harness.unitsScanned).toEqual([{ root: list, deep: false }]);
    expect(harness.found()).toEqual(full(document.body));
  });

  it('rescans the row of a cell when an inline element in it changes', () => {
    harness = new Harness(document.body);
    const span = document.querySelector('#rows td span')!;
    span.textContent = '(212)';
    harness.update();
    // The whole row: a changed cell can change the country the row names for its other numbers.
    expect(harness.unitsScanned).toEqual([{ root: span.closest('tr'), deep: true }]);
    expect(harness.found()).toEqual(full(document.body));
  });

  it('reads the other numbers of a row again when its Country cell changes', () => {
    document.body.innerHTML =
      '<table><thead><tr><th>Phone</th><th>Country</th></tr></thead><tbody>' +
      '<tr><td>(21) 3381-4420</td><td id="country">United States</td></tr></tbody></table>';
    harness = new Harness(document.body);
    expect(harness.found()).toEqual(['+12133814420||(21) 3381-4420|text']);
    document.getElementById('country')!.textContent = 'Brazil';
    harness.update();
    expect(harness.found()).toEqual(['+552133814420||(21) 3381-4420|text']);
    expect(harness.found()).toEqual(full(document.body));
  });

  it('drops the numbers of removed rows', () => {
    harness = new Harness(document.body);
    const before = harness.registry.size;
    document.getElementById('rows')!.firstElementChild!.remove();
    harness.update();
    expect(harness.registry.size).toBe(before - 2);
    expect(harness.found()).toEqual(full(document.body));
  });

  it('forgets a subtree that becomes hidden or editable, and finds it again when it returns', () => {
    harness = new Harness(document.body);
    const intro = document.getElementById('intro')!;
    intro.setAttribute('contenteditable', '');
    harness.update();
    expect(harness.found()).toEqual(full(document.body));
    expect(harness.found().some((s) => s.startsWith('+14155550199'))).toBe(false);
    intro.removeAttribute('contenteditable');
    harness.update();
    expect(harness.found().some((s) => s.startsWith('+14155550199'))).toBe(true);
    document.querySelector('main')!.setAttribute('style', 'display: none');
    harness.update();
    expect(harness.registry.size).toBe(0);
  });

  it('ignores style changes that do not hide anything', () => {
    harness = new Harness(document.body);
    document.querySelector('main')!.setAttribute('style', 'color: red');
    harness.update();
    expect(harness.unitsScanned).toEqual([]);
  });

  it('forgets a link whose href stops being tel:', () => {
    harness = new Harness(document.body);
    document.querySelector('a')!.setAttribute('href', '/contacts/1');
    harness.update();
    expect(harness.found()).toEqual(full(document.body));
  });

  it('follows changes inside open shadow roots it has entered', () => {
    document.body.insertAdjacentHTML('beforeend', '<x-card></x-card>');
    const shadow = document.querySelector('x-card')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Shadow 415-555-0166</p>';
    harness = new Harness(document.body);
    shadow.querySelector('p')!.append(' and 415-555-0167');
    harness.update();
    expect(harness.found()).toEqual(full(document.body));
    expect(harness.found().filter((s) => s.includes('555016'))).toHaveLength(2);
  });
});

describe('incremental scans equal a full scan after any edits', () => {
  const pieces = [
    '415-555-0101',
    '(212) 555-0102',
    'Order #4155550103',
    '2024-03-15',
    'hello ',
    ' ext. 4',
  ];
  const op = fc.oneof(
    fc.record({ kind: fc.constant('append-row' as const), n: fc.nat(99) }),
    fc.record({ kind: fc.constant('remove' as const), n: fc.nat() }),
    fc.record({
      kind: fc.constant('set-text' as const),
      n: fc.nat(),
      piece: fc.constantFrom(...pieces),
    }),
    fc.record({ kind: fc.constant('split-text' as const), n: fc.nat(), at: fc.nat(20) }),
    fc.record({ kind: fc.constant('wrap-text' as const), n: fc.nat() }),
    fc.record({
      kind: fc.constant('insert-inline' as const),
      n: fc.nat(),
      piece: fc.constantFrom(...pieces),
    }),
    fc.record({ kind: fc.constant('toggle-hidden' as const), n: fc.nat() }),
    fc.record({ kind: fc.constant('toggle-href' as const), n: fc.nat() }),
    fc.record({ kind: fc.constant('move' as const), n: fc.nat(), m: fc.nat() }),
    fc.record({ kind: fc.constant('toggle-editable' as const), n: fc.nat() }),
    fc.record({ kind: fc.constant('toggle-display' as const), n: fc.nat() }),
  );
  type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

  const pick = <T>(list: T[], n: number): T | undefined =>
    list.length ? list[n % list.length] : undefined;
  const textNodes = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const out: Text[] = [];
    for (let t = walker.nextNode(); t; t = walker.nextNode()) out.push(t as Text);
    return out;
  };
  const elements = () => Array.from(document.body.querySelectorAll('main *'));

  function apply(o: Op) {
    switch (o.kind) {
      case 'append-row':
        document.getElementById('rows')?.append(rowElement(o.n));
        return;
      case 'remove':
        pick(elements(), o.n)?.remove();
        return;
      case 'set-text': {
        const t = pick(textNodes(), o.n);
        if (t) t.data = o.piece;
        return;
      }
      case 'split-text': {
        const t = pick(textNodes(), o.n);
        if (t && t.data.length > 0) t.splitText(o.at % t.data.length);
        return;
      }
      case 'wrap-text': {
        const t = pick(textNodes(), o.n);
        if (t?.parentNode) {
          const span = document.createElement('span');
          t.parentNode.replaceChild(span, t);
          span.append(t);
        }
        return;
      }
      case 'insert-inline': {
        const el = pick(elements(), o.n);
        if (el) el.insertAdjacentHTML('beforeend', `<b>${o.piece}</b>`);
        return;
      }
      case 'toggle-hidden': {
        const el = pick(elements(), o.n);
        if (el) el.toggleAttribute('hidden');
        return;
      }
      case 'toggle-href': {
        const a = pick(Array.from(document.querySelectorAll('a')), o.n);
        if (a)
          a.setAttribute(
            'href',
            a.getAttribute('href')!.startsWith('tel:') ? '/c' : 'tel:+12125550142',
          );
        return;
      }
      case 'toggle-editable': {
        const el = pick(elements(), o.n);
        if (el) el.toggleAttribute('contenteditable');
        return;
      }
      case 'toggle-display': {
        const el = pick(elements(), o.n);
        if (el) el.setAttribute('style', el.getAttribute('style') ? '' : 'display: none');
        return;
      }
      case 'move': {
        const el = pick(elements(), o.n);
        const to = pick(elements(), o.m);
        if (el && to && !el.contains(to)) to.append(el);
        return;
      }
    }
  }

  it('holds for random edit sequences', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(op, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        (batches) => {
          document.body.innerHTML = `<main><p>Main 415-555-0199</p><table><tbody id="rows">${row(1)}${row(2)}</tbody></table><div id="list">Showing <div>Ops 212-555-0188</div></div></main>`;
          const h = new Harness(document.body);
          try {
            for (const batch of batches) {
              batch.forEach(apply);
              h.update();
              expect(h.found()).toEqual(full(document.body));
            }
          } finally {
            h.observer.disconnect();
          }
        },
      ),
      {
        numRuns: Number(process.env.RUNS ?? 200),
        interruptAfterTimeLimit: 3500,
        ...(process.env.SEED ? { seed: Number(process.env.SEED), verbose: 2 } : {}),
      },
    );
  });
});
