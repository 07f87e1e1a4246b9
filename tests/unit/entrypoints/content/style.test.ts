/**
 * The content script's stylesheet: the number highlights are drawn with colours only. In Chromium
 * a `::highlight` style with a text decoration or shadow (which can paint outside the text) makes
 * every change to the highlight recompute compositing inputs for the whole document: ~110 ms per
 * change on a 10,000-row list, i.e. a dropped frame each time a run of numbers scrolls near the
 * viewport (docs/detection.md, "On big pages").
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(__dirname, '../../../../entrypoints/content/style.css'), 'utf8')
  // Comments may name what is not used.
  .replace(/\/\*[\s\S]*?\*\//g, '');

/** `::highlight(name) { … }` blocks: name and declarations. */
function highlightRules(text: string): Array<{ name: string; properties: string[] }> {
  return Array.from(text.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g), (m) => ({
    name: m[1]!,
    properties: m[2]!
      .split(';')
      .map((d) => d.split(':')[0]!.trim().toLowerCase())
      .filter(Boolean),
  }));
}

describe('content stylesheet', () => {
  const rules = highlightRules(css);

  it('styles both highlights the content script registers', () => {
    expect(rules.map((r) => r.name).sort()).toEqual(['ringside-phone', 'ringside-phone-active']);
  });

  it.each(['ringside-phone', 'ringside-phone-active'])(
    '%s is drawn with a background colour and nothing that paints outside the text',
    (name) => {
      const rule = rules.find((r) => r.name === name)!;
      expect(rule.properties).toContain('background-color');
      for (const property of rule.properties) {
        expect(property).not.toMatch(
          /^text-decoration|^text-shadow|^text-underline|^-webkit-text-stroke/,
        );
      }
    },
  );

  it('the check reads a decoration where one is written', () => {
    const [rule] = highlightRules('::highlight(x) { color: red; text-decoration: underline; }');
    expect(rule!.properties).toEqual(['color', 'text-decoration']);
  });
});
