/**
 * Hover to a filled CRM card, at 20 and 2,000 allowed numbers (tests/e2e/large-account.ts; the
 * agent is in Customized mode, so every card carries the caller-ID dropdown). The preview names
 * the selected option and the list's version only, so the card should cost the same at both sizes.
 *
 * Each sample: the pointer moves onto a number not hovered before (the content script keeps
 * previews for 10 s), then the card's caller-ID line is read through the DevTools protocol (the
 * card lives in a closed shadow root; its nodes are looked up once, then only their HTML is read,
 * a read of about a millisecond) until it says "Call from …" for that number. Times include the
 * reads' own cost, reported alongside, alike at both sizes.
 */
import type { CDPSession } from '@playwright/test';
import { expect, test } from '../../tests/e2e/fixtures';
import { activeSnapshot, sendToBackground } from '../../tests/e2e/extension-api';
import { largeAccount } from '../../tests/e2e/large-account';
import { CrmPage } from '../../tests/e2e/pages/crm';
import { report } from '../measure';

const SIZES = [20, 2_000] as const;
const SAMPLES = Number(process.env.RINGSIDE_BENCH_RUNS ?? 15);

interface CdpNode {
  nodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** The node ids of the card's number and caller-ID line (the overlay keeps them while it lives). */
async function cardNodes(cdp: CDPSession): Promise<{ number: number; from: number } | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: CdpNode;
  };
  const found: Record<string, number> = {};
  const walk = (node: CdpNode) => {
    const list = node.attributes ?? [];
    for (let i = 0; i < list.length; i += 2)
      if (list[i] === 'class' && (list[i + 1] === 'number' || list[i + 1] === 'from'))
        found[list[i + 1]!] ??= node.nodeId;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
  };
  walk(root);
  return found.number && found.from ? { number: found.number, from: found.from } : null;
}

const textOf = (html: string) => html.replace(/<[^>]*>/g, '');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (ms: number) => Number(ms.toFixed(1));

test('hover to a filled card at 20 and 2,000 numbers', async ({
  context,
  demoCrmUrl,
  extensionId,
}) => {
  test.setTimeout(300_000);
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/blank.html`);
  await expect.poll(async () => (await activeSnapshot(control))?.source).toBe('demo');

  const rows: Record<string, string | number>[] = [];
  const medians: Record<number, number> = {};
  for (const size of SIZES) {
    const imported = await sendToBackground(control, 'importConfig', {
      text: JSON.stringify(largeAccount(size)),
      origin: `bench-card-${size}.json`,
    });
    if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported)}`);
    await sendToBackground(control, 'selectAgent', { agentId: 'maria-chen' });

    const crm = new CrmPage(await context.newPage());
    await crm.page.goto(`${demoCrmUrl}#/contacts`);
    await expect.poll(() => crm.highlightCount(), { timeout: 30_000 }).toBeGreaterThan(SAMPLES);
    const texts = [...new Set(await crm.highlighted())].filter((t) => /\d{3}.*\d{4}/.test(t));
    // A first hover makes the card (and warms the background's index for this config).
    await crm.hover(texts[0]!);
    await expect
      .poll(async () => (await crm.card())?.from, { timeout: 30_000 })
      .toMatch(/^Call from /);
    const cdp = await crm.page.context().newCDPSession(crm.page);
    await cdp.send('DOM.enable');
    const nodes = await cardNodes(cdp);
    if (!nodes) throw new Error('the card has no number or caller-ID line');
    const read = async (nodeId: number) =>
      textOf(((await cdp.send('DOM.getOuterHTML', { nodeId })) as { outerHTML: string }).outerHTML);
    await crm.page.mouse.move(5, 5);
    await crm.page.waitForTimeout(600); // the card closes 400 ms after the pointer leaves

    const hoverTimes: number[] = [];
    const readTimes: number[] = [];
    for (const text of texts.slice(1, SAMPLES + 1)) {
      const { x, y } = await crm.centerOf(text);
      await crm.page.mouse.move(x - 3, y);
      const start = performance.now();
      await crm.page.mouse.move(x, y);
      for (;;) {
        const before = performance.now();
        const [number, from] = [await read(nodes.number), await read(nodes.from)];
        readTimes.push(performance.now() - before);
        if (from.startsWith('Call from ') && number.includes(text.slice(-4))) break;
        if (performance.now() - start > 30_000) throw new Error(`no card for ${text}`);
      }
      hoverTimes.push(performance.now() - start);
      await crm.page.mouse.move(5, 5);
      await crm.page.waitForTimeout(600);
    }
    medians[size] = median(hoverTimes);
    rows.push({
      numbers: size,
      measure: 'hover to filled card (median ms)',
      value: round(medians[size]),
      samples: hoverTimes.length,
    });
    rows.push({
      numbers: size,
      measure: 'one read of the card (median ms)',
      value: round(median(readTimes)),
      samples: readTimes.length,
    });
    await crm.page.close();
  }
  rows.push({
    numbers: 2_000,
    measure: 'ratio hover 2,000 / 20',
    value: Number((medians[2_000]! / medians[20]!).toFixed(2)),
    samples: SAMPLES,
  });
  report('card-hover', rows);
});
