#!/usr/bin/env node
// `npm run bench`: the Node benchmarks (vitest files under bench/), then the ones that need the
// built extension in real Chromium (Playwright files under bench/browser/), if any exist.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });

run('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts']);
if (existsSync('bench/browser') && readdirSync('bench/browser').some((f) => f.endsWith('.ts'))) {
  run('npm', ['run', 'build:demo']);
  run('npx', ['playwright', 'test', '--config', 'bench/browser/playwright.config.ts']);
}
