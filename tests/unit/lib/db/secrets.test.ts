/** Secrets stay secret (issue 12, point 6): URLs with credentials, redaction of echoed tokens. */
import { describe, expect, it, vi } from 'vitest';
import { createWebhookProvider } from '../../../../lib/calls/providers/webhook';
import { updateSettings } from '../../../../lib/db/settings';
import { parseManagedPolicy } from '../../../../lib/policy';
import { redactSecrets, safeUrlText } from '../../../../lib/secrets';
import { remoteUrlProblem } from '../../../../lib/sync/url';
import { freshDb } from '../../helpers/background-fixtures';

describe('URLs with a user name or password are refused at input, and never echoed', () => {
  it.each([
    'https://admin:hunter2@cfg.example/acme.json',
    'https://hunter2@cfg.example/acme.json',
    'http://user:hunter2@localhost:8080/acme.json',
    'https://:hunter2@cfg.example/',
  ])('%s', (url) => {
    const problem = remoteUrlProblem(url);
    expect(problem).toMatch(/has a user name or password in it; remove it and put the token/);
    expect(problem).not.toContain('hunter2');
  });

  it.each([
    ['https://a:b@x.example/p?q=1', 'https://x.example/p?q=1'],
    ['https://x.example/p', 'https://x.example/p'],
    ['ht tp://a:hunter2@x', 'ht tp://a:hunter2@x'], // not a URL, and no scheme to strip after
    ['foo://a:hunter2@x y', 'foo://x y'],
  ])('safeUrlText(%s) = %s', (text, safe) => {
    expect(safeUrlText(text)).toBe(safe);
  });

  it('the options page gets the reason, and nothing is saved', async () => {
    const db = freshDb();
    const result = await updateSettings(db, {
      syncUrl: 'https://admin:hunter2@cfg.example/acme.json',
    });
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('has a user name or password in it'),
    });
    expect(JSON.stringify(result)).not.toContain('hunter2');
    expect(await db.settings.get('settings')).toBeUndefined();
    const hook = await updateSettings(db, {
      provider: { kind: 'webhook', url: 'https://u:hunter2@hook.example/calls' },
    });
    expect(JSON.stringify(hook)).not.toContain('hunter2');
    expect(hook.ok).toBe(false);
  });

  it('a policy config URL with a password is ignored, and its problem does not quote it', () => {
    const policy = parseManagedPolicy({ configUrl: 'https://u:hunter2@cfg.example/a.json' }, 1);
    expect(policy?.configUrl).toBeUndefined();
    expect(policy?.problems).toEqual([expect.stringContaining('has a user name or password')]);
    expect(JSON.stringify(policy)).not.toContain('hunter2');
  });
});

describe('redactSecrets', () => {
  it.each([
    ['Bearer abcd1234 was refused', ['abcd1234'], 'Bearer [redacted] was refused'],
    ['abcd1234abcd1234', ['abcd1234'], '[redacted][redacted]'],
    ['nothing here', ['abcd1234', undefined], 'nothing here'],
    ['a b c', ['a'], 'a b c'], // too short to be a secret worth garbling the text for
  ])('%j with %j', (text, secrets, expected) => {
    expect(redactSecrets(text, secrets)).toBe(expected);
  });
});

describe('the call webhook never shows its token in an error', () => {
  it('an error body that echoes the Authorization header is redacted', async () => {
    const fetchMock = vi.fn(
      async (_url: RequestInfo | URL, init?: RequestInit) =>
        new Response(
          `denied for ${String((init?.headers as Record<string, string>).Authorization)}`,
          {
            status: 403,
          },
        ),
    );
    const provider = createWebhookProvider({
      url: 'https://hook.example/calls',
      token: 'hook-secret-42',
      fetch: fetchMock as unknown as typeof fetch,
    });
    const outcome = await provider.place({
      to: '+14155550100',
      from: '+14155550101',
      fromNumberId: 'n1',
      agentId: 'a1',
      accountId: 'acme',
      rule: 'area-code',
    });
    expect(outcome).toEqual({
      ok: false,
      error: 'The call webhook answered HTTP 403: denied for Bearer [redacted]',
    });
  });
});
