#!/usr/bin/env node
// `npm start`: build the demo extension, serve the demo CRM and open Chromium with Ringside
// loaded on it. Without a display it serves the CRM and says how to load the build by hand.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDemoServer } from './serve-demo.mjs';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const PROFILE_DIR = resolve('.output/chromium-profile');
const port = Number(process.env.PORT ?? 5175);

execFileSync('npx', ['wxt', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, RINGSIDE_DEMO: '1' },
});

const server = await startDemoServer({ port });
console.log(`\nDemo CRM: ${server.url}`);

function findBrowser() {
  const candidates = [
    process.env.RINGSIDE_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  return candidates.find((path) => path && existsSync(path));
}

const hasDisplay =
  process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
const browser = findBrowser();

if (!hasDisplay || !browser) {
  console.log(
    [
      '',
      hasDisplay
        ? 'No Chromium or Chrome found (set RINGSIDE_CHROMIUM to its path to have it opened).'
        : 'No display found, so no browser window can be opened here.',
      'To try Ringside in a browser on a machine with a display:',
      `  1. Open chrome://extensions, turn on Developer mode, click "Load unpacked" and pick ${EXTENSION_DIR}`,
      `  2. Open ${server.url}`,
      '',
      'The demo CRM keeps running until you press Ctrl-C.',
    ].join('\n'),
  );
} else {
  mkdirSync(PROFILE_DIR, { recursive: true });
  const child = spawn(
    browser,
    [
      `--user-data-dir=${PROFILE_DIR}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--no-default-browser-check',
      server.url,
    ],
    { stdio: 'ignore' },
  );
  console.log(`Opened ${browser} with Ringside loaded. Close the browser or press Ctrl-C to stop.`);
  child.on('exit', () => server.close().then(() => process.exit(0)));
}

process.on('SIGINT', () => server.close().then(() => process.exit(0)));
