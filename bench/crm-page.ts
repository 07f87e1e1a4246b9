/**
 * The benchmark page: a CRM list view of N contacts from six countries (a Country column), two
 * phone numbers per row (in rotating formats, one as a tel: link) and the digits a real list
 * carries next to them: order ids, amounts, dates and times, ZIP codes, ticket numbers.
 * Deterministic, so runs compare.
 */

const FIRST = ['Ana', 'Ben', 'Chloé', 'Dev', 'Eun-ji', 'Farah', 'Gus', 'Hana', 'Ivo', 'Jules'];
const LAST = [
  'Silva',
  'Okafor',
  'Martin',
  'Patel',
  'Kim',
  'Haddad',
  'Berg',
  'Sato',
  'Novak',
  'Roy',
];
const AREA = ['415', '212', '617', '312', '206', '303', '512', '646', '718', '503'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Line number 0100–0199 keeps every number in the fictional 555-01xx range. */
function line(i: number, k: number): string {
  return `01${pad((i * 7 + k * 13) % 100, 2)}`;
}

function phoneText(i: number, k: number): string {
  const a = AREA[(i + k) % AREA.length]!;
  const l = line(i, k);
  switch ((i + k) % 6) {
    case 0:
      return `(${a}) 555-${l}`;
    case 1:
      return `${a}-555-${l}`;
    case 2:
      return `+1 ${a} 555 ${l}`;
    case 3:
      return `${a}.555.${l}`;
    case 4:
      return `(${a}) 555-${l} ext. ${(i % 90) + 10}`;
    default:
      return `+1 (${a}) 555-${l}`;
  }
}

/**
 * The contact's country: half the rows are US contacts, the others Brazilian, German, British,
 * French and Indian ones whose numbers are written the national way (the Country column says
 * which country reads them), and now and then with their country code.
 */
interface Country {
  name: string;
  address: (i: number) => string;
  /** National text and E.164 of the row's phone (k = 0) and mobile (k = 1). */
  number: (i: number, k: number) => { text: string; e164: string };
}

const US: Country = {
  name: 'United States',
  address: (i) => `San Francisco, CA 94${pad(i % 1000, 3)}`,
  number: (i, k) => {
    if (k === 0) {
      const text = phoneText(i, 0);
      const digits = text
        .replace(/ ext\. \d+$/, '')
        .replace(/\D/g, '')
        .replace(/^1(?=\d{10}$)/, '');
      return { text, e164: `+1${digits}` };
    }
    const area = AREA[(i + 5) % AREA.length]!;
    return { text: `${area}-555-${line(i, 1)}`, e164: `+1${area}555${line(i, 1)}` };
  },
};

/** A national number from a template: `#` are the row's digits, the prefix before the rest. */
function national(cc: string, trunk: string, template: string, i: number, k: number) {
  const n = (i * 7 + k * 13) % 1000;
  const digits = pad(n, 3).split('');
  let d = 0;
  const text = template.replace(/#/g, () => digits[d++]!);
  const nationalDigits = text.replace(/\D/g, '').slice(trunk.length);
  // Every fifth number of a foreign contact is written with its country code.
  if ((i + k) % 5 === 0)
    return { text: `+${cc} ${text.slice(trunk.length)}`, e164: `+${cc}${nationalDigits}` };
  return { text, e164: `+${cc}${nationalDigits}` };
}

const FOREIGN: Country[] = [
  {
    name: 'Brazil',
    address: (i) => `Rua do Ouvidor ${i % 200}, Rio de Janeiro - RJ`,
    number: (i, k) =>
      k === 0
        ? national('55', '', '(21) 3381-4###', i, k)
        : national('55', '', '(11) 98765-4###', i, k),
  },
  {
    name: 'Germany',
    address: (i) => `Friedrichstraße ${i % 200}, Berlin`,
    number: (i, k) =>
      k === 0
        ? national('49', '0', '030 12345###', i, k)
        : national('49', '0', '0151 23456###', i, k),
  },
  {
    name: 'United Kingdom',
    address: (i) => `${i % 200} Deansgate, Manchester`,
    number: (i, k) =>
      k === 0
        ? national('44', '0', '020 7946 0###', i, k)
        : national('44', '0', '07911 123###', i, k),
  },
  {
    name: 'France',
    address: (i) => `${i % 200} rue de Rivoli, Paris`,
    number: (i, k) =>
      k === 0
        ? national('33', '0', '01 42 68 5# ##', i, k)
        : national('33', '0', '06 12 34 5# ##', i, k),
  },
  {
    name: 'India',
    address: (i) => `${i % 200} Marine Drive, Mumbai`,
    number: (i, k) =>
      k === 0
        ? national('91', '0', '022 2345 6###', i, k)
        : national('91', '0', '098765 43###', i, k),
  },
];

/** Rows 0, 2, 4… are US contacts; the others cycle through the foreign countries. */
function countryOf(i: number): Country {
  return i % 2 === 0 ? US : FOREIGN[((i - 1) / 2) % FOREIGN.length]!;
}

export function crmRowHtml(i: number): string {
  const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`;
  const country = countryOf(i);
  const phone = country.number(i, 0).text;
  const mobile = country.number(i, 1);
  const day = pad((i % 28) + 1, 2);
  const month = pad((i % 12) + 1, 2);
  return (
    `<tr data-row="${i}">` +
    `<td><input type="checkbox" aria-label="Select ${name}"></td>` +
    `<td><a href="/contacts/${1000 + i}">${name}</a><div class="sub">Contact #${100000 + i}</div></td>` +
    `<td><span class="value">${phone}</span></td>` +
    `<td><a href="tel:${mobile.e164}">${mobile.text}</a></td>` +
    `<td>Order ORD-2024-${pad(i, 6)} · Invoice INV${pad(i * 37, 8)}</td>` +
    `<td>$${(1000 + i * 13).toLocaleString('en-US')}.${pad(i % 100, 2)}</td>` +
    `<td><time datetime="2024-${month}-${day}T10:${pad(i % 60, 2)}">2024-${month}-${day} 10:${pad(i % 60, 2)}</time></td>` +
    `<td>${country.address(i)}</td>` +
    `<td>${country.name}</td>` +
    `<td>Ticket ${4_000_000 + i} · v2.${i % 10}.${i}</td>` +
    `</tr>`
  );
}

export function crmTableHtml(rows: number): string {
  const body: string[] = [];
  for (let i = 0; i < rows; i++) body.push(crmRowHtml(i));
  return (
    `<main><h1>Contacts</h1><p>Showing ${rows} of ${rows} contacts · updated 2024-03-15 10:42</p>` +
    `<table><thead><tr><th></th><th>Name</th><th>Phone</th><th>Mobile</th><th>Orders</th>` +
    `<th>Lifetime value</th><th>Last activity</th><th>Address</th><th>Country</th><th>Support</th></tr></thead>` +
    `<tbody>${body.join('')}</tbody></table></main>`
  );
}

/** The numbers a row holds, in order: its phone (text) and its mobile (tel: link). */
export function crmRowNumbers(i: number): string[] {
  const country = countryOf(i);
  return [country.number(i, 0).e164, country.number(i, 1).e164];
}

/**
 * The CRM's own script, as a real CRM has: a timer every 10 ms and a fetch to its server every
 * 50 ms, each measured (how late the timer fired, how long the fetch took) and kept in
 * `window.__crm`, so a benchmark can see whether Ringside holds the page's own work up. It also
 * marks `crm-start` in the page's performance timeline, which a DevTools trace shows, so page
 * times and trace times can be lined up. `/ping` must answer on the page's server.
 */
export const CRM_PAGE_SCRIPT = `
(() => {
  const crm = { start: performance.now(), timer: [], fetches: [] };
  window.__crm = crm;
  performance.mark('crm-start');
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    crm.timer.push([now, Math.max(0, now - last - 10)]);
    last = now;
  }, 10);
  (async () => {
    for (;;) {
      const begun = performance.now();
      try {
        await fetch('/ping', { cache: 'no-store' });
        crm.fetches.push([begun, performance.now() - begun]);
      } catch {}
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
})();
`;

/** The list sizes the browser benches load: `RINGSIDE_BENCH_SIZES=2000,10000` picks some. */
export function crmPageSizes(): number[] {
  return (process.env.RINGSIDE_BENCH_SIZES ?? '2000,10000,50000')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0);
}

/** A whole page: the list, with the CRM's own script (`pageScript`) in its head. */
export function crmPageHtml(rows: number, { pageScript = false } = {}): string {
  const script = pageScript ? `<script>${CRM_PAGE_SCRIPT}</script>` : '';
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>Contacts</title>${script}` +
    `<style>body{font:14px system-ui,sans-serif;margin:0 16px}td{padding:4px 8px;white-space:nowrap}.sub{color:#667}</style>` +
    `</head><body>${crmTableHtml(rows)}</body></html>`
  );
}
