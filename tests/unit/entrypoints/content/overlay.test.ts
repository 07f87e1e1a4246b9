// @vitest-environment happy-dom
/**
 * The call card's overlay in happy-dom: what it shows (no bidi control survives, names in their
 * own isolates, numbers left to right), what a page can undo (the host's style and place are put
 * back), and that a script's click on its button is reported as not trusted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG, Overlay, type CallPress } from '../../../../entrypoints/content/overlay';
import { describePreview, PICK_AGENT_HINT } from '../../../../lib/ui/card-wording';

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const anchor = { left: 10, top: 10, bottom: 30, right: 100, width: 90, height: 20 } as DOMRect;

/** The overlay's closed shadow root, caught as it is attached (pages cannot do this). */
function openOverlay(): { overlay: Overlay; root: () => ShadowRoot } {
  let root: ShadowRoot | null = null;
  const original = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
    this: Element,
    init: ShadowRootInit,
  ) {
    root = original.call(this, init);
    return root;
  });
  return { overlay: new Overlay(document), root: () => root! };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.querySelectorAll(HOST_TAG).forEach((el) => el.remove());
});

describe('the overlay', () => {
  it('shows page and config text without bidi controls, each name in its own isolate', () => {
    const { overlay, root } = openOverlay();
    overlay.show({ number: '\u202E+1 415 555 0166\u202C', note: 'Text \u202Ereads\u202C' }, anchor);
    overlay.setPreview({
      from: 'Call from +1 415 555 0100 · \u202Eevil',
      why: 'Same area code \u2066(415)\u2069.',
      fromNumber: '+1 415 555 0100',
      fromLabel: '\u202Eevil label',
      fromParts: [
        { text: 'Call from ' },
        { text: '+1 415 555 0100', isolate: 'number' },
        { text: ' · ' },
        { text: '\u202Eevil label', isolate: 'label' },
      ],
    });
    const shadow = root();
    const number = shadow.querySelector('.number')!;
    expect(number.textContent).toBe('+1 415 555 0166');
    expect(number.getAttribute('dir')).toBe('ltr');
    const from = shadow.querySelector('.from')!;
    expect(from.textContent).toBe('Call from +1 415 555 0100 · evil label');
    const isolates = [...from.querySelectorAll('bdi')].map((b) => [b.textContent, b.dir]);
    expect(isolates).toEqual([
      ['+1 415 555 0100', 'ltr'],
      ['evil label', ''],
    ]);
    expect(shadow.querySelector('.note')!.textContent).toBe('Text reads');
    expect(shadow.textContent).not.toMatch(BIDI);
  });

  it('cuts a very long label instead of widening the card', () => {
    const { overlay, root } = openOverlay();
    overlay.show({ number: '+1 415 555 0166' }, anchor);
    overlay.setPreview({
      from: 'x',
      why: '',
      fromNumber: '+1 415 555 0100',
      fromLabel: 'W'.repeat(5000),
      fromParts: [
        { text: 'Call from ' },
        { text: '+1 415 555 0100', isolate: 'number' },
        { text: ' · ' },
        { text: 'W'.repeat(5000), isolate: 'label' },
      ],
    });
    const label = root().querySelector('.from bdi:last-child')!.textContent!;
    expect(label).toHaveLength(80);
    expect(label.endsWith('…')).toBe(true);
  });

  it("puts back the host's style and place when the page changed them", () => {
    const { overlay } = openOverlay();
    overlay.show({ number: '+1 415 555 0166' }, anchor);
    const host = overlay.host!;
    const style = host.getAttribute('style');
    host.setAttribute('style', 'opacity: 0');
    document.body.append(host);
    document.documentElement.append(document.createElement('div'));
    overlay.show({ number: '+1 415 555 0167' }, anchor);
    expect(host.getAttribute('style')).toBe(style);
    expect(host.parentNode).toBe(document.documentElement);
    expect(document.documentElement.lastElementChild).toBe(host);
  });

  it("reports a script's click on Call as not trusted", () => {
    const { overlay, root } = openOverlay();
    const presses: CallPress[] = [];
    overlay.onCall = (press) => presses.push(press);
    overlay.show({ number: '+1 415 555 0166' }, anchor);
    root().querySelector<HTMLButtonElement>('button')!.click();
    expect(presses).toHaveLength(1);
    expect(presses[0]!.trusted).toBe(false);
  });

  it('disables Call, and says where to pick yourself, until the agent has said who they are', () => {
    const { overlay, root } = openOverlay();
    const presses: CallPress[] = [];
    overlay.onCall = (press) => presses.push(press);
    overlay.show({ number: '+1 415 555 0166' }, anchor);
    overlay.setPreview(
      describePreview({
        ok: false,
        error: 'Pick who you are from the agents of account "Acme" before placing calls.',
        needsAgent: true,
      }),
    );
    const button = root().querySelector<HTMLButtonElement>('button.call')!;
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(root().querySelector('.why')!.textContent).toBe(PICK_AGENT_HINT);
    button.click();
    expect(presses).toHaveLength(0);
    // A call attempt's end does not re-enable it.
    overlay.setBusy(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    // Once a preview comes back (the agent picked themselves), Call works again.
    overlay.setPreview({ from: 'Call from +1 415 555 0100', why: 'Same area code.' });
    expect(button.getAttribute('aria-disabled')).toBeNull();
    button.click();
    expect(presses).toHaveLength(1);
  });
});
