/**
 * The store builds: what a user installs from a store must ask for no site up front, carry the
 * content script for sites enabled later, and map the side panel to each browser's own API.
 */
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const outDir = mkdtempSync(join(tmpdir(), 'ringside-build-'));

function build(browser: 'chrome' | 'firefox') {
  const { RINGSIDE_DEMO: _demo, ...env } = process.env;
  execFileSync('npx', ['wxt', 'build', '-b', browser], {
    env: { ...env, RINGSIDE_OUT_DIR: outDir },
    stdio: 'pipe',
  });
  const dir = join(outDir, `${browser}-mv3`);
  return { dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) };
}

test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test('the Chrome store build asks for no site at install and ships the content script', () => {
  const { dir, manifest } = build('chrome');
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(manifest.content_scripts).toBeUndefined();
  expect(existsSync(join(dir, 'content-scripts/content.js'))).toBe(true);
  expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
  expect(manifest.permissions).toEqual(expect.arrayContaining(['storage', 'alarms', 'scripting']));
});

test('the Firefox build uses a sidebar and a fixed add-on id', () => {
  const { manifest } = build('firefox');
  expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
  expect(manifest.side_panel).toBeUndefined();
  expect(manifest.permissions).not.toContain('sidePanel');
  expect(manifest.browser_specific_settings.gecko.id).toBe('ringside@ringside.example');
  expect(manifest.background.scripts).toEqual(['background.js']);
});
