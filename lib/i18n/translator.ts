/**
 * Turns catalog keys into text in one language: ICU MessageFormat (plurals, selects, numbers and
 * dates inside a sentence) through FormatJS's `intl-messageformat`, plus the `Intl` formatters a
 * surface needs outside sentences. Pure: the surfaces decide the language and load the catalogs.
 */
import { isLiteralElement, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageKey, Messages } from './catalog';
import type { Language } from './languages';

export type MessageValue = string | number | Date | boolean | null | undefined;
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** A sentence to show later, in whatever language is current then (errors kept in state, say). */
export interface Message {
  key: MessageKey;
  values?: MessageValues;
}

export interface Translator {
  readonly language: Language;
  /** The text of `key` with `values` filled in. A missing key is a bug: it shows the key itself. */
  t(key: MessageKey, values?: MessageValues): string;
  /** A whole `Message` (see above). */
  text(message: Message): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  date(value: Date | number, options?: Intl.DateTimeFormatOptions): string;
  /** The country's name in this language ("Brasil", "Estados Unidos"), or the code if unknown. */
  country(code: string): string;
  /** "a, b and c" / "a, b e c" / "a, b y c". */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

export function createTranslator(
  language: Language,
  messages: Messages,
  fallback: Messages = {},
): Translator {
  const compiled = new Map<string, IntlMessageFormat | string>();
  const numbers = new Map<string, Intl.NumberFormat>();
  const dates = new Map<string, Intl.DateTimeFormat>();
  let regions: Intl.DisplayNames | undefined;

  function format(key: string): IntlMessageFormat | string | undefined {
    let f = compiled.get(key);
    if (f !== undefined) return f;
    const source = messages[key] ?? fallback[key];
    if (source === undefined) return undefined;
    // The fallback is English text: format it with English plural rules.
    const locale = key in messages ? language : 'en';
    f = plainText(source) ?? new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
    compiled.set(key, f);
    return f;
  }

  const t = (key: MessageKey, values?: MessageValues): string => {
    const f = format(key);
    if (f === undefined) return key;
    if (typeof f === 'string') return f;
    return String(f.format(values as Record<string, string | number | Date | boolean>));
  };

  return {
    language,
    t,
    text: (message) => t(message.key, message.values),
    number(value, options) {
      const id = JSON.stringify(options ?? {});
      let f = numbers.get(id);
      if (!f) numbers.set(id, (f = new Intl.NumberFormat(language, options)));
      return f.format(value);
    },
    date(value, options) {
      const id = JSON.stringify(options ?? {});
      let f = dates.get(id);
      if (!f) dates.set(id, (f = new Intl.DateTimeFormat(language, options)));
      return f.format(value);
    },
    country(code) {
      regions ??= new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
      try {
        return regions.of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
    list(items, type = 'conjunction') {
      return new Intl.ListFormat(language, { type }).format(items);
    },
  };
}

/**
 * The text of a precompiled message that is text only (most are), which needs no formatter:
 * building an `IntlMessageFormat` resolves its locale, a few tenths of a millisecond each, paid
 * for every label on a page's first frame (the popup's start-up, docs/popup.md).
 */
function plainText(source: string | MessageFormatElement[]): string | undefined {
  if (typeof source === 'string') return undefined;
  let text = '';
  for (const element of source) {
    if (!isLiteralElement(element)) return undefined;
    text += element.value;
  }
  return text;
}
