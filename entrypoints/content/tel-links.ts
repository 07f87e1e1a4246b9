/**
 * Optional: a click on a tel: link of an enabled site calls through Ringside instead of the
 * operating system's phone handler (the `routeTelLinks` setting). Plain left clicks only, and
 * only links whose number detection read; the page's own click handlers still run.
 */
import { isTelHref } from '../../lib/detect';
import type { Card } from './card';
import type { Marks } from './marks';

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
      if (!mark) return;
      event.preventDefault();
      card.open(mark, 'tel');
      void card.call();
    },
    { capture: true, signal },
  );
}
