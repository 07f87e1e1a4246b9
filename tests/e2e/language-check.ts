/**
 * What the language tests look for on a rendered surface: English left behind and text that does
 * not fit its box.
 *
 * English left behind: every English catalog message whose translation differs is split into its
 * literal parts (the text between ICU arguments, inside plural and select branches too); each part
 * of two words or more that the translation does not also contain must not appear in the page's
 * text. The demo account's own names (agents, number labels, ring groups, the account) are user
 * data and are taken out of the text first.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const MESSAGES = join(ROOT, 'lib/i18n/messages');

function catalog(language: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of readdirSync(join(MESSAGES, language))) {
    Object.assign(out, JSON.parse(readFileSync(join(MESSAGES, language, file), 'utf8')));
  }
  return out;
}

function literals(elements: MessageFormatElement[], out: string[] = []): string[] {
  for (const el of elements) {
    if (el.type === TYPE.literal) out.push(el.value);
    else if (el.type === TYPE.tag) literals(el.children, out);
    else if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) literals(option.value, out);
    }
  }
  return out;
}

/** Whitespace collapsed, surrounding punctuation dropped, lower case. */
export function normalize(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .toLowerCase();
}

const words = (text: string) => text.split(' ').filter((w) => /\p{L}/u.test(w)).length;

/** The English phrases (2+ words) that must not appear on a surface shown in `language`. */
export function englishPhrases(language: string): { key: string; phrase: string }[] {
  const english = catalog('en');
  const target = catalog(language);
  const out: { key: string; phrase: string }[] = [];
  for (const [key, text] of Object.entries(english)) {
    const translated = target[key];
    if (translated === undefined || translated === text) continue;
    const theirs = normalize(literals(parse(translated, { ignoreTag: true })).join(' '));
    for (const part of literals(parse(text, { ignoreTag: true }))) {
      // A part may hold several phrases around punctuation ("Sync failed · synced"): each counts.
      for (const piece of part.split(/[·:;()“”"]/)) {
        const phrase = normalize(piece);
        if (words(phrase) >= 2 && !theirs.includes(phrase)) out.push({ key, phrase });
      }
    }
  }
  return out;
}

/** The demo account's names: user data, shown as the admin wrote them in any language. */
export function demoAccountNames(): string[] {
  const account = JSON.parse(readFileSync(join(ROOT, 'lib/demo/account.json'), 'utf8'));
  return [
    account.account.name,
    ...account.agents.flatMap((a: { name: string; email?: string }) => [a.name, a.email ?? '']),
    ...account.numbers.map((n: { label?: string }) => n.label ?? ''),
    ...account.ringGroups.map((g: { name: string }) => g.name),
  ].filter(Boolean);
}

/** The English phrases found in `text` (a surface's text), with the message each comes from. */
export function englishLeft(text: string, language: string): string[] {
  let shown = text;
  // Longest first, so "New York executive line" goes before "New York".
  for (const name of demoAccountNames().sort((a, b) => b.length - a.length)) {
    shown = shown.split(name).join(' ');
  }
  const haystack = ` ${normalize(shown.replace(/[·:;()“”"]/g, ' '))} `;
  return englishPhrases(language)
    .filter(({ phrase }) => haystack.includes(` ${phrase} `) || haystack.includes(` ${phrase}.`))
    .map(({ key, phrase }) => `${key}: "${phrase}"`);
}

/**
 * Runs in the page (or on the card's root through the DevTools protocol): the text a person sees
 * or hears (text nodes, placeholders, accessible names and titles) under `root`, and each element
 * whose text is cut: wider than its box where it clips (overflow hidden/clip, or an ellipsis).
 * Visually hidden elements (1 px, for screen readers) clip by design and are skipped, and so are
 * fields with a value (see below).
 */
export function inspectSurface(root: Element): { text: string; overflows: string[] } {
  const texts: string[] = [];
  const overflows: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const describe = (el: Element) =>
    `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">${(el.textContent ?? '').trim().slice(0, 80)}`;
  for (let node = walker.currentNode as Node | null; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (parent && !['STYLE', 'SCRIPT'].includes(parent.tagName)) texts.push(node.nodeValue ?? '');
      continue;
    }
    const el = node as HTMLElement;
    for (const name of ['placeholder', 'aria-label', 'title', 'alt']) {
      const value = el.getAttribute(name);
      if (value) texts.push(value);
    }
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    if (el.clientWidth <= 1 || el.clientHeight <= 1) continue; // visually hidden, or empty
    // A field holding a value scrolls it by design, and the value is the person's data (a long
    // e-mail), not a translation; an empty field shows its placeholder, which is checked.
    if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.value) continue;
    const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
    if (clips && el.scrollWidth > el.clientWidth + 1) overflows.push(describe(el));
  }
  return { text: texts.join('\n'), overflows };
}
