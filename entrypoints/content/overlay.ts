/**
 * The one element Ringside adds to a page: a host appended to <html> (outside the app's root, so
 * frameworks that own <body> or #root never see it) holding a closed shadow root with the call
 * card. It is created the first time a card is shown. Every text in it is set with textContent;
 * nothing from the page is ever parsed as HTML.
 */

export const HOST_TAG = 'ringside-overlay';

const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'pointer-events: none',
  'transform: none',
  'filter: none',
  'contain: none',
  'display: block',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

const CARD_CSS = `
  :host { all: initial; }
  .card {
    position: fixed; box-sizing: border-box; width: max-content; max-width: min(340px, calc(100vw - 16px));
    padding: 10px 12px; border-radius: 10px; background: #fff; color: #1b1f24;
    border: 1px solid #c9d3df; box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
    font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
    pointer-events: auto; display: grid; gap: 6px;
  }
  .card[hidden] { display: none; }
  .row { display: flex; align-items: center; gap: 10px; }
  .number { font-weight: 600; font-size: 14px; overflow-wrap: anywhere; }
  button {
    font: inherit; font-weight: 600; cursor: pointer; border: 0; border-radius: 7px;
    padding: 6px 12px; background: #1466cc; color: #fff; white-space: nowrap;
  }
  button:hover { background: #0f57b0; }
  button:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
  button[aria-disabled='true'] { background: #8aa9d1; cursor: default; }
  .from { color: #1b1f24; }
  .why { color: #4a5563; font-size: 12px; }
  .status { font-size: 12px; color: #1b6e2a; min-height: 0; }
  .status.error, .from.error { color: #b3261e; }
  .status:empty { display: none; }
  .hint { color: #6b7480; font-size: 11px; }
  .reading { font-size: 12px; color: #4a5563; }
  .reading[hidden] { display: none; }
  .reading .switch {
    background: none; color: #1466cc; padding: 0; font-weight: 600; text-decoration: underline;
  }
  .reading .switch:hover { background: none; color: #0f57b0; }
  @media (prefers-color-scheme: dark) {
    .card { background: #1f242b; color: #e8ecf1; border-color: #3a4452; }
    .from { color: #e8ecf1; }
    .why, .hint, .reading { color: #a9b3bf; }
    .reading .switch, .reading .switch:hover { color: #8ab8ff; }
    .status { color: #7bd88f; }
    .status.error, .from.error { color: #ff8a80; }
  }
`;

export interface CardContent {
  /** The number as the page shows it. */
  number: string;
}

export interface CardPreview {
  /** "Call from +1 415 555 0199 · San Francisco" */
  from: string;
  /** Why that number: the selector's sentence. */
  why: string;
  error?: boolean;
}

interface Parts {
  host: HTMLElement;
  card: HTMLElement;
  number: HTMLElement;
  button: HTMLButtonElement;
  from: HTMLElement;
  why: HTMLElement;
  status: HTMLElement;
  /** "Read as Brazil, from this row" and its switch (reading-switch.ts fills it). */
  reading: HTMLElement;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  return node;
}

export class Overlay {
  private parts: Parts | null = null;
  /** Where the card's number is, so the card can be placed again when its content grows. */
  private anchor: DOMRect | null = null;
  onCall: () => void = () => {};
  onPointerEnter: () => void = () => {};
  onPointerLeave: () => void = () => {};

  constructor(private readonly doc: Document) {}

  /** The host, once created (detection never enters it). */
  get host(): HTMLElement | null {
    return this.parts?.host ?? null;
  }

  /** The card's reading line, once the card exists. */
  get readingSlot(): HTMLElement | null {
    return this.parts?.reading ?? null;
  }

  get visible(): boolean {
    return !!this.parts && !this.parts.card.hidden;
  }

  /** True when focus is on the card's button. */
  get focused(): boolean {
    return !!this.parts && this.doc.activeElement === this.parts.host;
  }

  private build(): Parts {
    const doc = this.doc;
    const host = doc.createElement(HOST_TAG);
    host.setAttribute('style', HOST_STYLE);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    const card = el(doc, 'div', 'card');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', 'Call with Ringside');
    card.hidden = true;
    const row = el(doc, 'div', 'row');
    const number = el(doc, 'div', 'number');
    const button = el(doc, 'button', 'call');
    button.type = 'button';
    button.textContent = 'Call';
    row.append(number, button);
    const from = el(doc, 'div', 'from');
    const why = el(doc, 'div', 'why');
    const status = el(doc, 'div', 'status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    const hint = el(doc, 'div', 'hint');
    hint.textContent = 'Alt+Shift+N next number · Esc close';
    const reading = el(doc, 'div', 'reading');
    reading.hidden = true;
    card.append(row, reading, from, why, status, hint);
    shadow.append(style, card);

    button.addEventListener('click', () => {
      if (button.getAttribute('aria-disabled') !== 'true') this.onCall();
    });
    card.addEventListener('pointerenter', () => this.onPointerEnter());
    card.addEventListener('pointerleave', () => this.onPointerLeave());
    return { host, card, number, button, from, why, status, reading };
  }

  private ensure(): Parts {
    this.parts ??= this.build();
    // A framework that rebuilt <html>'s children may have dropped it; put it back.
    if (!this.parts.host.isConnected) this.doc.documentElement.append(this.parts.host);
    return this.parts;
  }

  /** Shows the card for a number next to `anchor` (viewport coordinates). */
  show(content: CardContent, anchor: DOMRect): void {
    const parts = this.ensure();
    parts.number.textContent = content.number;
    parts.button.textContent = 'Call';
    parts.button.removeAttribute('aria-disabled');
    parts.button.setAttribute('aria-label', `Call ${content.number}`);
    parts.from.textContent = 'Checking caller ID…';
    parts.why.textContent = '';
    this.setStatus('');
    parts.card.hidden = false;
    this.place(anchor);
  }

  /** Content changed size: keep the card inside the viewport. */
  private replace(): void {
    if (this.anchor && this.visible) this.place(this.anchor);
  }

  /** The number's name changed (the background's formatted number replaced E.164). */
  setNumber(text: string): void {
    if (!this.parts) return;
    this.parts.number.textContent = text;
    this.parts.button.setAttribute('aria-label', `Call ${text}`);
    this.replace();
  }

  setPreview(preview: CardPreview): void {
    if (!this.parts) return;
    this.parts.from.textContent = preview.from;
    this.parts.why.textContent = preview.why;
    this.parts.from.classList.toggle('error', !!preview.error);
    this.replace();
  }

  setStatus(text: string, kind: 'info' | 'error' = 'info'): void {
    if (!this.parts) return;
    this.parts.status.textContent = text;
    this.parts.status.classList.toggle('error', kind === 'error');
    this.replace();
  }

  setBusy(busy: boolean): void {
    if (!this.parts) return;
    // aria-disabled, not disabled: a disabled button drops focus, and the keyboard user with it.
    if (busy) this.parts.button.setAttribute('aria-disabled', 'true');
    else this.parts.button.removeAttribute('aria-disabled');
    this.parts.button.textContent = busy ? 'Calling…' : 'Call';
    this.replace();
  }

  /** Moves the card next to `anchor`, below it, or above when there is no room below. */
  place(anchor: DOMRect): void {
    if (!this.parts) return;
    this.anchor = anchor;
    const card = this.parts.card;
    const view = this.doc.defaultView!;
    const { width, height } = card.getBoundingClientRect();
    const position = cardPosition(anchor, { width, height }, view.innerWidth, view.innerHeight);
    card.style.left = `${position.left}px`;
    card.style.top = `${position.top}px`;
  }

  focusButton(): void {
    this.parts?.button.focus();
  }

  hide(): void {
    if (this.parts) this.parts.card.hidden = true;
  }

  /** True for the host element: events from inside the closed shadow root arrive retargeted to it. */
  isHost(target: EventTarget | null): boolean {
    return !!this.parts && target === this.parts.host;
  }

  dispose(): void {
    this.parts?.host.remove();
    this.parts = null;
  }
}

const GAP = 6;
const MARGIN = 8;

/** Where the card goes: under the number, or over it near the bottom; always inside the viewport. */
export function cardPosition(
  anchor: { left: number; top: number; bottom: number },
  card: { width: number; height: number },
  viewWidth: number,
  viewHeight: number,
): { left: number; top: number } {
  const left = Math.max(MARGIN, Math.min(anchor.left, viewWidth - card.width - MARGIN));
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - card.height;
  const fitsBelow = below + card.height <= viewHeight - MARGIN;
  const preferred = fitsBelow || above < MARGIN ? below : above;
  // Never off screen, even when the number itself has scrolled to an edge.
  const top = Math.max(MARGIN, Math.min(preferred, viewHeight - card.height - MARGIN));
  return { left: Math.round(left), top: Math.round(top) };
}
