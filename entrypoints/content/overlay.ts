/**
 * The one element Ringside adds to a page: a host appended to <html> (outside the app's root, so
 * frameworks that own <body> or #root never see it) holding a closed shadow root with the call
 * card. It is created the first time a card is shown. Every text in it is set with textContent;
 * nothing from the page is ever parsed as HTML, and every piece of text is shown in its own
 * bidirectional isolate with the bidi controls stripped (lib/ui/bidi.ts), so no name or label can
 * reorder a number.
 *
 * The page cannot reach inside, but it can restyle the host or what contains it. Its style is put
 * back each time the card is shown, and the Call button only calls on a real click (`isTrusted`)
 * on a card that is visibly on screen (lib/ui/card-visibility.ts).
 */
import { displayText } from '../../lib/ui/bidi';
import { judgeCardVisibility, type CardVisibility } from '../../lib/ui/card-visibility';
import { cardPosition } from '../../lib/ui/card-position';
import type { CardPreview } from '../../lib/ui/card-wording';
import { t } from './i18n';
import { CardVisibilityWatch } from './visibility';
import { DROPDOWN_CSS } from './card-dropdown';
import { CONFIRM_CSS, createConfirmBox, renderConfirm, type ConfirmView } from './confirm';

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
    /* An open caller-ID list makes the card tall: on a short window it scrolls, never off screen. */
    max-height: calc(100vh - 16px); overflow-y: auto; overscroll-behavior: contain;
  }
  .card[hidden] { display: none; }
  .row { display: flex; align-items: center; gap: 10px; }
  .number { font-weight: 600; font-size: 14px; overflow-wrap: anywhere; unicode-bidi: isolate; }
  .from, .why, .status, .note { overflow-wrap: anywhere; min-width: 0; }
  bdi { unicode-bidi: isolate; }
  .note { font-size: 12px; color: #8a4b00; }
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
  .choice:empty { display: none; }
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
    .note { color: #ffc266; }
  }
${CONFIRM_CSS}${DROPDOWN_CSS}`;

export interface CardContent {
  /** The number a call dials, as the page shows it (or as Ringside writes it). */
  number: string;
  /** A warning above the button, e.g. that the link's text names another number. */
  note?: string;
}

/** A press of the Call button: a real one or not, and whether the card was visibly on screen. */
export interface CallPress {
  trusted: boolean;
  visibility: CardVisibility;
}

interface Parts {
  host: HTMLElement;
  card: HTMLElement;
  number: HTMLElement;
  button: HTMLButtonElement;
  from: HTMLElement;
  why: HTMLElement;
  status: HTMLElement;
  note: HTMLElement;
  watch: CardVisibilityWatch;
  confirm: HTMLElement;
  /** The caller-ID dropdown's place (card-caller-id.ts fills it). */
  choice: HTMLElement;
  /** "Read as Brazil, from this row" and its switch (reading-switch.ts fills it). */
  reading: HTMLElement;
  hint: HTMLElement;
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
  /** "Call", or "Call anyway" while a confirmation is armed. */
  private callLabel = '';
  /** The agent must say who they are first: the Call button stays disabled. */
  private blocked = false;
  onCall: (press: CallPress) => void = () => {};
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
    card.setAttribute('aria-label', t('card.dialog.label'));
    card.hidden = true;
    const row = el(doc, 'div', 'row');
    const number = el(doc, 'div', 'number');
    const button = el(doc, 'button', 'call');
    button.type = 'button';
    button.textContent = t('card.call');
    row.append(number, button);
    const from = el(doc, 'div', 'from');
    const why = el(doc, 'div', 'why');
    const choice = el(doc, 'div', 'choice');
    const status = el(doc, 'div', 'status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    const note = el(doc, 'div', 'note');
    note.hidden = true;
    const hint = el(doc, 'div', 'hint');
    hint.textContent = t('card.hint');
    // Numbers read left to right whatever the page's direction.
    number.dir = 'ltr';
    const confirm = createConfirmBox(doc);
    const reading = el(doc, 'div', 'reading');
    reading.hidden = true;
    card.append(row, reading, note, from, why, choice, confirm, status, hint);
    shadow.append(style, card);
    const watch = new CardVisibilityWatch(card);

    button.addEventListener('click', (event) => {
      if (button.getAttribute('aria-disabled') === 'true') return;
      // A click from a key press (Enter, Space) has no pointer position: use the button's centre.
      const box = button.getBoundingClientRect();
      const point =
        event.detail === 0
          ? { x: box.left + box.width / 2, y: box.top + box.height / 2 }
          : { x: event.clientX, y: event.clientY };
      this.onCall({
        trusted: event.isTrusted === true,
        visibility: judgeCardVisibility(watch.facts(host, point)),
      });
    });
    card.addEventListener('pointerenter', () => this.onPointerEnter());
    card.addEventListener('pointerleave', () => this.onPointerLeave());
    return {
      host,
      card,
      number,
      button,
      from,
      why,
      status,
      note,
      watch,
      confirm,
      choice,
      reading,
      hint,
    };
  }

  private ensure(): Parts {
    this.parts ??= this.build();
    const { host } = this.parts;
    // The page may have restyled, moved or dropped the host (a framework that rebuilt <html>'s
    // children, or a hostile script): put it back, last in <html>, with its own style.
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    const root = this.doc.documentElement;
    if (host.parentNode !== root || root.lastElementChild !== host) root.append(host);
    return this.parts;
  }

  /** Shows the card for a number next to `anchor` (viewport coordinates). */
  /**
   * `byAgentKey`: the agent moved the card to this number with the keyboard (a trusted
   * Alt+Shift+N/P), so the change is theirs, not one made under their pointer: no settling time.
   */
  show(content: CardContent, anchor: DOMRect, byAgentKey = false): void {
    const parts = this.ensure();
    const number = displayText(content.number);
    parts.number.textContent = number;
    // The language may have changed since the card was built (the agent changed it, then came
    // back to this tab): its fixed texts are written again each time it opens.
    parts.card.setAttribute('aria-label', t('card.dialog.label'));
    parts.hint.textContent = t('card.hint');
    this.callLabel = renderConfirm(parts.confirm, { messages: [], armed: false });
    parts.button.textContent = this.callLabel;
    this.blocked = false;
    parts.button.removeAttribute('aria-disabled');
    parts.button.setAttribute('aria-label', t('card.call.aria', { number }));
    parts.from.textContent = t('card.checking');
    parts.from.classList.remove('error');
    parts.why.textContent = '';
    this.setNote(content.note);
    parts.choice.replaceChildren();
    this.setStatus('');
    const opening = parts.card.hidden;
    // Shown afresh, or on screen and now about another number (a change under the pointer).
    if (opening || byAgentKey) {
      if (opening) parts.watch.shown();
      // Placed afresh below, which is not a move.
      parts.card.style.left = '';
      parts.card.style.top = '';
    } else parts.watch.changed();
    parts.card.hidden = false;
    this.place(anchor);
  }

  /** A warning about the number (or none). */
  setNote(text: string | undefined): void {
    if (!this.parts) return;
    this.parts.note.textContent = text ? displayText(text, 300) : '';
    this.parts.note.hidden = !text;
    this.replace();
  }

  /** Places the card again after Ringside changed what it shows (it grew or shrank). */
  replace(): void {
    if (this.anchor && this.visible) this.place(this.anchor, false);
  }

  /** The number's name changed (the background's formatted number replaced E.164). */
  setNumber(text: string): void {
    if (!this.parts) return;
    const number = displayText(text);
    this.parts.number.textContent = number;
    this.parts.button.setAttribute('aria-label', t('card.call.aria', { number }));
    this.replace();
  }

  setPreview(preview: CardPreview): void {
    if (!this.parts) return;
    const from = this.parts.from;
    if (preview.fromParts) {
      // "Call from " + number + " · " + label in the card's language, each name in its own isolate.
      from.replaceChildren(
        ...preview.fromParts.map((part) => {
          if (!part.isolate) return part.text;
          const name = this.doc.createElement('bdi');
          if (part.isolate === 'number') {
            name.dir = 'ltr';
            name.textContent = displayText(part.text);
          } else name.textContent = displayText(part.text, 80);
          return name;
        }),
      );
    } else {
      from.textContent = displayText(preview.from, 300);
    }
    this.parts.why.textContent = displayText(preview.why, 300);
    this.parts.from.classList.toggle('error', !!preview.error);
    this.blocked = !!preview.needsAgent;
    if (this.blocked) this.parts.button.setAttribute('aria-disabled', 'true');
    else this.parts.button.removeAttribute('aria-disabled');
    this.replace();
  }

  /** The element that holds the card's caller-ID dropdown, once the card exists. */
  get choiceSlot(): HTMLElement | null {
    return this.parts?.choice ?? null;
  }

  setStatus(text: string, kind: 'info' | 'error' = 'info'): void {
    if (!this.parts) return;
    this.parts.status.textContent = displayText(text, 300);
    this.parts.status.classList.toggle('error', kind === 'error');
    this.replace();
  }

  setBusy(busy: boolean): void {
    if (!this.parts) return;
    // aria-disabled, not disabled: a disabled button drops focus, and the keyboard user with it.
    if (busy || this.blocked) this.parts.button.setAttribute('aria-disabled', 'true');
    else this.parts.button.removeAttribute('aria-disabled');
    this.parts.button.textContent = busy ? t('card.call.busy') : this.callLabel;
    this.replace();
  }

  /** Shows what the call needs confirming, and labels the button "Call anyway" once armed. */
  setConfirm(view: ConfirmView): void {
    if (!this.parts) return;
    this.callLabel = renderConfirm(this.parts.confirm, view);
    if (this.parts.button.getAttribute('aria-disabled') !== 'true')
      this.parts.button.textContent = this.callLabel;
    this.replace();
  }

  /**
   * Moves the card next to `anchor`, below it, or above when there is no room below. `byPage`:
   * the page moved the number (it scrolled, its layout changed), so a card that moves with it
   * must settle before it calls; a card Ringside re-places because its own content changed (the
   * preview came in, a dropdown appeared) was not moved by the page.
   */
  place(anchor: DOMRect, byPage = true): void {
    if (!this.parts) return;
    this.anchor = anchor;
    const card = this.parts.card;
    const view = this.doc.defaultView!;
    const { width, height } = card.getBoundingClientRect();
    const position = cardPosition(anchor, { width, height }, view.innerWidth, view.innerHeight);
    const left = `${position.left}px`;
    const top = `${position.top}px`;
    if (card.style.left === left && card.style.top === top) return;
    // A card on screen that moves (the page scrolled it) is one the agent must see settle.
    if (byPage && (card.style.left || card.style.top)) this.parts.watch.changed();
    card.style.left = left;
    card.style.top = top;
  }

  focusButton(): void {
    this.parts?.button.focus();
  }

  hide(): void {
    if (!this.parts) return;
    this.parts.card.hidden = true;
    this.parts.watch.hidden();
  }

  /** True for the host element: events from inside the closed shadow root arrive retargeted to it. */
  isHost(target: EventTarget | null): boolean {
    return !!this.parts && target === this.parts.host;
  }

  dispose(): void {
    this.parts?.watch.dispose();
    this.parts?.host.remove();
    this.parts = null;
  }
}
