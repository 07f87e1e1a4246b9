// Loads the bundled demo CRM into the test's DOM (happy-dom) and reads back the phone numbers it
// shows, so tests can check that demo-crm/expected.json describes the page as rendered.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { startApp } from '../../../demo-crm/app.js';

export interface ShownNumber {
  e164: string;
  ext?: string;
  source: 'text' | 'link' | 'input';
  display: string;
}

// A path, not a URL: under happy-dom the global URL is the DOM's, which does not read files.
const INDEX_HTML = join(dirname(fileURLToPath(import.meta.url)), '../../../demo-crm/index.html');

/**
 * Renders index.html and starts the app on `hash`. Call `stop` when done. The stylesheet and the
 * module entry are left out: happy-dom loads neither, and the test starts the app itself.
 */
export function loadDemoPage(hash: string): ReturnType<typeof startApp> {
  const html = readFileSync(INDEX_HTML, 'utf8')
    .replace(/<link rel="stylesheet"[^>]*>/, '')
    .replace(/<script type="module"[^>]*><\/script>/, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceWith(document.importNode(parsed.head, true));
  document.body.replaceWith(document.importNode(parsed.body, true));
  window.location.hash = hash;
  return startApp();
}

// Elements whose text a reader never sees or is typing.
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA']);
// Elements that flow inside a line of text; every other element ends a run of text.
const INLINE_TAGS = new Set(['SPAN', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'TIME', 'ABBR']);

function parseTelHref(href: string): { e164: string; ext?: string } | null {
  const target = decodeURIComponent(href.replace(/^tel:/i, ''));
  const [main = '', ...params] = target.split(';');
  const extParam = params.find((p) => p.toLowerCase().startsWith('ext='));
  const phone = parsePhoneNumberFromString(main, 'US');
  if (!phone?.isValid()) return null;
  const ext = extParam?.slice(4) ?? phone.ext;
  return ext ? { e164: phone.number, ext } : { e164: phone.number };
}

/**
 * The numbers a reader of the page sees, in document order: tel: links (once each, by their
 * target), read-only inputs, and valid numbers in runs of visible, non-editable text, as
 * libphonenumber-js finds them with the account's default country (US).
 */
export function shownNumbers(root: Element): ShownNumber[] {
  const found: ShownNumber[] = [];
  let run = '';
  const flush = () => {
    for (const match of findPhoneNumbersInText(run, 'US')) {
      found.push({
        e164: match.number.number,
        ...(match.number.ext ? { ext: match.number.ext } : {}),
        source: 'text',
        display: run.slice(match.startsAt, match.endsAt),
      });
    }
    run = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      run += node.textContent ?? '';
      return;
    }
    if (!(node instanceof Element)) return;
    if (SKIPPED_TAGS.has(node.tagName) || node.hasAttribute('hidden')) return;
    if (node.getAttribute('contenteditable') === 'true') return;
    if (node instanceof HTMLInputElement) {
      if (node.readOnly && node.value) {
        flush();
        const phone = parsePhoneNumberFromString(node.value, 'US');
        if (phone?.isValid()) {
          found.push({
            e164: phone.number,
            ...(phone.ext ? { ext: phone.ext } : {}),
            source: 'input',
            display: node.value,
          });
        }
      }
      return;
    }
    const href = node.getAttribute('href');
    if (node.tagName === 'A' && href?.toLowerCase().startsWith('tel:')) {
      flush();
      const target = parseTelHref(href);
      if (target) found.push({ ...target, source: 'link', display: node.textContent ?? '' });
      return;
    }
    const inline = INLINE_TAGS.has(node.tagName) || node.tagName === 'A';
    if (!inline) flush();
    for (const child of node.childNodes) visit(child);
    if (!inline) flush();
  };
  visit(root);
  flush();
  return found;
}
