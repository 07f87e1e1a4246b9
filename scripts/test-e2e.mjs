#!/usr/bin/env node
// `npm run test:e2e`: the Playwright projects (playwright.config.ts), each where it must run.
//   extension: the built extension in Chromium, as is.
//   sip:       the SIP tests (tests/e2e/sip/), inside a network namespace with only loopback up,
//              so WebRTC gathers candidates on 127.0.0.1 alone and touches no other interface.
// Arguments go to Playwright; file arguments pick the project(s) they belong to.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('-') && /\.(spec\.ts|ts)$|^tests\//.test(a));
const isSip = (f) => f.replace(/^\.\//, '').startsWith('tests/e2e/sip');
const runExtension = files.length === 0 || files.some((f) => !isSip(f));
const runSip = files.length === 0 || files.some(isSip);
const ci = process.env.CI === 'true';

function run(cmd, cmdArgs) {
  const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
  return result.status ?? 1;
}

function forProject(project) {
  const wanted = files.filter((f) => (project === 'sip' ? isSip(f) : !isSip(f)));
  const others = args.filter((a) => !files.includes(a));
  // A run empties its output folder first: the SIP run keeps its own, so the extension run's
  // failure artifacts survive it.
  // The SIP tests carry live audio (packets, energy over time): one at a time, as measured.
  const output = project === 'sip' ? ['--output=test-results/e2e-sip', '--workers=1'] : [];
  return ['playwright', 'test', `--project=${project}`, ...output, ...others, ...wanted];
}

/** Can this process make a network namespace (root, or unprivileged user namespaces)? */
function canUnshare() {
  return run('unshare', ['-n', 'true']) === 0;
}

let failed = false;
if (runExtension) failed = run('npx', forProject('extension')) !== 0 || failed;

if (runSip) {
  if (canUnshare()) {
    // `ip link set lo up` first: a new namespace starts with loopback down.
    const inner = 'ip link set lo up && exec npx "$@"';
    failed = run('unshare', ['-n', 'sh', '-c', inner, 'sh', ...forProject('sip')]) !== 0 || failed;
  } else if (ci) {
    console.error(
      'test:e2e: CI must run the SIP tests in a network namespace; `unshare -n` failed.',
    );
    failed = true;
  } else {
    console.log(
      'test:e2e: no network namespace available (`unshare -n` needs root); running the SIP tests ' +
        'without one, so WebRTC may also try the machine’s other interfaces.',
    );
    failed = run('npx', forProject('sip')) !== 0 || failed;
  }
}

process.exit(failed ? 1 : 0);
