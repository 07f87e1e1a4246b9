/**
 * What the popup loads before its first frame (docs/popup.md): the files popup.html names, with
 * its catalogs precompiled (no ICU parser, no message parsed at start-up), none of the modules it
 * loads after that frame (Dexie, libphonenumber), and no code that adds preload links for them
 * while the frame is built. Reads the built extension (`npm run build:demo`).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './browser';

/** Room for Preact, the formatter, three languages' common and popup catalogs, and the surface. */
const BUDGET_BYTES = 125_000;

function startupFiles(): string[] {
  const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
}

test('the popup’s first-frame script carries precompiled catalogs and nothing it loads later', () => {
  const files = startupFiles();
  expect(files.length).toBeGreaterThan(0);
  const code = files.map((f) => readFileSync(join(EXTENSION_DIR, f), 'utf8')).join('\n');
  console.log(`popup start-up script: ${Buffer.byteLength(code)} bytes in ${files.join(', ')}`);
  expect(Buffer.byteLength(code)).toBeLessThan(BUDGET_BYTES);
  // The parser's error names are in its code only; the formatter works from parsed trees.
  expect(code).not.toMatch(/EXPECT_ARGUMENT_CLOSING_BRACE|UNCLOSED_QUOTE_IN_ARGUMENT_STYLE/);
  // Each language's catalogs are in, as message trees (the popup opens in any of them).
  expect(code).toMatch(
    /"popup\.openSoftphone":\[\{"?type"?:0,"?value"?:["'`]Open softphone["'`]\}\]/,
  );
  for (const word of ['Outbound caller ID', 'Número de saída', 'Número de salida'])
    expect(code, word).toContain(word);
  // Dexie and libphonenumber load after the first frame, in chunks of their own.
  expect(code).not.toMatch(/Dexie|MissingAPIError/);
  expect(code).not.toMatch(/TOO_SHORT|INVALID_COUNTRY/);
  // Vite's preload helper lists the files an import() needs and adds a <link> for each.
  expect(code).not.toContain('__vite__mapDeps');
});

test('popup.html loads one script, which imports nothing before the first frame', () => {
  // Each file is a request the browser process answers, one after the other in traces: a second
  // file (Rolldown's runtime helpers, once) held the first frame up by about 20 ms.
  const files = startupFiles();
  expect(files).toHaveLength(1);
  const code = readFileSync(join(EXTENSION_DIR, files[0]!), 'utf8');
  // A static import (`import{a as b}from"./x.js"`, `import"./x.js"`); import() is not one.
  expect(code).not.toMatch(/(?:^|[;}\n])\s*import\s*(?:[\w*{][^;()]*?from\s*)?["'`]/);
});

test('every script popup.html names blocks rendering, so the popup paints once, with its content', () => {
  const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain('blocking="render"');
});
