/**
 * Which number the call card is about, and what it shows: opened by hover, focus, the keyboard or
 * a routed tel: click; filled with the caller ID the call would use; the button dials.
 */
import { describeDial, describePreview, dial, previewCallerId } from './calls';
import { Marks, type Mark } from './marks';
import type { Overlay } from './overlay';
import { readingOf, renderReading } from './reading-switch';

export type OpenedBy = 'hover' | 'focus' | 'keyboard' | 'tel';

const DIGITS = /\d/g;

/** True when the page's text of a mark is the number itself (not "Call" or a long sentence). */
function textIsNumber(text: string): boolean {
  return (text.match(DIGITS)?.length ?? 0) >= 7 && text.length <= 60;
}

/**
 * The number as the card names it: the page's text when it is the number, else the number as the
 * background writes it (`toDisplay`, once the preview is in), else E.164.
 */
export function cardNumberText(mark: Mark, toDisplay?: string): string {
  const { text, e164, ext } = mark.match;
  if (textIsNumber(text)) return text;
  return (toDisplay ?? e164) + (ext ? ` ext. ${ext}` : '');
}

/** The focused element, looking into open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export class Card {
  current: Mark | null = null;
  openedBy: OpenedBy | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private returnFocus: Element | null = null;
  private request = 0;

  constructor(
    private readonly overlay: Overlay,
    private readonly marks: Marks,
    private readonly doc: Document,
  ) {
    overlay.onCall = () => void this.call();
    overlay.onPointerEnter = () => this.cancelHide();
    overlay.onPointerLeave = () => {
      if (this.openedBy === 'hover') this.scheduleHide(400);
    };
  }

  open(mark: Mark, by: OpenedBy, focus = false): void {
    this.cancelHide();
    const anchor = Marks.rects(mark)[0];
    if (!anchor) return;
    if (this.current !== mark) {
      this.current = mark;
      this.openedBy = by;
      this.marks.setActive(mark);
      this.overlay.show({ number: cardNumberText(mark) }, anchor);
      renderReading(this.overlay.readingSlot, mark, () => {
        // Another number now: the last call's line was about the other one.
        this.overlay.setStatus('');
        void this.loadPreview(mark);
      });
      void this.loadPreview(mark);
    } else if (by !== 'hover') {
      this.openedBy = by;
    }
    if (focus) {
      if (!this.overlay.focused) this.returnFocus = deepActiveElement(this.doc);
      this.overlay.focusButton();
    }
  }

  private async loadPreview(mark: Mark): Promise<void> {
    const request = ++this.request;
    const result = await previewCallerId(readingOf(mark));
    if (request !== this.request || this.current !== mark) return;
    if (result.ok && !textIsNumber(mark.match.text)) {
      this.overlay.setNumber(cardNumberText(mark, result.toDisplay));
    }
    this.overlay.setPreview(describePreview(result));
  }

  async call(): Promise<void> {
    const mark = this.current;
    if (!mark) return;
    this.cancelHide();
    this.overlay.setBusy(true);
    this.overlay.setStatus('');
    const result = await dial(mark);
    if (this.current !== mark) return;
    this.overlay.setBusy(false);
    const { text, kind } = describeDial(result);
    this.overlay.setStatus(text, kind);
  }

  close(restoreFocus: boolean): void {
    this.cancelHide();
    const hadFocus = this.overlay.focused;
    this.overlay.hide();
    this.marks.setActive(null);
    this.current = null;
    this.openedBy = null;
    this.request++;
    const target = this.returnFocus;
    this.returnFocus = null;
    if (restoreFocus && hadFocus && target instanceof HTMLElement && target.isConnected) {
      target.focus();
    }
  }

  scheduleHide(ms: number): void {
    if (this.overlay.focused || !this.current) return;
    this.cancelHide();
    this.hideTimer = setTimeout(() => this.close(false), ms);
  }

  cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  /** Keeps the card next to its number when the page scrolls or resizes. */
  follow(): void {
    const mark = this.current;
    if (!mark) return;
    const anchor = Marks.rects(mark)[0];
    const view = this.doc.defaultView!;
    const gone = !anchor || anchor.bottom < 0 || anchor.top > view.innerHeight;
    if (gone) {
      if (!this.overlay.focused) this.close(false);
      return;
    }
    this.overlay.place(anchor);
  }

  /** A mark left the page (its text changed or was removed). */
  released(mark: Mark): void {
    if (mark === this.current) this.close(false);
  }
}
