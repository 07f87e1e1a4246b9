import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertSafeCredential, kamailioConfig } from '../../../../scripts/sip-server/kamailio.mjs';
import { kamailioModulesDir, kamailioPath, sipSkipReason } from '../../../sip/server';

describe('kamailioConfig', () => {
  it('listens on the loopback port given and knows every user', () => {
    const cfg = kamailioConfig({ port: 12345, users: { '1001': 'demo', customer: 's3cret' } });
    expect(cfg).toContain('listen=tcp:127.0.0.1:12345');
    expect(cfg).toContain('if ($var(user) == "1001") { $var(pw) = "demo"; return; }');
    expect(cfg).toContain('if ($var(user) == "customer") { $var(pw) = "s3cret"; return; }');
  });

  it.each([
    ['user', 'a"b'],
    ['user', ''],
    ['password', 'x; exit'],
    ['password', 'new\nline'],
    ['user', 'x'.repeat(65)],
  ] as const)('refuses a %s that could break out of the config: %j', (kind, value) => {
    expect(() => assertSafeCredential(kind, value)).toThrow(/cannot be put in the server config/);
  });

  it.each(['1001', '+14155550100', 'agent.one_2~x-y'])('accepts %j', (value) => {
    expect(() => assertSafeCredential('user', value)).not.toThrow();
  });

  const reason = sipSkipReason();
  it.skipIf(reason !== undefined)('is a configuration Kamailio accepts (kamailio -c)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringside-kcfg-'));
    try {
      const file = join(dir, 'k.cfg');
      writeFileSync(
        file,
        kamailioConfig({
          port: 15066,
          users: { '1001': 'demo' },
          modulesDir: kamailioModulesDir(),
        }),
      );
      const result = spawnSync(kamailioPath()!, ['-c', '-f', file], { encoding: 'utf8' });
      expect(result.stderr + result.stdout).not.toMatch(/ERROR|CRITICAL/);
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  if (reason) console.log(`kamailio -c check skipped: ${reason}`);
});
