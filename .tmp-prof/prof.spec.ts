import { test } from '@playwright/test';
import { crmPageHtml } from '../bench/crm-page';
import { extensionIdOf, extensionWorker, launchWithExtension, makeUserDataDir } from '../tests/e2e/browser';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { backgroundReady } from '../bench/browser/background-ready';

test('profile scroll', async () => {
  test.setTimeout(900_000);
  const profile = makeUserDataDir();
  const context = await launchWithExtension(profile.dir);
  const server = await startFixtureServer();
  server.pages.set('/ping', 'ok');
  const size = Number(process.env.SIZE ?? 10000);
  server.pages.set('/crm.html', crmPageHtml(size, { pageScript: false }));
  const id = extensionIdOf(await extensionWorker(context));
  await backgroundReady(context, id);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${server.url}/crm.html`, { timeout: 300_000 });
  await page.waitForFunction(() => (CSS.highlights.get('ringside-phone')?.size ?? 0) > 0, null, { timeout: 300_000 });
  await page.waitForTimeout(Number(process.env.WAIT ?? 60000));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const deltas = await page.evaluate(() => new Promise<number[]>((resolve) => {
    const d: number[] = []; let prev = 0;
    const step = (t: number) => { if (prev) d.push(t - prev); prev = t; window.scrollBy(0, 60); if (d.length < 240) requestAnimationFrame(step); else resolve(d); };
    requestAnimationFrame(step);
  }));
  const { profile: prof } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const dt = prof.timeDeltas!;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const counts = new Map<number, number>();
  prof.samples!.forEach((s, i) => counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)));
  for (const [nid, us] of counts) {
    const n = byId.get(nid)!;
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(/.*\//, '')}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + us);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log('frames>17', deltas.filter((d) => d > 17).length, 'max', Math.max(...deltas));
  for (const [k, us] of top) console.log((us / 1000).toFixed(1).padStart(8), 'ms', k);
  await context.close();
  await server.close();
  profile.remove();
});
