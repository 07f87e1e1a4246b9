import { describe, expect, it } from 'vitest';
import {
  ROOT_SANDBOX_NOTE,
  chromiumArgs,
  earlyExitMessage,
  lineTail,
} from '../../../scripts/start-browser.mjs';
import { portInUseMessage } from '../../../scripts/serve-demo.mjs';

const base = {
  profileDir: '/p',
  extensionDir: '/ext',
  urls: ['http://localhost:5175/', 'http://localhost:5175/phone.html'],
};

describe('chromiumArgs', () => {
  it('loads the extension on the given pages, with the sandbox on for a normal user', () => {
    const args = chromiumArgs({ ...base, root: false });
    expect(args).toEqual([
      '--user-data-dir=/p',
      '--disable-extensions-except=/ext',
      '--load-extension=/ext',
      '--no-first-run',
      '--no-default-browser-check',
      'http://localhost:5175/',
      'http://localhost:5175/phone.html',
    ]);
  });

  it('turns the sandbox off as root (Chromium refuses root otherwise), before the pages', () => {
    const args = chromiumArgs({ ...base, root: true });
    expect(args.filter((a) => a === '--no-sandbox')).toHaveLength(1);
    // Flags after the first URL would be read as more pages to open.
    expect(args.indexOf('--no-sandbox')).toBeLessThan(args.indexOf(base.urls[0]!));
    expect(args.slice(-2)).toEqual(base.urls);
  });

  it('says why the sandbox is off', () => {
    expect(ROOT_SANDBOX_NOTE).toContain('root');
    expect(ROOT_SANDBOX_NOTE).toContain('--no-sandbox');
  });
});

describe('lineTail', () => {
  it('keeps the last lines across chunks split anywhere', () => {
    const tail = lineTail(2);
    for (const chunk of ['one\ntw', 'o\nthr', 'ee\n\nfo', 'ur']) tail.push(chunk);
    expect(tail.lines()).toEqual(['three', 'four']);
  });

  it('holds no more than it needs, however much is written', () => {
    const tail = lineTail(3);
    for (let i = 0; i < 10_000; i++) tail.push(`line ${i}\n`);
    expect(tail.lines()).toEqual(['line 9997', 'line 9998', 'line 9999']);
  });

  it('is empty before anything is written', () => {
    expect(lineTail(5).lines()).toEqual([]);
  });
});

describe('earlyExitMessage', () => {
  it('names the browser, how and when it exited, and its last output', () => {
    const message = earlyExitMessage({
      browser: '/usr/bin/chromium',
      code: 1,
      signal: null,
      ms: 800,
      stderr: ['[123:ERROR] Running as root without --no-sandbox is not supported.'],
    });
    expect(message).toBe(
      [
        '/usr/bin/chromium exited with code 1 1 s after it started, so no window with Ringside is open.',
        'Its last output:',
        '  [123:ERROR] Running as root without --no-sandbox is not supported.',
      ].join('\n'),
    );
  });

  it('says when it was killed and printed nothing', () => {
    const message = earlyExitMessage({
      browser: 'chromium',
      code: null,
      signal: 'SIGSEGV',
      ms: 4_400,
      stderr: [],
    });
    expect(message).toBe(
      'chromium was stopped by SIGSEGV 4 s after it started, so no window with Ringside is open.\nIt printed nothing.',
    );
  });
});

describe('portInUseMessage', () => {
  it.each([
    [
      5175,
      'PORT',
      'Port 5175 is in use: set PORT=<another port> (e.g. PORT=5176) or stop the other server.',
    ],
    [
      5066,
      'SIP_PORT',
      'Port 5066 is in use: set SIP_PORT=<another port> (e.g. SIP_PORT=5067) or stop the other server.',
    ],
  ])('port %i, %s', (port, env, expected) => {
    expect(portInUseMessage(port, env)).toBe(expected);
  });
});
