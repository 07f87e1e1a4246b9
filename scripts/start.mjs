#!/usr/bin/env node
// `npm start`: build the demo extension, start the demo SIP server (Kamailio when installed,
// else the embedded one), serve the demo CRM and its customer phone, and open Chromium with
// Ringside loaded on the CRM and the customer phone in a tab next to it. Without a display, or
// when the browser exits at once, it keeps serving and says how to load the build by hand.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { portFromCommandLine, portInUseMessage, startDemoServer } from './serve-demo.mjs';
import {
  EARLY_EXIT_MS,
  ROOT_SANDBOX_NOTE,
  chromiumArgs,
  earlyExitMessage,
  lineTail,
} from './start-browser.mjs';
import { demoSipUsers } from './sip-server/demo-users.mjs';
import { sipPortFromEnv, startEmbeddedSipServer } from './sip-server/index.mjs';
import { kamailioAvailable, startKamailio } from './sip-server/kamailio.mjs';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const PROFILE_DIR = resolve('.output/chromium-profile');
let port;
try {
  port = portFromCommandLine([], process.env);
} catch (error) {
  console.error(`PORT: ${error.message}`);
  process.exit(1);
}
const sipPort = sipPortFromEnv(process.env);
const sipWs = `ws://127.0.0.1:${sipPort}`;

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
    const reason =
      error.code === 'EADDRINUSE' ? portInUseMessage(sipPort, 'SIP_PORT') : error.message;
    console.error(`Could not start the demo SIP server. ${reason}`);
    return undefined;
  }
}

// The demo CRM's port first: a busy port is reported before a minute of building.
let server;
try {
  server = await startDemoServer({ port });
} catch (error) {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`Could not start the demo CRM server. ${portInUseMessage(port, 'PORT')}`);
  process.exit(1);
}
const sip = await startSip();
try {
  execFileSync('npx', ['wxt', 'build'], {
    stdio: 'inherit',
    // The demo build's softphone points at the demo SIP server started above.
    env: {
      ...process.env,
      RINGSIDE_DEMO: '1',
      RINGSIDE_SIP_WS: process.env.RINGSIDE_SIP_WS ?? sipWs,
    },
  });
} catch {
  // wxt has printed why; stop the servers so the command ends.
  await Promise.all([server.close(), sip?.close()]);
  process.exit(1);
}
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

const manualSteps = [
  '',
  'To try Ringside in a browser on a machine with a display:',
  `  1. Open chrome://extensions, turn on Developer mode, click "Load unpacked" and pick ${EXTENSION_DIR}`,
  `  2. Open ${server.url}`,
  `  3. Open the customer phone in another tab: ${phoneUrl}`,
  '',
  'The demo CRM keeps running until you press Ctrl-C.',
];

if (!hasDisplay || !browser) {
  console.log(
    [
      '',
      hasDisplay
        ? 'No Chromium or Chrome found (set RINGSIDE_CHROMIUM to its path to have it opened).'
        : 'No display found, so no browser window can be opened here.',
      ...manualSteps.slice(1),
    ].join('\n'),
  );
} else {
  mkdirSync(PROFILE_DIR, { recursive: true });
  const root = process.getuid?.() === 0;
  if (root) console.log(ROOT_SANDBOX_NOTE);
  const child = spawn(
    browser,
    chromiumArgs({
      profileDir: PROFILE_DIR,
      extensionDir: EXTENSION_DIR,
      urls: [server.url, phoneUrl],
      root,
    }),
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // Chromium's stderr is chatty: keep its tail, shown only if it exits at once.
  const stderr = lineTail(15);
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => stderr.push(chunk));
  const started = Date.now();
  console.log(
    `Started ${browser} with Ringside loaded. Close the browser or press Ctrl-C to stop.`,
  );
  child.on('error', (error) => {
    console.error(`Could not start ${browser}: ${error.message}`);
    console.log(manualSteps.join('\n'));
  });
  child.on('exit', (code, signal) => {
    const ms = Date.now() - started;
    if (ms >= EARLY_EXIT_MS) return void stopAll();
    // Exited at once: a refusal (no sandbox as root, no usable display) or a hand-off to a
    // browser already open on this profile. Either way the servers stay up for a manual try.
    console.error(earlyExitMessage({ browser, code, signal, ms, stderr: stderr.lines() }));
    console.log(manualSteps.join('\n'));
  });
}

process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
