/**
 * Which country a record on the page belongs to: the evidence a person reads before dialling a
 * number written without a country code. Looked for from the number outwards, up to the edge of
 * its record (a table row, a list item, a card that repeats), in this order: the row's Country
 * column, a "Country:" label or definition, a country name or postal address in the record, a
 * country selector, and last the country of the record's other international numbers.
 *
 * Each element's evidence is found once and cached (a WeakMap keyed by the element), so the
 * numbers of one row share one look at it.
 */
import { countryFromText } from './countries';
import { columnHeader, composedParent, elementKind, isElement } from './dom';
import { metadata } from './phone';
import { readNumber, type RegionContext } from './reading';
import type { CountryCode } from './types';

/** An element with more text than this is a list or a page, not one record. */
const RECORD_MAX_CHARS = 3000;
/** How many ancestors of a number are looked at, at most. */
const MAX_DEPTH = 10;

/** "Country", "País:", "Land", "Pays / Région", "Country code" (as a field label). */
const COUNTRY_LABEL =
  /^(?:country(?:\s*(?:\/|or)\s*region)?|country code|pa[ií]s(?:\s*\/\s*regi[aã]o|\s*\/\s*regi[oó]n)?|land|pays(?:\s*\/\s*r[ée]gion)?|nation|c[oó]digo do pa[ií]s|c[oó]digo de pa[ií]s|l[äa]ndercode|code pays)\s*[:：]?$/i;
/** "Country: Brazil" in one line of text. */
const COUNTRY_INLINE = /(?:^|[\s,;|·])(?:country|pa[ií]s|land|pays)\s*[:：]\s*([^,;|·\n]{2,40})/i;
const SELECT_NAME = /country|pa[ií]s|pays|land|nation/i;
const FLAG_CLASS = /flag|country/i;
/** A US state and ZIP code ("San Francisco, CA 94107"), a Canadian province and postal code. */
const US_STATE_ZIP =
  /\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\s+\d{5}(?:-\d{4})?\b/;
const CA_PROVINCE_POSTAL =
  /\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/;
/** "+44 20 7946 0958", "0044 20…": international numbers of the record. */
const INTERNATIONAL = /(?:\+|\b00)\s*\d[\d\s().-]{5,20}\d/g;
const CALLING_CODE = /^\+?\s*(\d{1,3})$/;
const SPACES = /\s+/g;
const HAS_DIGIT = /\d/;
const PART_SEPARATORS = /[:：()|]/;

/** Tags that are a field of a record, never a whole record, even when they repeat. */
const FIELD_TAGS = new Set([
  'td',
  'th',
  'dd',
  'dt',
  'span',
  'label',
  'a',
  'p',
  'b',
  'strong',
  'em',
]);
const RECORD_ROLES = new Set(['row', 'listitem', 'article']);
/** Looked through to their parent: what they hold is part of a bigger record. */
const PASS_THROUGH = new Set(['td', 'th', 'dd', 'dt']);

function parentElementOf(el: Element): Element | null {
  let parent: Node | null = composedParent(el);
  while (parent && !isElement(parent)) parent = composedParent(parent);
  return parent as Element | null;
}

interface Entry {
  strong: RegionContext | null;
  weak: RegionContext | null;
  /** Too much text to be one record: the walk outwards stops here. */
  big: boolean;
  chars: number;
}

interface Collected {
  lines: string[];
  selects: Element[];
  flags: Element[];
  chars: number;
  big: boolean;
}

/** The main country of a calling code ("55" → BR), from the metadata. */
function countryOfCallingCode(code: string): CountryCode | undefined {
  const table = (metadata as unknown as { country_calling_codes: Record<string, string[]> })
    .country_calling_codes;
  return table[code]?.[0] as CountryCode | undefined;
}

function countryOfValue(value: string): CountryCode | undefined {
  const code = CALLING_CODE.exec(value.trim());
  if (code) return countryOfCallingCode(code[1]!);
  return countryFromText(value, true);
}

export class EvidenceFinder {
  private readonly cache = new WeakMap<Element, Entry>();
  /** Per table, the index of its Country column (-1: none). */
  private readonly countryColumns = new WeakMap<Element, number>();

  constructor(
    private readonly headers: WeakMap<Element, string[]>,
    private readonly ignore?: (el: Element) => boolean,
  ) {}

  /** The country evidence for a number found in `node`, or null when the page names none. */
  forNode(node: Node): RegionContext | null {
    let el: Element | null = null;
    for (let n: Node | null = node; n && !el; n = composedParent(n)) {
      if (isElement(n)) el = n;
    }
    let weak: RegionContext | null = null;
    for (let depth = 0; el && depth < MAX_DEPTH; depth++) {
      const tag = el.localName;
      if (tag === 'body' || tag === 'html') break;
      // A cell or an inline element is read as part of its row or block: one look per record.
      if (PASS_THROUGH.has(tag) || elementKind(el) === 'inline') {
        el = parentElementOf(el);
        continue;
      }
      const entry = this.entry(el);
      if (entry.big) break;
      if (entry.strong) return entry.strong;
      weak ??= entry.weak;
      if (this.isRecord(el, entry)) break;
      el = parentElementOf(el);
    }
    return weak;
  }

  private entry(el: Element): Entry {
    let entry = this.cache.get(el);
    if (!entry) {
      entry = this.find(el);
      this.cache.set(el, entry);
    }
    return entry;
  }

  /** The edge of a record: a data row, a list item, an article, or a card that repeats. */
  private isRecord(el: Element, entry: Entry): boolean {
    const tag = el.localName;
    const role = el.getAttribute('role');
    if (tag === 'tr' || role === 'row') {
      // A key-value row ("Phone | …", "Country | Brazil") is a field of a vertical record.
      return !(el.firstElementChild?.localName === 'th' && el.childElementCount <= 2);
    }
    if (tag === 'li' || tag === 'article' || tag === 'form' || el.hasAttribute('itemscope')) {
      return true;
    }
    if (role && RECORD_ROLES.has(role)) return true;
    if (FIELD_TAGS.has(tag)) return false;
    // A field ("Country | Brazil") is short and has at most a label and a value; a card is not.
    if (entry.chars < 60 && blockChildren(el) < 3) return false;
    // Cards in a list: a sibling of the same tag and class.
    const className = el.getAttribute('class');
    for (const sibling of [el.previousElementSibling, el.nextElementSibling]) {
      if (sibling && sibling.localName === tag && sibling.getAttribute('class') === className) {
        return true;
      }
    }
    return false;
  }

  private find(el: Element): Entry {
    // The row's Country cell, when the table has that column, without reading the row's text.
    const column = this.fromColumn(el);
    if (column) return { strong: column, weak: null, big: false, chars: RECORD_MAX_CHARS };
    const text = this.collect(el);
    if (text.big) return { strong: null, weak: null, big: true, chars: text.chars };
    const strong =
      fromLabels(text.lines) ??
      fromNames(text.lines, el.localName === 'tr' ? 'row' : 'record') ??
      fromSelectors(text.selects, text.flags);
    const weak = strong ? null : fromNumbers(text.lines);
    return { strong, weak, big: false, chars: text.chars };
  }

  /** A table row's cell under a Country header. */
  private fromColumn(row: Element): RegionContext | null {
    if (row.localName !== 'tr') return null;
    let table = row.parentElement;
    if (table && table.localName !== 'table') table = table.parentElement;
    if (!table) return null;
    let column = this.countryColumns.get(table);
    if (column === undefined) {
      column = -1;
      let index = 0;
      for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling, index++) {
        const header = columnHeader(cell, this.headers);
        if (header && COUNTRY_LABEL.test(header.trim())) {
          column = index;
          break;
        }
      }
      this.countryColumns.set(table, column);
    }
    if (column < 0) return null;
    // Counted along the siblings: `row.children` would make a live HTMLCollection (and its
    // script wrapper) for every row of the list, each one more handle for the page's GC to visit.
    let cell = row.firstElementChild;
    for (let i = 0; cell && i < column; i++) cell = cell.nextElementSibling;
    const country = cell
      ? countryOfValue((cell.textContent ?? '').replace(SPACES, ' '))
      : undefined;
    return country ? { country, strong: true, kind: 'row' } : null;
  }

  /** The element's text as lines (one per block), without scripts, selects and hidden parts. */
  private collect(root: Element): Collected {
    const out: Collected = { lines: [], selects: [], flags: [], chars: 0, big: false };
    let line = '';
    const endLine = () => {
      const trimmed = line.replace(SPACES, ' ').trim();
      if (trimmed) out.lines.push(trimmed);
      line = '';
    };
    const walk = (node: Node): void => {
      for (let child = node.firstChild; child && !out.big; child = child.nextSibling) {
        if (child.nodeType === 3) {
          const data = (child as Text).data;
          line += data;
          out.chars += data.length;
          if (out.chars > RECORD_MAX_CHARS) out.big = true;
          continue;
        }
        if (!isElement(child) || this.ignore?.(child)) continue;
        const kind = elementKind(child);
        if (child.localName === 'select') out.selects.push(child);
        if (kind === 'skip') continue;
        if (kind === 'input') {
          endLine();
          line = (child as HTMLInputElement).value ?? '';
          endLine();
          continue;
        }
        const cls = child.getAttribute('class');
        if (
          cls &&
          FLAG_CLASS.test(cls) &&
          (child.hasAttribute('title') || child.hasAttribute('aria-label'))
        ) {
          out.flags.push(child);
        }
        if (kind === 'inline' || kind === 'link') walk(child);
        else {
          endLine();
          walk(child);
          endLine();
        }
      }
    };
    walk(root);
    endLine();
    return out;
  }
}

function blockChildren(el: Element): number {
  let count = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (elementKind(child) === 'block') count++;
  }
  return count;
}

/** "Country" then "Brazil" (a dt/dd or th/td pair, a label and its value), or "Country: Brazil". */
function fromLabels(lines: string[]): RegionContext | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length <= 30 && COUNTRY_LABEL.test(line)) {
      const next = lines[i + 1];
      const country = next ? countryOfValue(next) : undefined;
      if (country) return { country, strong: true, kind: 'label' };
      continue;
    }
    const inline = COUNTRY_INLINE.exec(line);
    if (inline) {
      const country = countryOfValue(inline[1]!);
      if (country) return { country, strong: true, kind: 'label' };
    }
  }
  return null;
}

/**
 * A line that is a country name ("Brasil"), an address with one (", Deutschland"), or a US or
 * Canadian address (state and ZIP, province and postal code). Two different countries are no
 * evidence.
 */
function fromNames(lines: string[], kind: 'row' | 'record'): RegionContext | null {
  let found: RegionContext | null = null;
  const note = (country: CountryCode, how: RegionContext['kind']): boolean => {
    if (found && found.country !== country) return false;
    found ??= { country, strong: true, kind: how };
    return true;
  };
  for (const line of lines) {
    if (line.length > 200) continue;
    // A country name has no digits; an address line has them and a comma.
    const whole =
      line.length <= 60 && !HAS_DIGIT.test(line) ? countryFromText(line, false) : undefined;
    if (whole) {
      if (!note(whole, kind)) return null;
      continue;
    }
    if (line.includes(',') || line.includes('\u00b7')) {
      for (const part of line.split(/[,\u00b7]/)) {
        const country = countryFromText(part, false);
        if (country && !note(country, 'address')) return null;
      }
    } else if (PART_SEPARATORS.test(line)) {
      // "Brazil: (21) 3381-4420", "(21) 3381-4420 (Brasil)": a country named next to a number.
      for (const part of line.split(PART_SEPARATORS)) {
        const country = countryFromText(part, false);
        if (country && !note(country, kind)) return null;
      }
    }
    if (US_STATE_ZIP.test(line) && !note('US', 'address')) return null;
    if (CA_PROVINCE_POSTAL.test(line) && !note('CA', 'address')) return null;
  }
  return found;
}

/** A country `<select>` (its chosen option) or a flag button ("Brazil (Brasil): +55"). */
function fromSelectors(selects: Element[], flags: Element[]): RegionContext | null {
  for (const select of selects as HTMLSelectElement[]) {
    const name = [
      select.getAttribute('name'),
      select.id,
      select.getAttribute('autocomplete'),
      select.getAttribute('aria-label'),
    ].join(' ');
    if (!SELECT_NAME.test(name)) continue;
    const option = select.selectedOptions?.[0] ?? select.querySelector('option[selected]');
    if (!option) continue;
    const country =
      countryOfValue(option.getAttribute('value') ?? '') ??
      countryOfValue(option.textContent ?? '');
    if (country) return { country, strong: true, kind: 'selector' };
  }
  for (const flag of flags) {
    const text = flag.getAttribute('title') ?? flag.getAttribute('aria-label') ?? '';
    const country = countryFromText(text, true);
    if (country) return { country, strong: true, kind: 'selector' };
  }
  return null;
}

/** The one country of the record's international numbers ("+44 20 …" next to "020 …"). */
function fromNumbers(lines: string[]): RegionContext | null {
  let country: CountryCode | undefined;
  for (const line of lines) {
    if (!line.includes('+') && !line.includes('00')) continue;
    for (const match of line.matchAll(INTERNATIONAL)) {
      const reading = readNumber(match[0], undefined);
      if (!reading?.region) continue;
      if (country && country !== reading.region) return null;
      country = reading.region;
    }
  }
  return country ? { country, strong: false, kind: 'numbers' } : null;
}
