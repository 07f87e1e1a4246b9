/**
 * Catalogs parsed at build time: each ICU MessageFormat string becomes FormatJS's syntax tree,
 * which `intl-messageformat` formats as it is (its documented "precompile" path). A bundle whose
 * catalogs are all precompiled needs neither the ICU parser nor its number-skeleton parser (about
 * 27 kB minified) and parses nothing when a page first shows its text.
 *
 * Used by the build (wxt.config.ts) and by the test that checks the trees give the same text as
 * the strings; nothing shipped imports it, so the parser it imports never reaches a bundle.
 */
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** One area's messages, each as the tree `intl-messageformat` would parse at run time. */
export type PrecompiledMessages = Readonly<Record<string, MessageFormatElement[]>>;

/**
 * The same options the translator gives `intl-messageformat` (`ignoreTag`: catalogs hold no
 * markup, and a `<` in a sentence is text), without source positions, which formatting never
 * reads and which would only make the bundle bigger.
 */
export function precompileMessage(text: string): MessageFormatElement[] {
  return parse(text, { ignoreTag: true, captureLocation: false });
}

export function precompileMessages(
  messages: Readonly<Record<string, string>>,
): PrecompiledMessages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, text]) => [key, precompileMessage(text)]),
  );
}
