// Element builders for the demo CRM. Everything is made with createElement, attributes and
// text nodes: no string of data is ever parsed as HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * el('a', { class: 'link', href: '#/x', onclick: fn }, 'text', childNode, [more], null)
 * `text` sets textContent; `on…` adds a listener; true sets an empty attribute; false, null and
 * undefined are skipped, so optional attributes read naturally at the call site.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  appendChildren(node, children);
  return node;
}

export function appendChildren(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
}

// Outline icons (24×24, stroke), drawn as SVG paths from these constants only.
const ICONS = {
  phone:
    'M3 5.5C3 4.1 4.1 3 5.5 3h1.6c.6 0 1.1.4 1.3 1l1 3.2c.2.6 0 1.2-.5 1.5l-1.6 1.1a12 12 0 0 0 6 6l1.1-1.6c.3-.5 1-.7 1.5-.5l3.2 1c.6.2 1 .7 1 1.3v1.6c0 1.4-1.1 2.5-2.5 2.5C10.4 21 3 13.6 3 5.5Z',
  mail: 'M3 6.5A1.5 1.5 0 0 1 4.5 5h15A1.5 1.5 0 0 1 21 6.5v11a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17.5v-11ZM3.5 6.5l8.5 6 8.5-6',
  users:
    'M16 19v-1.5a3.5 3.5 0 0 0-3.5-3.5h-5A3.5 3.5 0 0 0 4 17.5V19M10 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7ZM20 19v-1.5a3.5 3.5 0 0 0-2.5-3.4M15 4.2a3.5 3.5 0 0 1 0 6.6',
  building: 'M4 21V5l8-2v18M12 21V9l8 3v9M2 21h20M7 8h2M7 12h2M7 16h2M15 14h2M15 17h2',
  chart: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
  deal: 'M12 3v18M17 7.5c0-1.9-2.2-3-5-3s-5 1.1-5 3 2.2 2.7 5 3.5 5 1.6 5 3.5-2.2 3-5 3-5-1.1-5-3',
  inbox: 'M3 13h5l1.5 3h5L16 13h5M5 5h14l2 8v6H3v-6l2-8Z',
  home: 'M3 11 12 4l9 7M5 9.5V20h5v-6h4v6h5V9.5',
  search: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14ZM21 21l-5-5',
  bell: 'M6 16V11a6 6 0 0 1 12 0v5l2 2H4l2-2ZM10 21h4',
  plus: 'M12 5v14M5 12h14',
  chevron: 'M9 6l6 6-6 6',
  voicemail:
    'M6.5 15a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7ZM17.5 15a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7ZM6.5 15h11',
  invoice: 'M6 3h9l4 4v14H6V3ZM14 3v5h5M9 12h7M9 16h7',
  box: 'M3 7.5 12 3l9 4.5v9L12 21l-9-4.5v-9ZM3 7.5 12 12l9-4.5M12 12v9',
  calendar: 'M4 6h16v14H4V6ZM4 10h16M8 3v4M16 3v4',
  message: 'M4 5h16v11H9l-5 4V5Z',
  bank: 'M3 10h18L12 4 3 10ZM5 10v8M9.5 10v8M14.5 10v8M19 10v8M3 20h18',
  callback:
    'M20 8V4h-4M20 4l-6 6M5.5 3h1.6c.6 0 1.1.4 1.3 1l1 3.2-2.1 1.8a12 12 0 0 0 6.7 6.7l1.8-2.1 3.2 1c.6.2 1 .7 1 1.3v1.6c0 1.4-1.1 2.5-2.5 2.5C10.4 21 3 13.6 3 5.5 3 4.1 4.1 3 5.5 3Z',
  upload: 'M12 16V4M7 9l5-5 5 5M4 16v4h16v-4',
  download: 'M12 4v12M7 11l5 5 5-5M4 16v4h16v-4',
  note: 'M5 3h14v18H5V3ZM9 8h6M9 12h6M9 16h3',
};

export function icon(name, className = 'icon') {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', ICONS[name] ?? ICONS.note);
  svg.append(path);
  return svg;
}
