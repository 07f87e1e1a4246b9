/**
 * From DOM mutations to the smallest set of units to scan again. A row appended to a table is
 * scanned alone; a changed text node rescans only its container's own text (shallow), not the
 * blocks nested in it.
 */
import { composedParent, containerOf, elementKind, isBlockTag, isElement, styleHides } from './dom';
import type { ScanUnit } from './types';

/** The attributes that change what detection sees; observe these (with old values). */
export const WATCHED_ATTRIBUTES = [
  'hidden',
  'style',
  'contenteditable',
  'href',
  'value',
  'readonly',
  'disabled',
  'type',
  'data-ringside',
] as const;

/** Records whose country evidence (evidence.ts) a change in one of their cells can change. */
const RECORD_SELECTOR = 'tr, li, [role="row"], article, [itemscope], dl';

export interface RescanPlan {
  units: ScanUnit[];
  /** Nodes were removed: matches in subtrees that left the document should be dropped. */
  removed: boolean;
  /**
   * Subtrees whose matches must be dropped before the units are scanned: a link whose href is
   * no longer `tel:`, content that moved into a `tel:` link (the link's number covers it).
   */
  forget: Node[];
}

/** The mutation fields this reads; MutationRecord fits, and tests can build them by hand. */
export interface MutationLike {
  type: string;
  target: Node;
  addedNodes: ArrayLike<Node>;
  removedNodes: ArrayLike<Node>;
  attributeName: string | null;
  oldValue: string | null;
  /** For removals: the neighbours the removed nodes had. */
  previousSibling: Node | null;
  nextSibling: Node | null;
}

export function planRescan(
  records: Iterable<MutationLike>,
  ignore?: (el: Element) => boolean,
): RescanPlan {
  const units = new Map<Node, boolean>();
  const forget: Node[] = [];
  let removed = false;

  const add = (root: Node | null, deep: boolean) => {
    if (!root) return;
    // Links and inputs are small: always rescan them whole.
    const whole = deep || (isElement(root) && elementKind(root) !== 'block');
    units.set(root, units.get(root) === true || whole);
  };
  const addContainerOf = (node: Node) => {
    const container = containerOf(node, ignore);
    add(container, false);
    // A changed row may name another country now: its other numbers are read again.
    if (container && isElement(container)) add(container.closest(RECORD_SELECTOR), true);
  };

  for (const record of records) {
    const target = record.target;
    if (isElement(target) && ignore?.(target)) continue;
    if (record.type === 'characterData') {
      addContainerOf(target);
    } else if (record.type === 'childList') {
      for (const node of Array.from(record.addedNodes)) {
        if (isElement(node) && ignore?.(node)) continue;
        if (isInsideLink(target, ignore)) {
          forget.push(node);
          addContainerOf(target);
          continue;
        }
        addAdded(node, target, add, addContainerOf);
        // A block dropped into running text splits it: "(415)<div>…</div>555-0100".
        if (isInlineParent(target) || touchesText(node.previousSibling, node.nextSibling)) {
          addContainerOf(target);
        }
      }
      if (record.removedNodes.length > 0) {
        removed = true;
        // The removed node's text left its container, or text it separated may now join:
        // "(415)" + "555-0100". Only a block by tag can have carried none of the container's text
        // (its attributes may have changed since, so its kind now says little).
        const inline = Array.from(record.removedNodes).some((n) => !isBlockTag(n));
        if (
          inline ||
          isInlineParent(target) ||
          isInsideLink(target, ignore) ||
          touchesText(record.previousSibling, record.nextSibling)
        ) {
          addContainerOf(target);
        }
      }
    } else if (record.type === 'attributes' && isElement(target)) {
      const name = record.attributeName;
      if (
        name === 'style' &&
        styleHides(record.oldValue) === styleHides(target.getAttribute('style'))
      ) {
        continue;
      }
      const kind = elementKind(target);
      if (name === 'href') forget.push(target);
      // The text around the element: it may have joined it (now shown, now inline) or lost it
      // (now hidden, now a block).
      if (target.parentNode) addContainerOf(target.parentNode);
      if (kind === 'inline') addNested(target, add);
      // A block, link or input, or an element now skipped (the scan reports it as skipped).
      else add(target, true);
    }
  }
  return { units: minimal(units), removed, forget };
}

function addAdded(
  node: Node,
  parent: Node,
  add: (root: Node | null, deep: boolean) => void,
  addContainerOf: (node: Node) => void,
): void {
  if (!isElement(node)) {
    if (node.nodeType === 3) addContainerOf(parent);
    return;
  }
  const kind = elementKind(node);
  if (kind === 'skip') return;
  if (kind !== 'inline') {
    add(node, true);
    return;
  }
  // Inline content joins its container's text; blocks and shadow roots inside it are their own.
  addContainerOf(parent);
  addNested(node, add);
}

/** A tel: link's match carries all of its text: any change inside it rescans the link. */
function isInsideLink(node: Node, ignore?: (el: Element) => boolean): boolean {
  const holder = containerOf(node, ignore);
  return holder !== null && isElement(holder) && elementKind(holder) === 'link';
}

/** An inline element's children are part of its container's running text. */
function isInlineParent(node: Node): boolean {
  return isElement(node) && elementKind(node) === 'inline';
}

/**
 * True when text or inline content sits before or after a block (past any whitespace-only text):
 * the block cuts that text, or removing it lets the text join.
 */
function touchesText(previous: Node | null, next: Node | null): boolean {
  let before = previous;
  while (before && isBlankText(before)) before = before.previousSibling;
  let after = next;
  while (after && isBlankText(after)) after = after.nextSibling;
  return isInlineContent(before) || isInlineContent(after);
}

function isBlankText(node: Node): boolean {
  return node.nodeType === 3 && (node as Text).data.trim().length === 0;
}

function isInlineContent(node: Node | null): boolean {
  if (!node) return false;
  if (node.nodeType === 3) return true;
  return isElement(node) && elementKind(node) === 'inline';
}

/** Deep units for the blocks, links, inputs and shadow roots inside an inline element. */
function addNested(inline: Element, add: (root: Node | null, deep: boolean) => void): void {
  if (inline.shadowRoot) add(inline.shadowRoot, true);
  for (let child = inline.firstElementChild; child; child = child.nextElementSibling) {
    const kind = elementKind(child);
    if (kind === 'skip') continue;
    if (kind === 'inline') addNested(child, add);
    else add(child, true);
  }
}

/** Drops units that left the document, and units inside a deep unit: its scan covers them. */
function minimal(units: Map<Node, boolean>): ScanUnit[] {
  const result: ScanUnit[] = [];
  for (const [root, deep] of units) {
    if (!root.isConnected) continue;
    let covered = false;
    for (let n = composedParent(root); n && !covered; n = composedParent(n)) {
      covered = units.get(n) === true;
    }
    if (!covered) result.push({ root, deep });
  }
  return result;
}
