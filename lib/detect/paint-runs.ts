/**
 * Which numbers are painted (in the page's CSS highlight), with bookkeeping that grows with what
 * is on screen, not with the page.
 *
 * Watching every number's container with an IntersectionObserver made the browser check 10,000
 * to 100,000 targets on every scrolled frame (~35–40 ms a frame at 10,000 rows). Instead, the
 * containers are grouped into *runs*: up to `RUN_SIZE` containers that follow each other in
 * document order, as a scan finds them. Only the first and the last container of each run are
 * watched. On a page laid out top to bottom, what lies between two elements in document order
 * lies between them on screen, so a run is near the viewport unless its first container is below
 * it or its last one above it. Where that assumption breaks (a container clipped by an inner
 * scroller, a detached one), the observer cannot say "above" or "below" and the run is painted:
 * painting too much costs a little, painting too little would hide a number.
 *
 * Changes are collected and applied once per frame (`flush`, called by the content script in an
 * animation frame): the browser re-applies the whole highlight on any change to it, so one batch
 * per frame instead of one change per number or per visibility report.
 *
 * Pure bookkeeping: the observer and the highlight are passed in, so this runs in Node.
 */

/** Containers per run: ~2 watched elements per 64 containers (~130 numbers on a CRM list). */
export const RUN_SIZE = 64;

/** Where a watched element is, as its observer last said. */
export type EdgeState = 'pending' | 'near' | 'above' | 'below' | 'unknown';

export interface EdgeObserver {
  watch(element: Element): void;
  unwatch(element: Element): void;
}

export interface PaintTarget<M> {
  add(mark: M): void;
  delete(mark: M): void;
}

interface Run<M> {
  containers: Element[];
  first: Element | null;
  last: Element | null;
  firstState: EdgeState;
  lastState: EdgeState;
  painted: boolean;
  marks: Map<Element, Set<M>>;
}

/** An IntersectionObserver entry's verdict, from its rects (viewport coordinates). */
export function edgeStateOf(entry: {
  isIntersecting: boolean;
  boundingClientRect: { top: number; bottom: number; width: number; height: number };
  rootBounds: { top: number; bottom: number } | null;
}): EdgeState {
  if (entry.isIntersecting) return 'near';
  const box = entry.boundingClientRect;
  const root = entry.rootBounds;
  // Detached or display: none (an empty box), or no root to compare with: cannot tell.
  if (!root || (box.width === 0 && box.height === 0)) return 'unknown';
  if (box.bottom <= root.top) return 'above';
  if (box.top >= root.bottom) return 'below';
  // Within the viewport's band yet not intersecting: clipped by a scroller in between.
  return 'unknown';
}

/** True when the run may have a container near the viewport (see the file's comment). */
function runIsNear(first: EdgeState, last: EdgeState): boolean {
  if (first === 'pending' || last === 'pending') return false;
  return first !== 'below' && last !== 'above';
}

export class PaintRuns<M> {
  private readonly runs = new Set<Run<M>>();
  private readonly runOf = new Map<Element, Run<M>>();
  private readonly edgeOf = new Map<Element, Run<M>>();
  /** Marks without a box to watch (in a shadow root's or document's own text): always painted. */
  private readonly always = new Set<M>();
  private open: Run<M> | null = null;
  private readonly toAdd = new Set<M>();
  private readonly toDelete = new Set<M>();
  private readonly dirtyRuns = new Set<Run<M>>();

  /**
   * `observer` null: no IntersectionObserver, every mark is painted. `follows(a, b)`: b comes
   * after a in document order, in the same tree (the DOM glue passes compareDocumentPosition).
   */
  constructor(
    private readonly target: PaintTarget<M>,
    private readonly observer: EdgeObserver | null,
    private readonly follows: (a: Element, b: Element) => boolean,
    private readonly onChange: () => void = () => {},
  ) {}

  /** A mark found in `container` (an Element, or a shadow root / document). */
  add(container: Node, mark: M): void {
    if (!this.observer || !isElement(container)) {
      this.always.add(mark);
      this.queueAdd(mark);
      return;
    }
    let run = this.runOf.get(container);
    if (!run) {
      run = this.runFor(container);
      run.containers.push(container);
      this.runOf.set(container, run);
      run.marks.set(container, new Set());
      this.markDirty(run);
    }
    run.marks.get(container)!.add(mark);
    if (run.painted) this.queueAdd(mark);
  }

  /** A mark left the page. */
  delete(container: Node, mark: M): void {
    if (this.always.delete(mark)) {
      this.queueDelete(mark);
      return;
    }
    const run = isElement(container) ? this.runOf.get(container) : undefined;
    const set = run?.marks.get(container as Element);
    if (!run || !set?.delete(mark)) return;
    this.queueDelete(mark);
    if (set.size) return;
    // The container has no number left: out of its run.
    run.marks.delete(container as Element);
    this.runOf.delete(container as Element);
    run.containers.splice(run.containers.indexOf(container as Element), 1);
    if (container === run.first || container === run.last) this.markDirty(run);
    if (!run.containers.length) {
      if (this.open === run) this.open = null;
      this.markDirty(run);
    }
  }

  /** The observer reports where a watched element is. */
  report(element: Element, state: EdgeState): void {
    const run = this.edgeOf.get(element);
    if (!run) return;
    if (element === run.first) run.firstState = state;
    if (element === run.last) run.lastState = state;
    this.repaint(run);
  }

  /**
   * The page jumped (scrolled by more than a screen at once): an observer reports only crossings,
   * so an edge that jumped from below the viewport to above it without ever crossing it still
   * reads "below". Every edge is watched afresh, which makes the observer report each once.
   */
  refreshAll(): void {
    for (const element of this.edgeOf.keys()) {
      this.observer?.unwatch(element);
      this.observer?.watch(element);
    }
  }

  /** The scan of a batch ended: the next container starts a run of its own. */
  closeRun(): void {
    this.open = null;
  }

  /** Applies what changed since the last flush: edges to watch, marks to paint or unpaint. */
  flush(): void {
    for (const run of this.dirtyRuns) this.pickEdges(run);
    this.dirtyRuns.clear();
    for (const mark of this.toDelete) this.target.delete(mark);
    for (const mark of this.toAdd) this.target.add(mark);
    this.toDelete.clear();
    this.toAdd.clear();
  }

  /** True when a flush has work to do. */
  get pending(): boolean {
    return this.dirtyRuns.size > 0 || this.toAdd.size > 0 || this.toDelete.size > 0;
  }

  /** Elements watched now (for the benchmark and tests: proportional to runs, not numbers). */
  get watched(): number {
    return this.edgeOf.size;
  }

  get runCount(): number {
    return this.runs.size;
  }

  clear(): void {
    for (const element of this.edgeOf.keys()) this.observer?.unwatch(element);
    this.edgeOf.clear();
    this.runs.clear();
    this.runOf.clear();
    this.always.clear();
    this.open = null;
    this.toAdd.clear();
    this.toDelete.clear();
    this.dirtyRuns.clear();
  }

  private runFor(container: Element): Run<M> {
    const open = this.open;
    if (
      open &&
      open.containers.length < RUN_SIZE &&
      this.follows(open.containers[open.containers.length - 1]!, container)
    ) {
      return open;
    }
    const run: Run<M> = {
      containers: [],
      first: null,
      last: null,
      firstState: 'pending',
      lastState: 'pending',
      painted: false,
      marks: new Map(),
    };
    this.runs.add(run);
    this.open = run;
    return run;
  }

  private markDirty(run: Run<M>): void {
    this.dirtyRuns.add(run);
    this.onChange();
  }

  private pickEdges(run: Run<M>): void {
    const first = run.containers[0] ?? null;
    const last = run.containers[run.containers.length - 1] ?? null;
    const { first: oldFirst, last: oldLast } = run;
    // A new edge starts from what was known: the state of the same element, else of the edge it
    // replaces (a run only grows or shrinks at its ends, so that is the nearest thing known).
    const stateOf = (el: Element | null, replaced: EdgeState): EdgeState =>
      !el
        ? 'pending'
        : el === oldFirst
          ? run.firstState
          : el === oldLast
            ? run.lastState
            : replaced;
    const firstState = stateOf(first, oldFirst ? run.firstState : 'pending');
    const lastState = stateOf(last, oldLast ? run.lastState : 'pending');
    for (const el of [oldFirst, oldLast]) {
      if (el && el !== first && el !== last && this.edgeOf.get(el) === run) {
        this.edgeOf.delete(el);
        this.observer!.unwatch(el);
      }
    }
    for (const el of [first, last]) {
      if (el && this.edgeOf.get(el) !== run) {
        // Watched for another run (rescanned into this one): watching it again is a no-op for
        // an IntersectionObserver, which would then never report it to this run. Start afresh.
        if (this.edgeOf.has(el)) this.observer!.unwatch(el);
        this.edgeOf.set(el, run);
        this.observer!.watch(el);
      }
    }
    run.first = first;
    run.last = last;
    run.firstState = firstState;
    run.lastState = lastState;
    if (!first) {
      this.runs.delete(run);
      this.setPainted(run, false);
      return;
    }
    this.repaint(run);
  }

  private repaint(run: Run<M>): void {
    this.setPainted(run, runIsNear(run.firstState, run.lastState));
  }

  private setPainted(run: Run<M>, painted: boolean): void {
    if (run.painted === painted) return;
    run.painted = painted;
    for (const marks of run.marks.values()) {
      for (const mark of marks) {
        if (painted) this.queueAdd(mark);
        else this.queueDelete(mark);
      }
    }
  }

  private queueAdd(mark: M): void {
    this.toDelete.delete(mark);
    this.toAdd.add(mark);
    this.onChange();
  }

  private queueDelete(mark: M): void {
    this.toAdd.delete(mark);
    this.toDelete.add(mark);
    this.onChange();
  }
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}
