/**
 * How detection sees elements, decided from tag names and attributes only (no computed style,
 * which would force layout on every node): which are skipped, which end a run of text, which are
 * links or inputs that carry a number of their own.
 */

/** Never entered: not page text, code, or content the user is typing into. */
const SKIPPED = new Set([
  'head',
  'title',
  'script',
  'style',
  'template',
  'noscript',
  'code',
  'pre',
  'kbd',
  'samp',
  'textarea',
  'select',
  'option',
  'datalist',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'object',
  'embed',
  'video',
  'audio',
  'img',
  'picture',
  'link',
  'meta',
  'base',
]);

/**
 * Inline elements: their text joins the text around them, so a number split over
 * `<span>(415)</span> <span>555-0100</span>` is read whole. Any other known HTML element ends a
 * run. Unknown and custom elements (`lightning-formatted-phone`) are inline, as CSS makes them.
 */
const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'output',
]);

/** Known HTML elements that are not inline: a new line of text starts after them. */
const BLOCK = new Set([
  'html',
  'body',
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'button',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'meter',
  'nav',
  'ol',
  'p',
  'progress',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'input',
]);

export type ElementKind = 'skip' | 'inline' | 'block' | 'link' | 'input';

const TEL_HREF = /^\s*(?:tel|callto):/i;
const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;
/** Input types whose value can be a phone number. */
const TEXT_INPUT_TYPES = new Set(['', 'text', 'tel', 'search']);

/** True when an inline `style` attribute hides the element. */
export function styleHides(style: string | null): boolean {
  return style !== null && style.length >= 12 && HIDDEN_STYLE.test(style);
}

function isEditable(value: string | null): boolean {
  return value !== null && value.toLowerCase() !== 'false';
}

/** Hidden or editable by its own attributes (not by its ancestors'). */
export function isSkippedByAttributes(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  return (
    el.hasAttribute('hidden') ||
    // The site owner's opt-out: <div data-ringside="off"> and everything in it.
    el.getAttribute('data-ringside') === 'off' ||
    isEditable(el.getAttribute('contenteditable')) ||
    styleHides(el.getAttribute('style'))
  );
}

export function isTelHref(href: string | null): href is string {
  return href !== null && TEL_HREF.test(href);
}

/** A read-only or disabled text input: its value is shown, not typed. */
export function isReadOnlyTextInput(el: Element): boolean {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  return TEXT_INPUT_TYPES.has(type) && (el.hasAttribute('readonly') || el.hasAttribute('disabled'));
}

/** A block element by its tag alone, whatever its attributes say now. */
export function isBlockTag(node: Node): boolean {
  return isElement(node) && BLOCK.has(node.localName);
}

/** How the scanner treats `el`; `ignore` marks the caller's own elements. */
export function elementKind(el: Element): ElementKind {
  const tag = el.localName;
  if (SKIPPED.has(tag)) return 'skip';
  if (isSkippedByAttributes(el)) return 'skip';
  if (tag === 'a') return isTelHref(el.getAttribute('href')) ? 'link' : 'inline';
  if (tag === 'input') return isReadOnlyTextInput(el) ? 'input' : 'skip';
  if (INLINE.has(tag)) return 'inline';
  if (BLOCK.has(tag)) return 'block';
  // A namespaced (SVG, MathML) element outside <svg>/<math> is not page text either.
  if (el.namespaceURI !== null && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return 'skip';
  return 'inline';
}

/** The parent in the composed tree: a shadow root's parent is its host. */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent) return parent;
  const host = (node as ShadowRoot).host;
  return host ?? null;
}

export function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/**
 * Nodes that own the text runs under them: block elements, links, inputs, shadow roots and
 * documents. Matches are grouped by the container they were found in, so a rescan of a
 * container replaces exactly its matches.
 */
export function isContainer(node: Node): boolean {
  if (!isElement(node)) return node.nodeType === 9 || node.nodeType === 11;
  const kind = elementKind(node);
  return kind === 'block' || kind === 'link' || kind === 'input';
}

/**
 * The container a node's text belongs to (the outermost `tel:` link around it, else the nearest
 * block, shadow root or document), or null when the node is inside something detection skips
 * (a script, an editor, a hidden element).
 */
export function containerOf(node: Node, ignore?: (el: Element) => boolean): Node | null {
  let container: Node | null = null;
  // Skipped content inside a tel: link still counts: the link's text is all of its text.
  let skipped = false;
  const first = node.nodeType === 3 || node.nodeType === 8 ? node.parentNode : node;
  for (let n: Node | null = first; n; n = composedParent(n)) {
    if (isElement(n)) {
      if (ignore?.(n)) return null;
      const kind = elementKind(n);
      if (kind === 'skip') skipped = true;
      else if (kind === 'link') {
        container = n;
        skipped = false;
      } else if (!container && kind !== 'inline') container = n;
    } else if (n.nodeType === 9 || n.nodeType === 11) {
      container ??= n;
      if (n.nodeType === 9) break;
    }
  }
  return skipped ? null : container;
}

/** True when an ancestor of `node` (not `node` itself) is skipped. */
export function isInsideSkipped(node: Node, ignore?: (el: Element) => boolean): boolean {
  for (let n = composedParent(node); n; n = composedParent(n)) {
    if (isElement(n) && (ignore?.(n) || elementKind(n) === 'skip')) return true;
  }
  return false;
}

/** Labels longer than this are sentences, not field names. */
const LABEL_MAX = 40;
const LABEL_TAGS = new Set(['dt', 'th', 'label', 'span', 'div', 'strong', 'b', 'p', 'legend']);

/**
 * The field labels the page shows for a value container: the `<dt>`, `<th>` or label-like
 * element right before it (or before one of its two nearest ancestors) and, in a table, the
 * column's header cell. `headers` caches each table's header texts for one scan.
 */
export function fieldLabels(container: Node, headers: WeakMap<Element, string[]>): string[] {
  if (!isElement(container)) return [];
  const labels: string[] = [];
  let el: Element | null = container;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    const prev = el.previousElementSibling;
    if (!prev) continue;
    const isCell = el.localName === 'td' || el.localName === 'th';
    if (isCell ? prev.localName === 'th' : LABEL_TAGS.has(prev.localName)) {
      const text = prev.textContent ?? '';
      if (text.length <= LABEL_MAX) labels.push(text);
    }
    break;
  }
  const cell = container.localName === 'td' ? container : container.closest('td');
  if (cell) {
    const header = columnHeader(cell, headers);
    if (header) labels.push(header);
  }
  return labels;
}

export function columnHeader(
  cell: Element,
  headers: WeakMap<Element, string[]>,
): string | undefined {
  const row = cell.parentElement;
  // tr > table, or tr > tbody/thead/tfoot > table.
  let table = row?.parentElement;
  if (table && table.localName !== 'table') table = table.parentElement;
  if (!row || !table || table.localName !== 'table') return undefined;
  let texts = headers.get(table);
  if (!texts) {
    texts = [];
    const headRow = table.querySelector(':scope > thead > tr');
    if (headRow) {
      for (let th = headRow.firstElementChild; th; th = th.nextElementSibling) {
        const span = Number(th.getAttribute('colspan') ?? '1') || 1;
        const text = (th.textContent ?? '').slice(0, LABEL_MAX);
        for (let k = 0; k < span; k++) texts.push(text);
      }
    }
    headers.set(table, texts);
  }
  let index = 0;
  for (
    let sibling = cell.previousElementSibling;
    sibling;
    sibling = sibling.previousElementSibling
  ) {
    index += Number(sibling.getAttribute('colspan') ?? '1') || 1;
  }
  return texts[index];
}

/**
 * The element's box in viewport coordinates, or null when it has none (display: none or
 * contents, detached). Reading it lays the page out if its layout is dirty.
 */
export function boxOf(element: Element): DOMRect | null {
  const rect = element.getBoundingClientRect();
  return rect.width || rect.height ? rect : null;
}
