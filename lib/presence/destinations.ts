/**
 * Reads the simulator's destinations from pasted text or an uploaded file: one number per line,
 * or a CSV whose phone column is found by its header ("phone", "number", "tel", …) or named by
 * the admin. Empty lines are skipped; nothing else is dropped silently (a line that is not a
 * number is simulated as such and shows up as "not a valid number"). Its problems are written in
 * `tr`'s language (English by default); the columns are quoted as the file names them.
 */
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';

export interface ParsedDestinations {
  destinations: string[];
  /** The CSV column read, when the text was a CSV. */
  column?: string;
  /** A problem the admin can act on (no such column); destinations is then empty. */
  error?: string;
}

/** Splits one CSV line (RFC 4180 quoting: quoted cells may hold the separator and "" quotes). */
export function csvLine(line: string, sep: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

const PHONE_HEADER = /^(phone|phone ?number|number|tel|telephone|mobile|destination|to|e164)$/i;

export function parseDestinations(
  text: string,
  column?: string,
  tr: Translator = english,
): ParsedDestinations {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return { destinations: [] };
  const first = lines[0]!;
  const sep = [',', ';', '\t'].find((s) => first.includes(s));
  // One number per line: numbers never hold a separator (they may hold spaces and dashes).
  if (!sep) return { destinations: lines.map((l) => l.trim()) };
  const header = csvLine(first, sep);
  let index = column
    ? header.findIndex((h) => h.toLowerCase() === column.trim().toLowerCase())
    : header.findIndex((h) => PHONE_HEADER.test(h));
  if (column && index < 0) {
    return {
      destinations: [],
      error: tr.t('reasons.simulator.noSuchColumn', { column, columns: header.join(', ') }),
    };
  }
  let body = lines.slice(1);
  if (index < 0) {
    // No phone header: a headerless CSV whose first cell holding digits is the number.
    index = header.findIndex((h) => /\d{3}/.test(h));
    if (index < 0) {
      return {
        destinations: [],
        error: tr.t('reasons.simulator.noPhoneColumn', { columns: header.join(', ') }),
      };
    }
    body = lines;
  }
  return {
    destinations: body.map((l) => csvLine(l, sep)[index] ?? ''),
    column:
      body === lines ? tr.t('reasons.simulator.columnNumber', { n: index + 1 }) : header[index],
  };
}
