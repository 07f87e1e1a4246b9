/**
 * Which number the call card is about, and what it shows: opened by hover, focus, the keyboard or
 * a routed tel: click; filled with the caller ID the call would use; the button dials.
 *
 * The number on the card is the number a call dials: for a tel: link whose text names another
 * number, the link's target, with a note that the text differs. A call starts only from a real
 * click or key press on a card that is visibly on screen (or a real click on a routed tel: link,
 * checked in ./tel-links.ts), never twice for one double click, and no faster than the page rate
 * of lib/calls/rate-limit.ts (the background enforces it too).
 */
import { checkDialRate, startedNoCall, withdrawDial } from '../../lib/calls/rate-limit';
import type { PreviewResult } from '../../lib/messages';
import {
  cardNote,
  cardNumberText,
  describeDial,
  describePreview,
  describeRateLimit,
  describeRefusedPress,
} from '../../lib/ui/card-wording';
import { dial, forgetPreviews, previewCallerId } from './calls';
import { ConfirmGate } from './confirm';
import { cardTranslator } from './i18n';
import { renderCardChoice } from './card-caller-id';
import { Marks, type Mark } from './marks';
import type { CallPress, Overlay } from './overlay';
import { readingOf, renderReading } from './reading-switch';

export type OpenedBy = 'hover' | 'focus' | 'keyboard' | 'tel';

/** Presses on the number just called within this time are one press (a double click). */
const DOUBLE_PRESS_MS = 3_000;

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
  /** A dial is on its way to the background: further presses wait for its answer. */
  private busy = false;
  /** Times of the calls this page started (for the rate rule), and the last one's mark. */
  private started: number[] = [];
  private lastCall: { e164: string; at: number } | null = null;
  /** The preview the card shows; its caller ID is the one the dial must use. */
  private previewed: PreviewResult | null = null;
  private readonly confirmations = new ConfirmGate();

  constructor(
    private readonly overlay: Overlay,
    private readonly marks: Marks,
    private readonly doc: Document,
  ) {
    overlay.onCall = (press) => void this.press(press);
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
      this.previewed = null;
      this.confirmations.reset();
      this.overlay.show(
        {
          number: cardNumberText(mark.match, undefined, cardTranslator()),
          note: cardNote(mark.match, cardTranslator()),
        },
        anchor,
        by === 'keyboard',
      );
      renderReading(this.overlay.readingSlot, mark, () => {
        // Another number now: the last call's line and the shown preview were about the other one.
        this.overlay.setStatus('');
        this.previewed = null;
        this.confirmations.reset();
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

  /**
   * The card's language changed: an open card is written again in it, its preview asked for again
   * (the background's sentences change language too) and its dropdown rebuilt. What the agent had
   * in hand (a status line, an armed confirmation) starts over, as for another number.
   */
  relanguage(): void {
    const mark = this.current;
    if (!mark || !this.overlay.visible) return;
    const by = this.openedBy ?? 'hover';
    const focused = this.overlay.focused;
    this.current = null;
    this.open(mark, by, focused);
  }

  private async loadPreview(mark: Mark): Promise<PreviewResult | null> {
    const request = ++this.request;
    const result = await previewCallerId(readingOf(mark));
    if (request !== this.request || this.current !== mark) return null;
    this.previewed = result;
    this.confirmations.require(result.ok ? result.confirm : undefined);
    this.overlay.setConfirm(this.confirmations.view());
    const tr = cardTranslator();
    if (result.ok && cardNumberText(mark.match, undefined, tr) !== mark.match.text) {
      this.overlay.setNumber(cardNumberText(mark.match, result.toDisplay, tr));
    }
    this.overlay.setPreview(describePreview(result, tr));
    // Customized mode: the caller-ID dropdown; a pick saves the choice and refreshes the preview.
    renderCardChoice(
      this.overlay.choiceSlot,
      result,
      () => {
        if (this.current === mark) void this.loadPreview(mark);
      },
      () => this.overlay.replace(),
    );
    return result;
  }

  /** The Call button was pressed: only a real press on a card visibly on screen calls. */
  private async press(press: CallPress): Promise<void> {
    if (!press.trusted) return;
    if (!press.visibility.ok) {
      this.cancelHide();
      this.overlay.setStatus(describeRefusedPress(press.visibility, cardTranslator()), 'error');
      return;
    }
    await this.call();
  }

  /**
   * Calls the card's number. Callers have checked that a person asked for it (a trusted press on
   * the visible card, or a trusted click on a routed tel: link).
   */
  async call(): Promise<void> {
    const mark = this.current;
    if (!mark || this.busy) return;
    this.cancelHide();
    // The dial carries the caller ID the card shows: wait for it when the click beat the preview.
    const shown = this.previewed ?? (await this.loadPreview(mark));
    if (this.current !== mark || !shown) return;
    // Nobody to call as: the card already says where to pick yourself (the background refuses too).
    if (!shown.ok && shown.needsAgent) return;
    const now = Date.now();
    // The second click of a double click (or a repeated press) on the number just called.
    // Compared by number, not by mark: a page that re-renders the number on click gives a new mark.
    const dialled = readingOf(mark).e164;
    if (this.lastCall?.e164 === dialled && now - this.lastCall.at < DOUBLE_PRESS_MS) return;
    const step = this.confirmations.click(now);
    if (step.kind !== 'dial') {
      this.overlay.setConfirm(this.confirmations.view());
      return;
    }
    const rate = checkDialRate(this.started, now);
    this.started = rate.recent;
    if (!rate.ok) {
      this.overlay.setStatus(describeRateLimit(rate, cardTranslator()), 'error');
      return;
    }
    this.lastCall = { e164: dialled, at: now };
    this.busy = true;
    this.overlay.setBusy(true);
    this.overlay.setStatus('');
    const fromNumberId = shown.ok ? shown.selection.number?.id : undefined;
    let result;
    try {
      result = await dial(mark, { confirmed: step.confirmed, fromNumberId });
    } finally {
      this.busy = false;
    }
    if (startedNoCall(result)) {
      // No call started: the agent's explicit confirmation right after is not a second press.
      this.started = withdrawDial(this.started, now);
      this.lastCall = null;
    }
    if (this.current !== mark) return;
    this.overlay.setBusy(false);
    const { text, kind } = describeDial(result, cardTranslator());
    this.overlay.setStatus(text, kind);
    if (!result.ok && result.confirm) {
      this.confirmations.requireArmed(result.confirm, Date.now());
      this.overlay.setConfirm(this.confirmations.view());
    } else if (!result.ok && result.callerIdChanged) {
      // Show the caller ID the call would use now; the agent calls again once they have seen it.
      forgetPreviews();
      await this.loadPreview(mark);
    } else {
      this.confirmations.reset();
      this.overlay.setConfirm(this.confirmations.view());
    }
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
