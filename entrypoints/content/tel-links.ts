/**
 * Optional: a click on a tel: link of an enabled site calls through Ringside instead of the
 * operating system's phone handler (the `routeTelLinks` setting). Plain left clicks only, and
 * only links whose number detection read; the page's own click handlers still run.
 *
 * Only a real click (`isTrusted`) is routed: a script's `link.click()` or a synthetic MouseEvent
 * is left to the browser, as if Ringside were not there. A real click calls at once only when the
 * link is what it seems: visibly rendered where it was clicked, its text naming the number its
 * target dials. Otherwise the card opens on the link's target and the agent calls from there.
 */
import { isTelHref } from '../../lib/detect';
import { layerProblem, type LayerStyle } from '../../lib/ui/card-visibility';
import { linkTextDiffers } from '../../lib/ui/link-text';
import type { Card } from './card';
import type { Mark, Marks } from './marks';

function layerStyle(el: Element): LayerStyle {
  const s = getComputedStyle(el);
  return {
    opacity: s.opacity,
    // The link's own visibility is inherited from its ancestors: checked once, on the link.
    visibility: 'visible',
    filter: s.filter,
    clipPath: s.clipPath,
    mask: s.getPropertyValue('mask') || s.getPropertyValue('mask-image'),
    transform: 'none',
    mixBlendMode: s.mixBlendMode,
    zoom: '1',
  };
}

/** The link as the agent saw it when clicking: rendered, opaque, on top at the click point. */
function clickedAsShown(link: Element, event: MouseEvent): boolean {
  const visible =
    typeof link.checkVisibility !== 'function' ||
    link.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  if (!visible) return false;
  let opacity = 1;
  for (let el: Element | null = link; el; el = el.parentElement) {
    const layer = layerStyle(el);
    if (layerProblem(layer)) return false;
    opacity *= Number(layer.opacity);
  }
  if (opacity < 0.95) return false;
  // Enter on a focused link clicks with no pointer position: look at its first line's centre.
  const box = link.getClientRects()[0] ?? link.getBoundingClientRect();
  const point =
    event.detail === 0
      ? { x: box.left + box.width / 2, y: box.top + box.height / 2 }
      : { x: event.clientX, y: event.clientY };
  const top = link.ownerDocument.elementFromPoint(point.x, point.y);
  return !!top && (top === link || link.contains(top));
}

/** The link still dials the mark's number and its text names that number. */
function linkIsHonest(link: Element, mark: Mark): boolean {
  const { e164, ext } = mark.match;
  const digits = (s: string) => s.replace(/\D/g, '');
  // The href may have changed since it was read: its number must still be the mark's.
  let number = (link.getAttribute('href') ?? '').split(/[;?]/)[0]!;
  try {
    number = decodeURIComponent(number);
  } catch {
    // A stray "%": read it as it is.
  }
  const hrefDigits = digits(number);
  const target = digits(e164);
  if (hrefDigits.length < 7) return false;
  if (!(target.endsWith(hrefDigits) || hrefDigits.endsWith(target))) return false;
  return !linkTextDiffers(link.textContent ?? '', e164, ext);
}

export function watchTelLinks(
  doc: Document,
  marks: Marks,
  card: Card,
  routeTelLinks: () => boolean,
  signal: AbortSignal,
): void {
  doc.defaultView!.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      if (!routeTelLinks() || event.defaultPrevented || event.button !== 0) return;
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      const link = event
        .composedPath()
        .find(
          (node): node is Element =>
            node instanceof Element &&
            node.localName === 'a' &&
            isTelHref(node.getAttribute('href')),
        );
      const mark = link ? marks.registry.in(link)?.[0] : undefined;
      if (!link || !mark) return;
      event.preventDefault();
      // The second click of a double click is the same gesture: it never starts another call
      // (the page may have re-rendered the link in between, so the card sees a new mark).
      if (event.detail > 1) return;
      card.open(mark, 'tel');
      // A link that hides or misnames its number: show the card, let the agent decide there.
      if (!clickedAsShown(link, event) || !linkIsHonest(link, mark)) return;
      void card.call();
    },
    { capture: true, signal },
  );
}
