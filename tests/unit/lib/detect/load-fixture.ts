/** Fixture pages parsed into happy-dom documents, declarative shadow roots attached. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_DIR = join(process.cwd(), 'tests/fixtures/pages');

/**
 * happy-dom does not attach `<template shadowrootmode>` roots while parsing (Chromium does), so
 * they are attached here, innermost first, the way the parser would.
 */
export function attachDeclarativeShadowRoots(root: ParentNode): void {
  const templates = Array.from(root.querySelectorAll('template[shadowrootmode]')).reverse();
  for (const template of templates as HTMLTemplateElement[]) {
    const host = template.parentElement!;
    const mode = template.getAttribute('shadowrootmode') as ShadowRootMode;
    const shadow = host.attachShadow({ mode });
    attachDeclarativeShadowRoots(template.content);
    shadow.append(template.content);
    template.remove();
  }
}

export function parsePage(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  attachDeclarativeShadowRoots(doc);
  return doc;
}

export function loadFixture(file: string): Document {
  return parsePage(readFileSync(join(FIXTURE_DIR, file), 'utf8'));
}
