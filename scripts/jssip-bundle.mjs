// JsSIP for the demo's web pages (demo-crm/phone.html, the tests' bare JsSIP pages): the npm
// package ships CommonJS only, so it is bundled once per process with rolldown (Vite's bundler,
// already a dev dependency) into a script that defines `window.JsSIP`. The extension bundles its
// own copy through WXT; this is the same pinned version.
import { createRequire } from 'node:module';

export const JSSIP_BUNDLE_PATH = '/vendor/jssip.js';

let pending;

/** The bundled JsSIP as JavaScript source (built on first use, then kept). */
export function jssipBundle() {
  pending ??= build().catch((error) => {
    pending = undefined;
    throw error;
  });
  return pending;
}

async function build() {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('jssip');
  const { build: rolldownBuild } = await import('rolldown');
  const result = await rolldownBuild({
    input: entry,
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    output: { format: 'iife', name: 'JsSIP', minify: true },
  });
  const chunk = result.output.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error('rolldown produced no JsSIP bundle');
  return chunk.code;
}
