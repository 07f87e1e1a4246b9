/**
 * What each surface of the built extension loads: the files its HTML names (script, preloaded
 * modules, stylesheets) and every module they import statically (loaded up front), plus the
 * modules reachable through dynamic import() (loaded later), with raw and gzip sizes, and
 * whether JsSIP is among them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

// Strings only JsSIP's code holds (its class and header names), to find it in minified chunks.
export const JSSIP_MARKERS = ['WebSocketInterface', 'P-Preferred-Identity'];

export interface SurfaceBundle {
  surface: string;
  upFront: string[];
  lazy: string[];
  bytes: number;
  gzipBytes: number;
  lazyBytes: number;
  hasJsSIP: boolean;
}

function importsOf(code: string): { staticDeps: string[]; dynamicDeps: string[] } {
  const staticDeps = [
    ...code.matchAll(
      /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g,
    ),
  ].map((m) => m[1]!);
  // Rolldown writes dynamic imports with template literals: import(`./chunk.js`).
  const dynamicDeps = [...code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map(
    (m) => m[1]!,
  );
  return { staticDeps, dynamicDeps };
}

function resolveFrom(root: string, fromFile: string, spec: string): string {
  const abs = spec.startsWith('/')
    ? join(root, spec)
    : normalize(join(dirname(join(root, fromFile)), spec));
  return relative(root, abs);
}

export function surfaceBundle(root: string, surface: string, entry: string): SurfaceBundle {
  const named: string[] = [];
  if (entry.endsWith('.html')) {
    const html = readFileSync(join(root, entry), 'utf8');
    for (const m of html.matchAll(
      /<script[^>]*\ssrc="([^"]+)"|<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*\shref="([^"]+)"/g,
    )) {
      named.push(resolveFrom(root, entry, (m[1] ?? m[2])!));
    }
  } else {
    named.push(entry);
  }
  const upFront = new Set<string>();
  const lazy = new Set<string>();
  const walk = (file: string, isLazy: boolean) => {
    const set = isLazy ? lazy : upFront;
    if (upFront.has(file) || set.has(file) || !existsSync(join(root, file))) return;
    set.add(file);
    if (!file.endsWith('.js')) return;
    const { staticDeps, dynamicDeps } = importsOf(readFileSync(join(root, file), 'utf8'));
    for (const d of staticDeps) walk(resolveFrom(root, file, d), isLazy);
    for (const d of dynamicDeps) walk(resolveFrom(root, file, d), true);
  };
  for (const f of named) walk(f, false);
  for (const f of upFront) lazy.delete(f);
  const read = (f: string) => readFileSync(join(root, f));
  const sum = (files: Iterable<string>, size: (b: Buffer) => number) =>
    [...files].reduce((n, f) => n + size(read(f)), 0);
  const all = [...upFront, ...lazy];
  return {
    surface,
    upFront: [...upFront],
    lazy: [...lazy],
    bytes: sum(upFront, (b) => b.length),
    gzipBytes: sum(upFront, (b) => gzipSync(b).length),
    lazyBytes: sum(lazy, (b) => b.length),
    hasJsSIP: all.some((f) => {
      const text = read(f).toString('utf8');
      return JSSIP_MARKERS.every((m) => text.includes(m));
    }),
  };
}
