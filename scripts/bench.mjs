#!/usr/bin/env node
// `npm run bench`: the Node benchmarks (vitest files under bench/), then the ones that need the
// built extension in real Chromium (Playwright files under bench/browser/), if any exist. The
// browser ones run in a network namespace with only loopback when one can be made (as the SIP
// end-to-end tests do), so the softphone's WebRTC touches no other interface.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });

run('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts']);
if (existsSync('bench/browser') && readdirSync('bench/browser').some((f) => f.endsWith('.ts'))) {
  run('npm', ['run', 'build:demo']);
  const playwright = ['playwright', 'test', '--config', 'bench/browser/playwright.config.ts'];
  if (spawnSync('unshare', ['-n', 'true']).status === 0) {
    run('unshare', ['-n', 'sh', '-c', 'ip link set lo up && exec npx "$@"', 'sh', ...playwright]);
  } else {
    console.log('bench: no network namespace (`unshare -n` needs root); running without one.');
    run('npx', playwright);
  }
}
