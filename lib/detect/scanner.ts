/**
 * The DOM walk behind detection: text runs, links, inputs and open shadow roots, in document
 * order. It is resumable (the content script scans a big page in slices and yields to the page
 * between them) and works on units, so after the first scan only what a mutation touched is
 * scanned again.
 */
import {
  containerOf,
  elementKind,
  fieldLabels,
  isBlockTag,
  isElement,
  isInsideSkipped,
} from './dom';
import { EvidenceFinder } from './evidence';
import { parseInputValue, parseTelHref, type FieldReading } from './fields';
import { LONG_LIST } from './long-lists';
import { findNumbersInText, hasDigit } from './text';
import type { Detected, DetectOptions, ScanUnit } from './types';

/** Where scan results go. Matches are grouped by container (see `isContainer`). */
export interface ScanSink {
  /** `container` is being scanned again: forget what was found in it before. */
  reset?(container: Node): void;
  found(container: Node, match: Detected): void;
  /**
   * A subtree the scan did not enter (hidden, editable, a unit root inside an editor) that may
   * hold containers found by an earlier scan: forget what was found in it.
   */
  skipped?(root: Node): void;
  /** An open shadow root the scan entered (the content script observes it). */
  shadowRoot?(root: ShadowRoot): void;
  /** A custom element with no shadow root yet: it may attach one when it upgrades. */
  customElement?(element: Element): void;
  /**
   * A block with more than `LONG_LIST` element children (long-lists.ts). Return true to take its
   * children over (the content script scans them near the viewport); the scan then leaves them
   * alone. Not set, or false: they are scanned like any block's.
   */
  longList?(list: Element): boolean;
}

interface Frame {
  /** The node whose children are walked; null for the frame that holds a unit's root. */
  parent: Node | null;
  next: Node | null;
  container: Node;
  /** Leaving this frame ends the current run of text. */
  block: boolean;
}

/** Adjacent text nodes read as one string, with a map back to the nodes. */
interface Run {
  container: Node;
  nodes: Text[];
  starts: number[];
  parts: string[];
  length: number;
  boundaries: number[];
  hasDigit: boolean;
  /** An element boundary was crossed since the last text node. */
  boundary: boolean;
}

const COLLAPSE = /\s+/g;
/** How many nodes are visited between two `shouldYield` checks. */
const CHECK_EVERY = 32;

export class Scanner {
  private readonly queue: ScanUnit[];
  private frames: Frame[] = [];
  private unit: ScanUnit | null = null;
  private run: Run | null = null;
  /** Column headers per table, read once per scanner. */
  private readonly headers = new WeakMap<Element, string[]>();
  /** The caller's `ignore` plus `data-ringside="off"` handled by dom.ts and the admin's selectors. */
  private readonly ignore: ((el: Element) => boolean) | undefined;
  private readonly evidence: EvidenceFinder;

  constructor(
    private readonly sink: ScanSink,
    private readonly options: DetectOptions,
    units: readonly ScanUnit[] = [],
  ) {
    this.queue = [...units];
    this.ignore = excludeFilter(options);
    this.evidence = new EvidenceFinder(this.headers, this.ignore);
  }

  /** Adds units to scan after the current ones. */
  add(units: readonly ScanUnit[]): void {
    this.queue.push(...units);
  }

  get pending(): number {
    return this.queue.length + (this.unit ? 1 : 0);
  }

  /**
   * Scans until every unit is done (returns true) or `shouldYield` asks to stop (returns false;
   * call again to resume). If the page moved the nodes the walk was about to visit, the current
   * unit starts over.
   */
  step(shouldYield?: () => boolean): boolean {
    this.checkResume();
    let visits = 0;
    for (;;) {
      const frame = this.frames[this.frames.length - 1];
      if (!frame) {
        this.flush();
        this.unit = null;
        if (!this.startNextUnit()) return true;
        continue;
      }
      if (shouldYield && ++visits % CHECK_EVERY === 0 && shouldYield()) return false;
      const node = frame.next;
      if (!node) {
        this.frames.pop();
        if (frame.block) this.flush();
        else if (this.run) this.run.boundary = true;
        continue;
      }
      frame.next = frame.parent ? node.nextSibling : null;
      this.visit(node, frame.container);
    }
  }

  /** After a pause, the walk is only valid if each frame's next node is still where it was. */
  private checkResume(): void {
    if (!this.unit) return;
    const moved = this.frames.some((f) => f.parent && f.next && f.next.parentNode !== f.parent);
    if (!moved) return;
    this.queue.unshift(this.unit);
    this.unit = null;
    this.frames = [];
    this.run = null;
  }

  private startNextUnit(): boolean {
    const unit = this.queue.shift();
    if (!unit) return false;
    const { root } = unit;
    const ignore = this.ignore;
    if (isElement(root) && (ignore?.(root) || elementKind(root) === 'skip')) {
      this.sink.skipped?.(root);
      return true;
    }
    if (isInsideSkipped(root, ignore)) {
      this.sink.skipped?.(root);
      return true;
    }
    const container = isElement(root) || root.nodeType === 3 ? containerOf(root, ignore) : root;
    if (!container) return true;
    this.unit = unit;
    this.frames.push({ parent: null, next: root, container, block: true });
    return true;
  }

  private visit(node: Node, container: Node): void {
    const type = node.nodeType;
    if (type === 3) {
      this.appendText(node as Text, container);
      return;
    }
    if (type === 9 || type === 11) {
      this.flush();
      this.sink.reset?.(node);
      this.frames.push({ parent: node, next: node.firstChild, container: node, block: true });
      return;
    }
    if (type !== 1) return;
    const el = node as Element;
    if (this.ignore?.(el)) {
      this.flush();
      return;
    }
    switch (elementKind(el)) {
      case 'skip':
        this.flush();
        // It, or containers inside it, may hold matches of an earlier scan (before it was hidden).
        if (el.firstElementChild || el.shadowRoot || isBlockTag(el) || el.localName === 'a') {
          this.sink.skipped?.(el);
        }
        return;
      case 'link':
        this.flush();
        this.sink.reset?.(el);
        if (!this.scanLink(el)) {
          this.frames.push({ parent: el, next: el.firstChild, container: el, block: true });
        }
        return;
      case 'input':
        this.flush();
        this.sink.reset?.(el);
        this.scanInput(el);
        return;
      case 'block':
        this.flush();
        if (!this.unit!.deep && el !== this.unit!.root) return;
        this.sink.reset?.(el);
        if (this.sink.longList && el.childElementCount > LONG_LIST && this.sink.longList(el)) {
          this.enterShadow(el);
          return;
        }
        this.frames.push({ parent: el, next: el.firstChild, container: el, block: true });
        this.enterShadow(el);
        return;
      case 'inline':
        if (this.run) this.run.boundary = true;
        this.frames.push({ parent: el, next: el.firstChild, container, block: false });
        this.enterShadow(el);
        return;
    }
  }

  /** Walks an open shadow root before the host's light children (pushed last, popped first). */
  private enterShadow(host: Element): void {
    const shadow = host.shadowRoot;
    if (!shadow) {
      if (host.localName.includes('-')) this.sink.customElement?.(host);
      return;
    }
    if (!this.unit!.deep && host !== this.unit!.root) return;
    this.sink.shadowRoot?.(shadow);
    this.flush();
    this.sink.reset?.(shadow);
    this.frames.push({ parent: shadow, next: shadow.firstChild, container: shadow, block: true });
  }

  private appendText(node: Text, container: Node): void {
    const data = node.data;
    if (data.length === 0) return;
    let run = this.run;
    if (run && run.container !== container) {
      this.flush();
      run = null;
    }
    if (!run) {
      run = this.run = {
        container,
        nodes: [],
        starts: [],
        parts: [],
        length: 0,
        boundaries: [],
        hasDigit: false,
        boundary: false,
      };
    } else if (run.boundary) {
      // An element started or ended between the two text nodes (a comment between them, which
      // the page does not show, is no boundary).
      run.boundaries.push(run.length);
    }
    run.boundary = false;
    run.nodes.push(node);
    run.starts.push(run.length);
    run.parts.push(data);
    run.length += data.length;
    if (!run.hasDigit) run.hasDigit = hasDigit(data);
  }

  /** Ends the current run of text and reports the numbers in it. */
  private flush(): void {
    const run = this.run;
    if (!run) return;
    this.run = null;
    if (!run.hasDigit) return;
    const text = run.parts.length === 1 ? run.parts[0]! : run.parts.join('');
    const labels = () => fieldLabels(run.container, this.headers);
    const context = () => this.evidence.forNode(run.container);
    const hits = findNumbersInText(
      text,
      this.options.defaultCountry,
      run.boundaries,
      labels,
      context,
    );
    for (const hit of hits) {
      const [startNode, startOffset] = locate(run, hit.start, false);
      const [endNode, endOffset] = locate(run, hit.end, true);
      const parent = startNode.parentElement;
      if (parent && this.options.isVisible && !this.options.isVisible(parent)) continue;
      const { start, end, ...reading } = hit;
      const match = detected(
        reading,
        text.slice(start, end).replace(COLLAPSE, ' ').trim(),
        'text',
        {
          kind: 'text',
          startNode,
          startOffset,
          endNode,
          endOffset,
        },
      );
      this.sink.found(run.container, match);
    }
  }

  /** Reports a `tel:` link's number; false when the href is not a valid number. */
  private scanLink(link: Element): boolean {
    const context = () => this.evidence.forNode(link);
    const parsed = parseTelHref(link.getAttribute('href')!, this.options.defaultCountry, context);
    if (!parsed) return false;
    if (!this.options.isVisible || this.options.isVisible(link)) {
      const text = (link.textContent ?? '').replace(COLLAPSE, ' ').trim();
      this.sink.found(link, detected(parsed, text, 'link', { kind: 'element', element: link }));
    }
    return true;
  }

  private scanInput(input: Element): void {
    const value = (input as HTMLInputElement).value ?? input.getAttribute('value') ?? '';
    const context = () => this.evidence.forNode(input);
    const parsed = parseInputValue(value, this.options.defaultCountry, context);
    if (!parsed) return;
    if (this.options.isVisible && !this.options.isVisible(input)) return;
    const text = value.replace(COLLAPSE, ' ').trim();
    this.sink.found(input, detected(parsed, text, 'input', { kind: 'element', element: input }));
  }
}

/** A match with only the fields that have a value (the contract's optional fields stay absent). */
function detected(
  reading: FieldReading,
  text: string,
  source: Detected['source'],
  place: Detected['place'],
): Detected {
  const match: Detected = { e164: reading.e164, text, source, place };
  if (reading.ext) match.ext = reading.ext;
  if (reading.region) match.region = reading.region;
  match.regionSource = reading.regionSource;
  if (reading.regionEvidence) match.regionEvidence = reading.regionEvidence;
  return match;
}

/**
 * The elements a scan never enters: the caller's (`ignore`) and the admin's selectors for the
 * site (`exclude`; a selector the browser cannot parse is dropped, not fatal).
 */
export function excludeFilter(options: DetectOptions): ((el: Element) => boolean) | undefined {
  const { ignore, exclude } = options;
  const selectors = exclude?.map((s) => s.trim()).filter(Boolean) ?? [];
  if (selectors.length === 0) return ignore;
  let valid: string | null = null;
  const compile = (el: Element): string => {
    const ok = selectors.filter((selector) => {
      try {
        el.matches(selector);
        return true;
      } catch {
        return false;
      }
    });
    return ok.join(', ');
  };
  return (el) => {
    if (ignore?.(el)) return true;
    valid ??= compile(el);
    return valid !== '' && el.matches(valid);
  };
}

/** The text node and offset of a run offset; `end` places an offset at a node's end, not the next node's start. */
function locate(run: Run, offset: number, end: boolean): [Text, number] {
  const { starts, nodes } = run;
  const target = end ? offset - 1 : offset;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= target) lo = mid;
    else hi = mid - 1;
  }
  return [nodes[lo]!, offset - starts[lo]!];
}
