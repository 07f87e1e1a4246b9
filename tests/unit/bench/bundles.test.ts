import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { surfaceBundle } from '../../../bench/bundles';

describe('bench: the files a surface loads', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('follows static imports up front, dynamic ones as lazy, and finds JsSIP by its markers', () => {
    root = mkdtempSync(join(tmpdir(), 'bundles-'));
    mkdirSync(join(root, 'chunks'));
    const file = (name: string, text: string) => writeFileSync(join(root, name), text);
    file(
      'popup.html',
      '<script type="module" src="/chunks/popup.js"></script><link rel="modulepreload" href="/chunks/app.js">',
    );
    file(
      'chunks/popup.js',
      'import{a as b}from"./app.js";import("./late.js");import(`./later.js`);',
    );
    file('chunks/app.js', 'import"./shared.js";export const a=1;');
    file('chunks/shared.js', 'export const s=2;');
    file('chunks/late.js', 'export const l=3;');
    file('chunks/later.js', 'export const m=4;');
    file('offscreen.html', '<script type="module" src="/chunks/offscreen.js"></script>');
    file(
      'chunks/offscreen.js',
      'import"./shared.js";class WebSocketInterface{};const h="P-Preferred-Identity";',
    );

    const popup = surfaceBundle(root, 'popup', 'popup.html');
    expect(popup.upFront.sort()).toEqual(['chunks/app.js', 'chunks/popup.js', 'chunks/shared.js']);
    expect(popup.lazy.sort()).toEqual(['chunks/late.js', 'chunks/later.js']);
    expect(popup.hasJsSIP).toBe(false);
    expect(popup.bytes).toBeGreaterThan(0);
    expect(surfaceBundle(root, 'offscreen', 'offscreen.html').hasJsSIP).toBe(true);
  });
});
