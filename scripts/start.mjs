#!/usr/bin/env node
// `npm start`: build the demo extension, start the demo SIP server (Kamailio when installed,
// else the embedded one), serve the demo CRM and its customer phone, and open Chromium with
// Ringside loaded on the CRM and the customer phone in a tab next to it. Without a display it
// serves them and says how to load the build by hand.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDemoServer } from './serve-demo.mjs';
import { demoSipUsers } from './sip-server/demo-users.mjs';
import { sipPortFromEnv, startEmbeddedSipServer } from './sip-server/index.mjs';
import { kamailioAvailable, startKamailio } from './sip-server/kamailio.mjs';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const PROFILE_DIR = resolve('.output/chromium-profile');
const port = Number(process.env.PORT ?? 5175);
const sipPort = sipPortFromEnv(process.env);
const sipWs = `ws://127.0.0.1:${sipPort}`;

execFileSync('npx', ['wxt', 'build'], {
  stdio: 'inherit',
  // The demo build's softphone points at the demo SIP server started below.
  env: {
    ...process.env,
    RINGSIDE_DEMO: '1',
    RINGSIDE_SIP_WS: process.env.RINGSIDE_SIP_WS ?? sipWs,
  },
});

/** Kamailio when it is installed (a real SIP server), else the embedded demo server. */
async function startSip() {
  const users = demoSipUsers();
  try {
    if (kamailioAvailable()) {
      const k = await startKamailio(users, { port: sipPort });
      return { ...k, name: 'Kamailio', close: k.stop };
    }
    const e = await startEmbeddedSipServer({ port: sipPort, users });
    return { ...e, name: 'the embedded demo SIP server (Kamailio is not installed)' };
  } catch (error) {
    const reason = error.code === 'EADDRINUSE' ? `port ${sipPort} is in use` : error.message;
    console.error(`Could not start the demo SIP server: ${reason}. Set SIP_PORT to another port.`);
    return undefined;
  }
}

const sip = await startSip();
const server = await startDemoServer({ port });
const phoneUrl =
  sipPort === 5066
    ? `${server.url}phone.html`
    : `${server.url}phone.html?ws=${encodeURIComponent(sipWs)}`;
console.log(`\nDemo CRM: ${server.url}`);
if (sip) {
  console.log(`SIP: ${sip.name} on ${sip.wsUrl}, domain ${sip.domain}`);
  console.log(
    `Customer phone: ${phoneUrl} (calls to any number ring here; agents sign in to SIP as 1001, 1002, … with password "demo")`,
  );
}
const stopAll = () => Promise.all([server.close(), sip?.close()]).then(() => process.exit(0));

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
      `  3. Open the customer phone in another tab: ${phoneUrl}`,
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
      phoneUrl,
    ],
    { stdio: 'ignore' },
  );
  console.log(`Opened ${browser} with Ringside loaded. Close the browser or press Ctrl-C to stop.`);
  child.on('exit', stopAll);
}

process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
