/**
 * Document order across shadow roots, for moving from number to number with the keyboard. The
 * registry keeps marks by container, not in page order, so the next one is found on demand.
 */

/** The node and the hosts around it, innermost first: [node, host, outer host, …]. */
function hostChain(node: Node): Node[] {
  const chain: Node[] = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    chain.push(root.host);
  }
  return chain;
}

/** Negative when `a` comes before `b` in the page as shown (shadow content at its host). */
export function compareInPage(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  for (const x of chainA) {
    for (const y of chainB) {
      if (x === y) {
        // One is inside the other's shadow root, at x: the host starts before its content.
        return chainA.indexOf(x) - chainB.indexOf(y);
      }
      if (x.getRootNode() === y.getRootNode()) {
        const position = x.compareDocumentPosition(y);
        if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
        if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
        return 0;
      }
    }
  }
  return 0;
}

/**
 * The item after (`step` 1) or before (-1) `current` in page order, wrapping around; the first
 * (or last) when there is no current item. One pass, no sort.
 */
export function stepInPage<T>(
  items: Iterable<T>,
  nodeOf: (item: T) => Node,
  current: T | null,
  step: 1 | -1,
): T | null {
  const at = current ? nodeOf(current) : null;
  let best: T | null = null;
  let wrap: T | null = null;
  for (const item of items) {
    if (item === current) continue;
    const node = nodeOf(item);
    // Wrap-around candidate: the first item in page order (or the last, going back).
    if (!wrap || compareInPage(node, nodeOf(wrap)) * step < 0) wrap = item;
    if (at && compareInPage(node, at) * step > 0) {
      if (!best || compareInPage(node, nodeOf(best)) * step < 0) best = item;
    }
  }
  return best ?? wrap ?? current;
}
