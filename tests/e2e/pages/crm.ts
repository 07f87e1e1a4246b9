/**
 * A CRM page with Ringside's content script on it, seen from a test: the highlighted ranges (the
 * CSS highlight registry is the document's, readable from the page), and the call card, which
 * lives in a closed shadow root that page scripts cannot reach and is read here through the
 * DevTools protocol (DOM.describeNode with pierce), the way an accessibility tool would.
 */
import type { CDPSession, Page } from '@playwright/test';

export const OVERLAY_TAG = 'ringside-overlay';

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

export interface CardState {
  visible: boolean;
  number: string;
  button: string;
  from: string;
  why: string;
  status: string;
  /** The warning above the button ('' when there is none). */
  note: string;
  /** The number's `dir` attribute (numbers are shown left to right in an isolate). */
  numberDir: string | null;
  /** Every text of the card, for checks on what it may contain. */
  allText: string;
  /** The confirmations the card asks for (costly destinations), as one text. */
  confirm: string;
  /** The country line ("Read as Brazil, from this row · Read as United States instead"), or "". */
  reading: string;
  /** Centre of the reading switch, when the card shows one. */
  switchCenter: { x: number; y: number } | null;
  /** Centre of the Call button, in page (viewport) coordinates. */
  buttonCenter: { x: number; y: number } | null;
  cardBox: { x: number; y: number; width: number; height: number } | null;
}

function attr(node: CdpNode, name: string): string | null {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1] ?? '';
  return null;
}

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function find(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | null {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return null;
}

export class CrmPage {
  private cdp: CDPSession | null = null;

  constructor(readonly page: Page) {}

  /** The text of every highlighted range, in the order the highlight holds them (scan order). */
  highlighted(): Promise<string[]> {
    return this.page.evaluate(() => {
      const highlight = CSS.highlights.get('ringside-phone');
      return highlight
        ? [...highlight].map((r) => (r as Range).toString().replace(/\s+/g, ' ').trim())
        : [];
    });
  }

  /**
   * Makes the viewport as tall as the page. Ringside paints only the numbers within half a
   * screen of the viewport; with the whole page in view, the highlight holds every number.
   */
  async fitViewport(): Promise<void> {
    const height = await this.page.evaluate(() => document.documentElement.scrollHeight);
    const width = this.page.viewportSize()?.width ?? 1280;
    await this.page.setViewportSize({ width, height: Math.min(Math.max(height, 720), 8000) });
  }

  highlightCount(): Promise<number> {
    return this.page.evaluate(() => CSS.highlights.get('ringside-phone')?.size ?? 0);
  }

  /**
   * Centre of the first highlighted range whose text contains `text`, scrolled into view. Waits
   * (up to `timeoutMs`) for it to be painted: the scan runs behind the page's own work, and
   * highlight changes are applied once per frame.
   */
  async centerOf(text: string, timeoutMs = 15_000): Promise<{ x: number; y: number }> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const point = await this.findPainted(text);
      if (point) return point;
      if (Date.now() > until)
        throw new Error(`no highlighted number contains ${JSON.stringify(text)}`);
      await this.page.waitForTimeout(100);
    }
  }

  private async findPainted(text: string): Promise<{ x: number; y: number } | null> {
    return this.page.evaluate((text) => {
      const highlight = CSS.highlights.get('ringside-phone');
      for (const range of highlight ?? []) {
        if (!(range as Range).toString().includes(text)) continue;
        let box = (range as Range).getClientRects()[0]!;
        if (box.top < 0 || box.bottom > innerHeight) {
          const node = (range as Range).startContainer;
          (node instanceof Element ? node : node.parentElement)?.scrollIntoView({
            block: 'center',
          });
          box = (range as Range).getClientRects()[0]!;
        }
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    }, text);
  }

  async hover(text: string): Promise<void> {
    const { x, y } = await this.centerOf(text);
    await this.page.mouse.move(x - 3, y);
    await this.page.mouse.move(x, y);
  }

  /** The page's DOM as HTML, without Ringside's overlay host. */
  serialize(): Promise<string> {
    return this.page.evaluate((tag) => {
      const clone = document.documentElement.cloneNode(true) as Element;
      clone.querySelectorAll(tag).forEach((el) => el.remove());
      return clone.outerHTML;
    }, OVERLAY_TAG);
  }

  overlayHosts(): Promise<number> {
    return this.page.evaluate((tag) => document.querySelectorAll(tag).length, OVERLAY_TAG);
  }

  private async session(): Promise<CDPSession> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    return this.cdp;
  }

  /** What the call card shows, read through its closed shadow root. */
  async card(): Promise<CardState | null> {
    const cdp = await this.session();
    // Only the overlay's subtree is read: a dump of the whole document (DOM.getDocument with
    // depth -1) of a 10,000-row page takes seconds on a loaded machine, for every poll.
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: CdpNode };
    const { nodeId: hostId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: OVERLAY_TAG,
    });
    if (!hostId) return null;
    const { node: host } = (await cdp.send('DOM.describeNode', {
      nodeId: hostId,
      depth: -1,
      pierce: true,
    })) as { node: CdpNode };
    const shadow = host.shadowRoots?.[0];
    if (!shadow) return null;
    const byClass = (name: string) =>
      find(shadow, (n) => n.nodeType === 1 && (attr(n, 'class') ?? '').split(' ').includes(name));
    const card = byClass('card');
    const button = byClass('call');
    const box = async (node: CdpNode | null) => {
      if (!node) return null;
      try {
        // Nodes described (not pushed) have no nodeId of their own: address them by backend id.
        const { model } = (await cdp.send('DOM.getBoxModel', {
          backendNodeId: node.backendNodeId,
        })) as {
          model: { border: number[]; width: number; height: number };
        };
        return {
          x: model.border[0]!,
          y: model.border[1]!,
          width: model.width,
          height: model.height,
        };
      } catch {
        return null; // not rendered (hidden)
      }
    };
    const cardBox = await box(card);
    const buttonBox = await box(button);
    const reading = byClass('reading');
    const shown = !!reading && attr(reading, 'hidden') === null;
    const switchBox = shown ? await box(byClass('switch')) : null;
    return {
      visible: !!card && attr(card, 'hidden') === null,
      number: byClass('number') ? textOf(byClass('number')!) : '',
      button: button ? textOf(button) : '',
      from: byClass('from') ? textOf(byClass('from')!) : '',
      why: byClass('why') ? textOf(byClass('why')!) : '',
      status: byClass('status') ? textOf(byClass('status')!) : '',
      note:
        byClass('note') && attr(byClass('note')!, 'hidden') === null
          ? textOf(byClass('note')!)
          : '',
      numberDir: byClass('number') ? attr(byClass('number')!, 'dir') : null,
      allText: card ? textOf(card) : '',
      confirm: byClass('confirm') ? textOf(byClass('confirm')!) : '',
      reading: shown ? textOf(reading) : '',
      switchCenter: switchBox
        ? { x: switchBox.x + switchBox.width / 2, y: switchBox.y + switchBox.height / 2 }
        : null,
      buttonCenter: buttonBox
        ? { x: buttonBox.x + buttonBox.width / 2, y: buttonBox.y + buttonBox.height / 2 }
        : null,
      cardBox,
    };
  }
}
