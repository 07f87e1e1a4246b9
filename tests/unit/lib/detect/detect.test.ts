// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { detectPhoneNumbers, detectWithPlaces, Scanner } from '../../../../lib/detect/index';
import type { Detected, PhoneMatch } from '../../../../lib/detect/index';
import { LONG_LIST } from '../../../../lib/detect/long-lists';

const US = { defaultCountry: 'US' } as const;
const numbersIn = (html: string) => {
  document.body.innerHTML = html;
  return detectPhoneNumbers(document.body, US).map((m) => m.e164);
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('numbers split over inline elements', () => {
  it.each([
    '<span>(415)</span> <span>555-0100</span>',
    '<span>(415)</span><span>555-0100</span>',
    '<b>415</b>-<i>555</i>-0100',
    '<a href="/c/1"><span>+1</span> <span>415 555 0100</span></a>',
    '<lightning-formatted-phone><span>(415) </span><span>555-0100</span></lightning-formatted-phone>',
    '<span>(415)</span>\n      <span>555-0100</span>',
    '(415) 555-<!-- rendered as nothing -->0100',
  ])('%s', (html) => {
    expect(numbersIn(html)).toEqual(['+14155550100']);
  });

  it.each([
    '<table><tr><td>(415)</td><td>555-0100</td></tr></table>',
    '<div>(415)</div><div>555-0100</div>',
    '415<br>555-0100',
    '<p>(415)</p>555-0100',
    '<span>(415)</span><script>1</script><span>555-0100</span>',
  ])('not across a block boundary: %s', (html) => {
    expect(numbersIn(html)).toEqual([]);
  });

  /** Puts a page in the body; the number's expected text nodes and offsets in it. */
  const splitCases: Array<[string, () => void, [string, number, string, number]]> = [
    [
      'over inline elements',
      () => {
        document.body.innerHTML = '<div>Call <span>(415)</span> <span>555-0100</span> today</div>';
      },
      ['(415)', 0, '555-0100', 8],
    ],
    [
      'over several text nodes of one element, a comment between them',
      () => {
        const cell = document.createElement('div');
        cell.append('', 'Call (415) 555-', document.createComment('x'), '0100 today');
        document.body.append(cell);
      },
      ['Call (415) 555-', 5, '0100 today', 4],
    ],
  ];

  it.each(splitCases)('maps a number split %s back to its text nodes', (_name, setUp, want) => {
    setUp();
    const [match] = detectWithPlaces(document.body, US);
    const place = match!.place;
    if (place.kind !== 'text') throw new Error('expected a text place');
    expect([place.startNode.data, place.startOffset, place.endNode.data, place.endOffset]).toEqual(
      want,
    );
    expect(match!.text).toBe('(415) 555-0100');
    expect(match!.e164).toBe('+14155550100');
  });

  it('tells the sink about a custom element with no children yet (it may upgrade)', () => {
    document.body.innerHTML = '<p>Call <x-phone></x-phone> or <x-card>415-555-0100</x-card></p>';
    const custom: string[] = [];
    const found: string[] = [];
    new Scanner(
      { found: (_c, m) => found.push(m.e164), customElement: (el) => custom.push(el.localName) },
      US,
      [{ root: document.body, deep: true }],
    ).step();
    expect(custom).toEqual(['x-phone', 'x-card']);
    expect(found).toEqual(['+14155550100']);
  });

  it('maps a number in the middle of a text node', () => {
    document.body.innerHTML = '<p>Main line: 415-555-0100 (ask for Ana)</p>';
    const place = detectWithPlaces(document.body, US)[0]!.place;
    expect(place).toMatchObject({ kind: 'text', startOffset: 11, endOffset: 23 });
  });
});

describe('what detection skips', () => {
  it.each([
    ['script', '<script>var p = "(415) 555-0100"</script>'],
    ['style', '<style>/* (415) 555-0100 */</style>'],
    ['template', '<template><p>(415) 555-0100</p></template>'],
    ['noscript', '<noscript>(415) 555-0100</noscript>'],
    ['code', '<p>Run <code>dial 4155550100</code></p>'],
    ['pre', '<pre>(415) 555-0100</pre>'],
    ['textarea', '<textarea readonly>(415) 555-0100</textarea>'],
    ['select', '<select><option>(415) 555-0100</option></select>'],
    ['contenteditable', '<div contenteditable="true">(415) 555-0100</div>'],
    ['contenteditable (empty value)', '<div contenteditable><p><b>(415) 555-0100</b></p></div>'],
    [
      'contenteditable plaintext-only',
      '<div contenteditable="plaintext-only">(415) 555-0100</div>',
    ],
    ['hidden attribute', '<div hidden><p>(415) 555-0100</p></div>'],
    ['display:none', '<div style="color: red; display:none">(415) 555-0100</div>'],
    ['visibility:hidden', '<span style="visibility: hidden">(415) 555-0100</span>'],
    ['editable input', '<input type="tel" value="(415) 555-0100">'],
    ['hidden input', '<input type="hidden" value="4155550100" readonly>'],
    ['svg', '<svg><text>(415) 555-0100</text></svg>'],
  ])('%s', (_name, html) => {
    expect(numbersIn(html)).toEqual([]);
  });

  it('reads contenteditable="false" and display:none-free styles', () => {
    expect(numbersIn('<div contenteditable="false">(415) 555-0100</div>')).toEqual([
      '+14155550100',
    ]);
    expect(numbersIn('<div style="display: block">(415) 555-0101</div>')).toEqual(['+14155550101']);
  });

  it('reads read-only and disabled inputs', () => {
    document.body.innerHTML =
      '<input readonly value="(415) 555-0100"><input type="tel" disabled value="+1 415 555 0101 x9">';
    const found = detectPhoneNumbers(document.body, US);
    expect(found).toEqual([
      {
        e164: '+14155550100',
        text: '(415) 555-0100',
        source: 'input',
        region: 'US',
        regionSource: 'default',
      },
      {
        e164: '+14155550101',
        ext: '9',
        text: '+1 415 555 0101 x9',
        source: 'input',
        region: 'US',
        regionSource: 'international',
      },
    ]);
  });

  it('uses the current value of an input, not only its attribute', () => {
    document.body.innerHTML = '<input readonly value="none">';
    (document.querySelector('input') as HTMLInputElement).value = '415-555-0100';
    expect(detectPhoneNumbers(document.body, US).map((m) => m.e164)).toEqual(['+14155550100']);
  });

  it('never enters ignored elements', () => {
    document.body.innerHTML = '<div id="own">(415) 555-0100</div><p>(415) 555-0101</p>';
    const own = document.getElementById('own')!;
    const found = detectPhoneNumbers(document.body, { ...US, ignore: (el) => el === own });
    expect(found.map((m) => m.e164)).toEqual(['+14155550101']);
  });

  it('asks isVisible once per match, and drops what it calls invisible', () => {
    document.body.innerHTML =
      '<p class="gone">(415) 555-0100</p><p>(415) 555-0101</p><a class="gone" href="tel:4155550102">x</a>';
    const asked: Element[] = [];
    const found = detectPhoneNumbers(document.body, {
      ...US,
      isVisible: (el) => {
        asked.push(el);
        return !el.classList.contains('gone');
      },
    });
    expect(found.map((m) => m.e164)).toEqual(['+14155550101']);
    expect(asked).toHaveLength(3);
  });
});

describe('links', () => {
  const intl = { region: 'US', regionSource: 'international' } as const;
  const national = { region: 'US', regionSource: 'default' } as const;
  it.each([
    ['tel:+14155550100', '+14155550100', undefined, intl],
    ['tel:4155550100', '+14155550100', undefined, national],
    ['tel:+1-415-555-0100;ext=12', '+14155550100', '12', intl],
    ['tel:+1-415-555-0100;phone-context=example.com;ext=3', '+14155550100', '3', intl],
    ['TEL:(415)%20555-0100', '+14155550100', undefined, national],
    ['callto:+14155550100', '+14155550100', undefined, intl],
    ['callto://+14155550100', '+14155550100', undefined, intl],
    ['tel:%2B44%2020%207946%200123', '+442079460123', undefined, { ...intl, region: 'GB' }],
  ])('%s', (href, e164, ext, region) => {
    document.body.innerHTML = `<a href="${href}">Call</a>`;
    const [match] = detectPhoneNumbers(document.body, US);
    const base = { e164, text: 'Call', source: 'link', ...region };
    expect(match).toEqual(ext ? { ...base, ext } : base);
  });

  it('reads the text of a tel: link whose href is not a number', () => {
    expect(
      numbersIn('<a href="tel:">(415) 555-0100</a><a href="tel:%">(415) 555-0101</a>'),
    ).toEqual(['+14155550100', '+14155550101']);
  });

  it('does not read a number twice from a link and its text', () => {
    expect(numbersIn('<a href="tel:4155550100">(415) 555-0100</a>')).toEqual(['+14155550100']);
  });
});

describe('document order', () => {
  it('keeps text, links and inputs in the order the page shows them', () => {
    document.body.innerHTML = `
      <p>Main 415-555-0100 or <a href="tel:4155550101">desk</a>, then 415-555-0102</p>
      <input readonly value="415-555-0103"><div>415-555-0104</div>`;
    expect(detectPhoneNumbers(document.body, US).map((m) => [m.e164.slice(-4), m.source])).toEqual([
      ['0100', 'text'],
      ['0101', 'link'],
      ['0102', 'text'],
      ['0103', 'input'],
      ['0104', 'text'],
    ]);
  });

  it('scans open shadow roots where their host is, and leaves closed ones alone', () => {
    document.body.innerHTML =
      '<p>415-555-0100</p><x-open></x-open><x-closed></x-closed><p>415-555-0103</p>';
    const open = document.querySelector('x-open')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<p>415-555-0101</p>';
    const closed = document.querySelector('x-closed')!.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<p>415-555-0102</p>';
    expect(detectPhoneNumbers(document, US).map((m) => m.e164.slice(-4))).toEqual([
      '0100',
      '0101',
      '0103',
    ]);
  });
});

describe('roots', () => {
  it('accepts a text node, an inline element, a fragment and a whole document', () => {
    document.body.innerHTML = '<p>Tel <span id="s">415-555-0100</span></p>';
    const span = document.getElementById('s')!;
    expect(detectPhoneNumbers(span.firstChild!, US).map((m) => m.e164)).toEqual(['+14155550100']);
    expect(detectPhoneNumbers(span, US).map((m) => m.e164)).toEqual(['+14155550100']);
    expect(detectPhoneNumbers(document, US).map((m) => m.e164)).toEqual(['+14155550100']);
    const fragment = document.createRange().createContextualFragment('<b>415-555-0101</b>');
    expect(detectPhoneNumbers(fragment, US).map((m) => m.e164)).toEqual(['+14155550101']);
  });

  it('skips a root inside skipped content', () => {
    document.body.innerHTML = '<div contenteditable><p id="p">415-555-0100</p></div>';
    expect(detectPhoneNumbers(document.getElementById('p')!, US)).toEqual([]);
  });

  it('ignores the document head', () => {
    document.title = 'Call 415-555-0100';
    expect(detectPhoneNumbers(document, US)).toEqual([]);
  });
});

const summary = (m: Detected | PhoneMatch) => `${m.e164}|${m.ext ?? ''}|${m.text}|${m.source}`;

describe('properties', () => {
  const pieces = fc.constantFrom(
    '(415) 555-0100',
    '+44 20 7946 0123',
    '212.555.0199 x42',
    'Order #4155550123',
    '2024-03-15',
    ' · ',
    'Phone: ',
    ', ',
    '$1,234.50',
    ' and ',
  );

  it('splitting text into inline elements at any points changes nothing found', () => {
    fc.assert(
      fc.property(
        fc.array(pieces, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (parts, cuts) => {
          const text = parts.join(' ');
          document.body.innerHTML = '';
          const whole = document.createElement('p');
          whole.textContent = text;
          document.body.append(whole);
          const expected = detectPhoneNumbers(whole, US).map((m) => `${m.e164}|${m.ext ?? ''}`);

          // Cuts next to a space or between two digits: where a page's markup splits a number.
          // (A cut elsewhere is a real difference: "ORD-" and "4155550100" in two elements.)
          const cuttable = (at: number) =>
            /\s/.test(text[at - 1] ?? ' ') ||
            /\s/.test(text[at] ?? ' ') ||
            (/\d/.test(text[at - 1]!) && /\d/.test(text[at]!));
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))]
            .filter(cuttable)
            .sort((a, b) => a - b);
          const split = document.createElement('p');
          let last = 0;
          for (const point of [...points, text.length]) {
            const span = document.createElement('span');
            span.textContent = text.slice(last, point);
            split.append(span);
            last = point;
          }
          document.body.append(split);
          const found = detectPhoneNumbers(split, US).map((m) => `${m.e164}|${m.ext ?? ''}`);
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: 3500 },
    );
  });

  it('a scan paused at any points finds what an uninterrupted scan finds', () => {
    document.body.innerHTML = Array.from(
      { length: 40 },
      (_, i) =>
        `<div><span>Row ${i}</span> <span>(415) 555-01${String(i).padStart(2, '0')}</span>` +
        `<a href="tel:+1212555${String(1000 + i)}">desk</a><input readonly value="+44 20 7946 0${100 + i}"></div>`,
    ).join('');
    const full = detectPhoneNumbers(document.body, US).map(summary);
    expect(full).toHaveLength(120);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), (every) => {
        const found: Detected[] = [];
        const scanner = new Scanner({ found: (_c, m) => found.push(m) }, US, [
          { root: document.body, deep: true },
        ]);
        let calls = 0;
        let steps = 0;
        while (!scanner.step(() => ++calls % every === 0)) steps++;
        expect(found.map(summary)).toEqual(full);
        return steps >= 0;
      }),
      { numRuns: 30, interruptAfterTimeLimit: 3500 },
    );
  });
});

describe('long lists (more than LONG_LIST element children)', () => {
  /** A list of `rows` items, the given ones holding a number; scanned with `longList` answering `take`. */
  function scanList(rows: number, numbered: number[], take: boolean) {
    const list = document.createElement('ul');
    for (let i = 0; i < rows; i++) list.append(document.createElement('li'));
    for (const i of numbered)
      list.children[i]!.textContent = `(415) 555-${String(i).padStart(4, '0').slice(-4)}`;
    document.body.innerHTML = '<p>Office (212) 555-0100</p>';
    document.body.append(list);
    const found: string[] = [];
    const offered: Element[] = [];
    const sink = {
      found: (_c: Node, m: Detected) => found.push(m.e164),
      longList: (el: Element) => (offered.push(el), take),
    };
    new Scanner(sink, US, [{ root: document.body, deep: true }]).step();
    return { list, found, offered };
  }

  it('offers the list to the sink; taken, its rows are left to the sink, the rest of the page is scanned', () => {
    const { list, found, offered } = scanList(LONG_LIST + 1, [0, LONG_LIST], true);
    expect(offered).toEqual([list]);
    expect(found).toEqual(['+12125550100']);
  });

  it('not taken, the list is scanned like any block', () => {
    const { found } = scanList(LONG_LIST + 1, [1, LONG_LIST], false);
    expect(found).toEqual([
      '+12125550100',
      '+14155550001',
      `+1415555${String(LONG_LIST).slice(-4)}`,
    ]);
  });

  it('a list of LONG_LIST children is not offered', () => {
    const { found, offered } = scanList(LONG_LIST, [2], true);
    expect(offered).toEqual([]);
    expect(found).toEqual(['+12125550100', '+14155550002']);
  });
});
