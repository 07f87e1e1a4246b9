/**
 * The benchmark page: a CRM list view of N contacts, two phone numbers per row (in rotating
 * formats, one as a tel: link) and the digits a real list carries next to them: order ids,
 * amounts, dates and times, ZIP codes, ticket numbers. Deterministic, so runs compare.
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

export function crmRowHtml(i: number): string {
  const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`;
  const phone = phoneText(i, 0);
  const mobileArea = AREA[(i + 5) % AREA.length]!;
  const mobile = `${mobileArea}-555-${line(i, 1)}`;
  const day = pad((i % 28) + 1, 2);
  const month = pad((i % 12) + 1, 2);
  return (
    `<tr data-row="${i}">` +
    `<td><input type="checkbox" aria-label="Select ${name}"></td>` +
    `<td><a href="/contacts/${1000 + i}">${name}</a><div class="sub">Contact #${100000 + i}</div></td>` +
    `<td><span class="value">${phone}</span></td>` +
    `<td><a href="tel:+1${mobileArea}555${line(i, 1)}">${mobile}</a></td>` +
    `<td>Order ORD-2024-${pad(i, 6)} · Invoice INV${pad(i * 37, 8)}</td>` +
    `<td>$${(1000 + i * 13).toLocaleString('en-US')}.${pad(i % 100, 2)}</td>` +
    `<td><time datetime="2024-${month}-${day}T10:${pad(i % 60, 2)}">2024-${month}-${day} 10:${pad(i % 60, 2)}</time></td>` +
    `<td>San Francisco, CA 94${pad(i % 1000, 3)}</td>` +
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
    `<th>Lifetime value</th><th>Last activity</th><th>Address</th><th>Support</th></tr></thead>` +
    `<tbody>${body.join('')}</tbody></table></main>`
  );
}

/** The numbers a row holds, in order: its phone (text) and its mobile (tel: link). */
export function crmRowNumbers(i: number): string[] {
  const phone = phoneText(i, 0).replace(/ ext\. \d+$/, '');
  const digits = phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  return [`+1${digits}`, `+1${AREA[(i + 5) % AREA.length]}555${line(i, 1)}`];
}
