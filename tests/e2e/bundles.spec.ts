/**
 * JsSIP (the softphone's SIP stack, ~250 kB) is loaded only by the offscreen document: the popup,
 * the side panel, the options page and the content script must not carry it. Reads the built
 * extension (`npm run build:demo`) and follows every file each surface loads.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { EXTENSION_DIR } from './browser';

/** Every JavaScript file `entry` loads, through static and dynamic imports. */
function closure(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      const target = m[1]!.startsWith('/') ? m[1]!.slice(1) : normalize(join(dirname(file), m[1]!));
      visit(target);
    }
  };
  entries.forEach(visit);
  return [...seen];
}

function htmlEntries(page: string): string[] {
  const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
}

const JSSIP = /JsSIP|DigestAuthentication|RTCSession/;

test('JsSIP is in the offscreen document only, and each surface’s bundle is reported', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js: string[] }[];
  };
  const surfaces: Record<string, string[]> = {
    popup: htmlEntries('popup.html'),
    sidepanel: htmlEntries('sidepanel.html'),
    options: htmlEntries('options.html'),
    content: manifest.content_scripts?.flatMap((c) => c.js) ?? [],
    background: ['background.js'],
    offscreen: htmlEntries('offscreen.html'),
  };
  const sizes: Record<string, number> = {};
  for (const [surface, entries] of Object.entries(surfaces)) {
    expect(entries.length, surface).toBeGreaterThan(0);
    const files = closure(entries);
    sizes[surface] = files.reduce((sum, f) => sum + statSync(join(EXTENSION_DIR, f)).size, 0);
    const withSip = files.filter((f) => JSSIP.test(readFileSync(join(EXTENSION_DIR, f), 'utf8')));
    if (surface === 'offscreen') expect(withSip.length, surface).toBeGreaterThan(0);
    else expect(withSip, surface).toEqual([]);
  }
  console.log(`JavaScript each surface loads (bytes): ${JSON.stringify(sizes)}`);
});
