// The demo CRM's views: the contact list, a contact record and the activity feed items.
// Each returns fresh DOM built by dom.js; app.js swaps them into the page on navigation.

import { el, icon } from './dom.js';

const AVATAR_COLORS = ['#4f46e5', '#0891b2', '#c026d3', '#ea580c', '#16a34a', '#db2777', '#2563eb'];

function contactNumber(contact) {
  return Number(contact.id.slice(2));
}

function initials(name) {
  return name
    .split(/\s+/)
    .filter((part) => /^\p{L}/u.test(part))
    .slice(0, 2)
    .map((part) => part[0].toUpperCase())
    .join('');
}

export function avatar(name, seed, size = 'md') {
  const color = AVATAR_COLORS[seed % AVATAR_COLORS.length];
  return el('span', {
    class: `avatar avatar-${size}`,
    style: `background:${color}`,
    text: initials(name),
    'aria-hidden': 'true',
  });
}

function statusBadge(status) {
  const tone = status.toLowerCase().replace(/\s+/g, '-');
  return el('span', { class: `badge badge-${tone}`, text: status });
}

/** The tel: target a CRM would build from a stored value, unless the record names its own. */
export function telHref(phone) {
  if (phone.href) return phone.href;
  const [main, ext] = phone.value.split(/\s*(?:ext\.?|x)\s*/i);
  const digits = main.replace('(0)', '').replace(/[^\d+]/g, '');
  return ext ? `tel:${digits};ext=${ext}` : `tel:${digits}`;
}

function phoneValue(phone) {
  if (phone.link) {
    return el('a', { class: 'phone-link', href: telHref(phone) }, phone.value);
  }
  if (phone.split) {
    // Rendered as some CRMs do: the area code in its own element.
    const space = phone.value.indexOf(' ');
    return el(
      'span',
      { class: 'phone-text' },
      el('span', { class: 'phone-area' }, phone.value.slice(0, space)),
      ' ',
      el('span', { class: 'phone-rest' }, phone.value.slice(space + 1)),
    );
  }
  return el('span', { class: 'phone-text' }, phone.value);
}

function phoneCell(phones) {
  if (phones.length === 0) return el('span', { class: 'muted', text: 'No phone' });
  return phones.map((phone) =>
    el(
      'div',
      { class: 'phone-line' },
      el('span', { class: 'phone-label', text: phone.label }),
      ' ',
      phoneValue(phone),
    ),
  );
}

function pageHeader(title, subtitle, actions) {
  return el(
    'div',
    { class: 'page-header' },
    el('div', {}, el('h1', { text: title }), el('p', { class: 'subtitle', text: subtitle })),
    el('div', { class: 'page-actions' }, actions),
  );
}

function button(label, iconName, variant = 'secondary', props = {}) {
  return el(
    'button',
    { type: 'button', class: `btn btn-${variant}`, ...props },
    iconName ? icon(iconName) : null,
    label,
  );
}

function statCard(label, value, hint) {
  return el(
    'div',
    { class: 'stat' },
    el('div', { class: 'stat-label', text: label }),
    el('div', { class: 'stat-value', text: value }),
    el('div', { class: 'stat-hint', text: hint }),
  );
}

function contactRow(contact) {
  const seed = contactNumber(contact);
  return el(
    'tr',
    { 'data-contact-id': contact.id },
    el(
      'td',
      { class: 'col-name' },
      el(
        'div',
        { class: 'person' },
        avatar(contact.name, seed),
        el(
          'div',
          {},
          el('a', { class: 'person-name', href: `#/contacts/${contact.id}`, text: contact.name }),
          el('div', { class: 'muted small', text: contact.title }),
        ),
      ),
    ),
    el(
      'td',
      { class: 'col-company' },
      el('div', { text: contact.company }),
      el('div', { class: 'muted small', text: contact.city }),
    ),
    el('td', { class: 'col-phone' }, phoneCell(contact.phones)),
    el(
      'td',
      { class: 'col-activity' },
      el('div', { text: contact.lastActivity }),
      el('div', { class: 'muted small' }, contact.owner),
    ),
    el(
      'td',
      { class: 'col-deal' },
      el('div', { class: 'money', text: contact.openDeal }),
      el('div', { class: 'muted small mono', text: contact.lastOrder ?? 'No orders' }),
    ),
    el('td', { class: 'col-status' }, statusBadge(contact.status)),
  );
}

function contactRows(contacts) {
  if (contacts.length === 0) {
    return el(
      'tr',
      {},
      el('td', { colspan: '6', class: 'empty' }, 'No contacts match your search.'),
    );
  }
  return contacts.map(contactRow);
}

/** The contact list; `onFilter` narrows the rows as the agent types in the filter box. */
export function renderContactList(contacts) {
  const tbody = el('tbody', {}, contactRows(contacts));
  const countLabel = el('span', { class: 'muted small', text: `Showing 1–${contacts.length}` });
  const filter = el('input', {
    type: 'search',
    class: 'filter-input',
    placeholder: 'Filter by name or company',
    'aria-label': 'Filter contacts',
    oninput: (event) => {
      const query = event.target.value.trim().toLowerCase();
      const shown = contacts.filter((c) => `${c.name} ${c.company}`.toLowerCase().includes(query));
      tbody.replaceChildren(...[contactRows(shown)].flat());
      countLabel.textContent = `Showing ${shown.length} of ${contacts.length}`;
    },
  });

  const customers = contacts.filter((c) => c.status === 'Customer').length;
  const leads = contacts.filter((c) => c.status === 'Lead').length;

  return el(
    'section',
    { class: 'page' },
    pageHeader('Contacts', `${contacts.length} contacts · Updated 2026-11-27 14:32`, [
      button('Import', 'upload'),
      button('Export', 'download'),
      button('New contact', 'plus', 'primary'),
    ]),
    el(
      'div',
      { class: 'stats' },
      statCard('Open pipeline', '$612,430.56', '+8.2% vs last month'),
      statCard('Calls today', '37', 'Avg. handle time 04:32'),
      statCard('Renewals due', '12', 'Next on 11/30/2026'),
      statCard('Customers', String(customers), `${leads} open leads`),
    ),
    el(
      'div',
      { class: 'card table-card' },
      el(
        'div',
        { class: 'toolbar' },
        el(
          'div',
          { class: 'tabs' },
          el('span', { class: 'tab active' }, 'All contacts ', el('b', { text: contacts.length })),
          el('span', { class: 'tab' }, 'My contacts'),
          el('span', { class: 'tab' }, 'Customers'),
          el('span', { class: 'tab' }, 'Leads'),
        ),
        el('div', { class: 'toolbar-right' }, filter, countLabel),
      ),
      el(
        'div',
        { class: 'table-scroll' },
        el(
          'table',
          { class: 'contacts' },
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              ['Name', 'Company', 'Phone', 'Last activity', 'Open deal', 'Status'].map((label) =>
                el('th', { text: label }),
              ),
            ),
          ),
          tbody,
        ),
      ),
    ),
  );
}

function field(label, ...value) {
  return el(
    'div',
    { class: 'field' },
    el('dt', { text: label }),
    el('dd', {}, value.length ? value : el('span', { class: 'muted', text: '—' })),
  );
}

function timelineItem(iconName, title, detail, when) {
  return el(
    'li',
    { class: 'timeline-item' },
    el('span', { class: 'timeline-icon' }, icon(iconName)),
    el(
      'div',
      { class: 'timeline-body' },
      el('div', { class: 'timeline-title', text: title }),
      el('div', { class: 'muted small', text: detail }),
    ),
    el('time', { class: 'muted small', text: when }),
  );
}

// Record-page details that a CRM would hold but that the list does not show, derived from the
// contact's position so every render is identical.
function recordDetails(contact) {
  const n = contactNumber(contact);
  const euro = /\b(GmbH|Paris|Madrid)\b|Berlin/.test(`${contact.company} ${contact.city}`);
  const uk = contact.openDeal.startsWith('£');
  return {
    accountId: `ACC-${String(480000 + n * 37).padStart(9, '0')}`,
    customerSince: `${2016 + (n % 9)}-0${1 + (n % 9)}-1${n % 10}`,
    invoice: `INV-2026-000${String(100 + n)}`,
    quote: `Q-2026-${String(40 + n).padStart(4, '0')}`,
    payment: uk
      ? 'IBAN GB82 WEST 1234 5698 7654 32'
      : euro
        ? 'IBAN DE89 3704 0044 0532 0130 00'
        : `ACH •••• ${String(6789 - n)}`,
    taxId:
      uk || euro ? `VAT ${uk ? 'GB' : 'EU'} 123 4567 ${String(10 + n)}` : `EIN 94-12${n + 34567}`,
  };
}

function money(amount) {
  return `$${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

function ordersTable(contact) {
  if (!contact.lastOrder) {
    return el('p', { class: 'muted empty', text: 'No orders yet.' });
  }
  const base = Number(contact.lastOrder.slice(1));
  const n = contactNumber(contact);
  const rows = [
    [contact.lastOrder, '2026-11-02', money(212 + n * 137.5), 'Shipped'],
    [`#${base - 1311}`, '2026-09-14', money(980 + n * 3.25), 'Delivered'],
    [`#${base - 4620}`, '2026-06-02', money(4215.4 + n * 21), 'Delivered'],
  ];
  return el(
    'table',
    { class: 'mini-table' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ['Order', 'Date', 'Total', 'Status'].map((h) => el('th', { text: h })),
      ),
    ),
    el(
      'tbody',
      {},
      rows.map(([id, date, total, status]) =>
        el(
          'tr',
          {},
          el('td', { class: 'mono', text: id }),
          el('td', { text: date }),
          el('td', { class: 'num', text: total }),
          el('td', {}, el('span', { class: 'badge badge-neutral', text: status })),
        ),
      ),
    ),
  );
}

const DEAL_STAGES = ['Discovery', 'Proposal', 'Negotiation', 'Contract sent'];

function dealCard(contact) {
  if (contact.openDeal === '—') return null;
  const n = contactNumber(contact);
  const stage = n % DEAL_STAGES.length;
  return el(
    'div',
    { class: 'card' },
    el('h2', { text: 'Open deal' }),
    el(
      'div',
      { class: 'deal' },
      el(
        'div',
        {},
        el('div', { class: 'timeline-title', text: `${contact.company} · Renewal 2027` }),
        el('div', {
          class: 'muted small',
          text: `Stage: ${DEAL_STAGES[stage]} · Close date 12/${String(10 + (n % 19))}/2026`,
        }),
      ),
      el('div', { class: 'deal-amount', text: contact.openDeal }),
    ),
    el(
      'div',
      { class: 'progress', 'aria-hidden': 'true' },
      el('span', { style: `width:${25 * (stage + 1)}%` }),
    ),
  );
}

/** One contact's record page. */
export function renderContactRecord(contact) {
  const seed = contactNumber(contact);
  const details = recordDetails(contact);
  const [primary, secondary] = contact.phones;

  const timeline = [
    primary
      ? timelineItem(
          'phone',
          `Outbound call to ${primary.value}`,
          `00:04:32 · by ${contact.owner} · Outcome: Connected`,
          contact.lastActivity,
        )
      : null,
    secondary
      ? timelineItem(
          'phone',
          `Inbound call from ${secondary.value}`,
          `00:01:05 · answered by ${contact.owner}`,
          '2026-11-20 16:12',
        )
      : null,
    timelineItem(
      'mail',
      `Email sent: Renewal quote ${details.quote}`,
      'Opened 3 times',
      '11/18/2026',
    ),
    contact.lastOrder
      ? timelineItem(
          'box',
          `Order ${contact.lastOrder} placed`,
          `${money(212 + seed * 137.5)} · ships to ${contact.city}`,
          '2026-11-02 09:12',
        )
      : null,
    timelineItem(
      'invoice',
      `Invoice ${details.invoice} issued`,
      'Due 12/27/2026 · Net 30',
      '10/28/2026',
    ),
  ];

  return el(
    'section',
    { class: 'page record' },
    el(
      'nav',
      { class: 'breadcrumb', 'aria-label': 'Breadcrumb' },
      el('a', { href: '#/contacts', text: 'Contacts' }),
      icon('chevron', 'icon icon-sm'),
      el('span', { text: contact.name }),
    ),
    el(
      'div',
      { class: 'card record-header' },
      avatar(contact.name, seed, 'lg'),
      el(
        'div',
        { class: 'record-title' },
        el('h1', {}, contact.name, ' ', statusBadge(contact.status)),
        el('p', { class: 'subtitle', text: `${contact.title} at ${contact.company}` }),
        el('p', { class: 'muted small', text: `Owner: ${contact.owner} · ${contact.city}` }),
      ),
      el(
        'div',
        { class: 'page-actions' },
        primary
          ? el('a', { class: 'btn btn-primary', href: telHref(primary) }, icon('phone'), 'Call')
          : null,
        el(
          'a',
          { class: 'btn btn-secondary', href: `mailto:${contact.email}` },
          icon('mail'),
          'Email',
        ),
        button('Log activity', 'note'),
      ),
    ),
    // A merge suggestion the CRM keeps hidden until it finds a duplicate: never shown, never called.
    el(
      'div',
      { class: 'banner', hidden: true },
      `Possible duplicate: ${contact.name} (imported 2026-10-02), (415) 555-0198`,
    ),
    el(
      'div',
      { class: 'record-grid' },
      el(
        'div',
        { class: 'record-side' },
        el(
          'div',
          { class: 'card' },
          el('h2', { text: 'About' }),
          el(
            'dl',
            { class: 'fields' },
            contact.phones.map((phone) =>
              field(
                `${phone.label} phone`,
                phoneValue(phone),
                phone.local
                  ? el('div', { class: 'muted small', text: `From the UK: ${phone.local}` })
                  : null,
              ),
            ),
            contact.phones.length === 0 ? field('Phone') : null,
            field('Email', el('a', { href: `mailto:${contact.email}`, text: contact.email })),
            field('Company', contact.company),
            field('Address', contact.address, el('br'), contact.city),
            field('Customer since', details.customerSince),
            field('Account ID', el('span', { class: 'mono', text: details.accountId })),
          ),
          primary
            ? el(
                'label',
                { class: 'input-field' },
                el('span', { text: 'Preferred callback number' }),
                el('input', { type: 'text', readonly: true, value: primary.value }),
              )
            : null,
        ),
        el(
          'div',
          { class: 'card' },
          el('h2', { text: 'Quick edit' }),
          el(
            'label',
            { class: 'input-field' },
            el('span', { text: 'Assistant phone' }),
            el('input', { type: 'tel', value: '(415) 555-0111', 'aria-label': 'Assistant phone' }),
          ),
          el(
            'div',
            { class: 'input-field' },
            el('span', { text: 'Internal note' }),
            el(
              'div',
              { class: 'editable', contenteditable: 'true', role: 'textbox' },
              'Prefers calls after 3pm. Backup line 415-555-0177.',
            ),
          ),
        ),
        el(
          'div',
          { class: 'card' },
          el('h2', { text: 'Billing' }),
          el(
            'dl',
            { class: 'fields' },
            field('Payment method', el('span', { class: 'mono', text: details.payment })),
            field('Tax ID', el('span', { class: 'mono', text: details.taxId })),
            field('Billing address', contact.address, el('br'), contact.city),
          ),
        ),
      ),
      el(
        'div',
        { class: 'record-main' },
        el(
          'div',
          { class: 'card' },
          el('h2', { text: 'Timeline' }),
          el('ol', { class: 'timeline' }, timeline),
        ),
        dealCard(contact),
        el('div', { class: 'card' }, el('h2', { text: 'Orders' }), ordersTable(contact)),
      ),
    ),
  );
}

export function renderNotFound(id) {
  return el(
    'section',
    { class: 'page' },
    pageHeader('Contact not found', `No contact has the id “${id}”.`, [
      el('a', { class: 'btn btn-secondary', href: '#/contacts', text: 'Back to contacts' }),
    ]),
  );
}

const ACTIVITY_ICONS = {
  call: 'phone',
  callback: 'callback',
  voicemail: 'voicemail',
  invoice: 'invoice',
  order: 'box',
  payment: 'bank',
  meeting: 'calendar',
  sms: 'message',
};

/** One row of the Recent activity feed. */
export function activityItem(item) {
  return el(
    'li',
    { class: `activity activity-${item.kind}` },
    el('span', { class: 'activity-icon' }, icon(ACTIVITY_ICONS[item.kind] ?? 'note')),
    el(
      'div',
      { class: 'activity-body' },
      el(
        'div',
        { class: 'activity-head' },
        el('span', { class: 'activity-title', text: item.title }),
        el('time', { class: 'muted small', text: item.time }),
      ),
      el('div', { class: 'activity-text', text: item.body }),
    ),
  );
}
