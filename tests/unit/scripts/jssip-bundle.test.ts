import { describe, expect, it } from 'vitest';
import { startDemoServer } from '../../../scripts/serve-demo.mjs';

describe('the demo server serves JsSIP for the customer phone', () => {
  it('bundles the pinned JsSIP as a script that defines window.JsSIP', async () => {
    const server = await startDemoServer({ port: 0 });
    try {
      const res = await fetch(`${server.url}vendor/jssip.js`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      const code = await res.text();
      const scope: { JsSIP?: { version?: string; UA?: unknown } } = {};
      // The bundle is an IIFE assigning `var JsSIP`; run it with a window-like scope.
      new Function('window', 'self', `${code}\n;window.JsSIP = JsSIP;`)(scope, scope);
      const pinned = (await import('jssip/package.json', { with: { type: 'json' } })).default;
      expect(scope.JsSIP?.version).toBe(pinned.version);
      expect(typeof scope.JsSIP?.UA).toBe('function');
      const phone = await fetch(`${server.url}phone.html`);
      expect(await phone.text()).toContain('<script src="/vendor/jssip.js"></script>');
    } finally {
      await server.close();
    }
  }, 30_000);
});
