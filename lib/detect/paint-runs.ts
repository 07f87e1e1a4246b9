/**
 * Which numbers are painted (in the page's CSS highlight), with bookkeeping that grows with what
 * is on screen, not with the page.
 *
 * Watching every number's container with an IntersectionObserver made the browser check 10,000
 * to 100,000 targets on every scrolled frame (~35–40 ms a frame at 10,000 rows). Instead, the
 * containers are grouped into *runs*: up to `RUN_SIZE` containers that follow each other in
 * document order *and on screen*, as a scan finds them. Only the first and the last container of
 * each run are watched. A run is made only of containers measured in one frame whose boxes go
 * down the page (each top at or below the previous one, no bottom far above an earlier one), so
 * when its first container is below the viewport all of it is, and when its last one is above
 * all of it is. Anything else paints the run: an edge the observer cannot place (clipped by an
 * inner scroller, detached), or ends that disagree (a sticky or fixed element moved with the
 * viewport, a list re-ordered by its app). Painting too much costs a little; painting too little
 * would hide a number. A container without a box (display: contents, not laid out) runs alone.
 *
 * Changes are collected and applied once per frame (`flush`, called by the content script in an
 * animation frame): the browser re-applies the whole highlight on any change to it, so one batch
 * per frame instead of one change per number or per visibility report.
 *
 * Unpainting can wait (`keepRuns`): a run that left the band stays painted until the next flush
 * that paints another run, so a steady scroll changes the highlight once per run that comes near
 * instead of once when one comes and again when another goes. At most `keepRuns` runs wait; one
 * more and they are all unpainted at once. A number that leaves the page leaves the highlight at
 * once, as before.
 *
 * Runs are grouped in turn (see `GROUP_RUNS`): with a second, wider observer (`outer`), only
 * the two ends of each *group* are watched all the time, and a run's edges are watched only while
 * its group is within that wider band. So the inner observer's targets grow with the screen, not
 * with the page: Chromium computes every target's intersection on every scrolled frame (~0.5 ms
 * per frame per 200 targets), which at 10,000 rows (~600 run edges) cost ~2–3 ms of each frame.
 *
 * Pure bookkeeping: the observers and the highlight are passed in, so this runs in Node.
 */

/**
 * Containers per run: ~2 watched elements per 128 containers (~260 numbers on a CRM list, ~64
 * rows: about four screens). A run is also what is painted or unpainted at once, and every change
 * to the highlight makes Chromium repaint the page's visible area (~13–20 ms of paint on a
 * 10,000-row list, a dropped frame): the longer the run, the fewer such frames per screen
 * scrolled. 64 gave a change every ~11 frames of a steady scroll; see docs/detection.md.
 */
export const RUN_SIZE = 128;

/**
 * Runs kept painted after they left the band near the viewport (see `PaintRuns`' `keepRuns`):
 * they are unpainted in the next flush that paints something, or once more than this many wait.
 */
export const KEEP_RUNS = 2;

/**
 * How far (px) a container's bottom may end above the lowest bottom of its run so far (a link's
 * line inside a taller cell of the same row). Less than the half screen painted around the
 * viewport, so such a container is never visible while its run counts as above it.
 */
export const BOTTOM_SLACK = 64;

/**
 * Largest gap (px) between a container and the one before it in a run. Two numbers the page adds
 * in one frame at the top and at the end of a long list would otherwise form one run, painted
 * whole while either end is near.
 */
export const MAX_GAP = 600;

/**
 * Runs per group: consecutive runs of one flush that were split only because a run was full
 * (the next container followed on down the page). A group keeps the run's guarantee (its boxes go
 * down the page), so the same two-ends test tells whether any of it is near the wider band.
 */
export const GROUP_RUNS = 32;

/** Where a watched element is, as its observer last said. */
export type EdgeState = 'pending' | 'near' | 'above' | 'below' | 'unknown';

export interface EdgeObserver {
  watch(element: Element): void;
  unwatch(element: Element): void;
}

/** A box in viewport coordinates. */
export interface Box {
  top: number;
  bottom: number;
}

/** What the DOM glue measures for the runs. */
export interface RunLayout {
  /**
   * `b` comes after `a` in document order and in the same flow, so that scrolling cannot move
   * one without the other (the DOM glue passes `inOneFlow`).
   */
  follows(a: Element, b: Element): boolean;
  /** The element's box now, or null when it has none (not rendered, display: contents). */
  box(element: Element): Box | null;
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
  group: Group<M>;
}

/** Runs whose edges are watched only while the group is near (see the file's comment). */
interface Group<M> {
  runs: Run<M>[];
  first: Element | null;
  last: Element | null;
  firstState: EdgeState;
  lastState: EdgeState;
  /** Its runs' edges are watched (always, without an outer observer). */
  active: boolean;
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

/** `compareDocumentPosition`'s bit for "follows" (Node.DOCUMENT_POSITION_FOLLOWING). */
const FOLLOWING = 4;

/**
 * True when `b` comes after `a` in document order and nothing between them and their nearest
 * common ancestor is positioned on its own (`positioned`: sticky, fixed or absolute), so they
 * keep their order on screen wherever the page scrolls. A number in a sticky panel and the rows
 * around it in document order are not in one flow; two numbers inside the same panel are.
 */
export function inOneFlow(a: Element, b: Element, positioned: (el: Element) => boolean): boolean {
  if (a.getRootNode() !== b.getRootNode()) return false;
  if (!(a.compareDocumentPosition(b) & FOLLOWING)) return false;
  let common: Element | null = b;
  for (; common && !common.contains(a); common = common.parentElement) {
    if (positioned(common)) return false;
  }
  if (!common) return false;
  for (let el: Element | null = a; el && el !== common; el = el.parentElement) {
    if (positioned(el)) return false;
  }
  return true;
}

/**
 * True when the run may have a container near the viewport: unless both of its ends are on the
 * same side of it (see the file's comment). Ends that disagree with the run's order (first below,
 * last above or near) mean the page moved part of it: painted.
 */
function runIsNear(first: EdgeState, last: EdgeState): boolean {
  if (first === 'pending' || last === 'pending') return false;
  return !(first === last && (first === 'above' || first === 'below'));
}

export class PaintRuns<M> {
  private readonly runs = new Set<Run<M>>();
  private readonly groups = new Set<Group<M>>();
  private readonly runOf = new Map<Element, Run<M>>();
  private readonly edgeOf = new Map<Element, Run<M>>();
  /** Marks without a box to watch (in a shadow root's or document's own text): always painted. */
  private readonly always = new Set<M>();
  /** Containers found since the last flush; the flush measures them together and forms runs. */
  private readonly fresh = new Map<Element, Set<M>>();
  private readonly toAdd = new Set<M>();
  private readonly toDelete = new Set<M>();
  private readonly dirtyRuns = new Set<Run<M>>();
  private readonly dirtyGroups = new Set<Group<M>>();
  /** Group ends watched by the outer observer. */
  private readonly outerEdgeOf = new Map<Element, Group<M>>();
  /** The last run the last flush formed: the next flush's containers may go on in it. */
  private tail: Run<M> | null = null;
  /** Painted runs that left the band and wait to be unpainted (see `keepRuns`). */
  private readonly leaving = new Set<Run<M>>();

  /**
   * `observer` null: no IntersectionObserver, every mark is painted. `outer`: an observer with a
   * wider margin than `observer`'s, which turns groups of runs on and off; without it every run
   * is watched.
   */
  constructor(
    private readonly target: PaintTarget<M>,
    private readonly observer: EdgeObserver | null,
    private readonly layout: RunLayout,
    private readonly onChange: () => void = () => {},
    private readonly outer: EdgeObserver | null = null,
    /** Runs per group (tests make it small). */
    private readonly groupRuns = GROUP_RUNS,
    /**
     * Runs that left the band may stay painted until the next flush that paints another run, at
     * most this many (0: unpainted in the flush after they leave). The content script passes
     * `KEEP_RUNS`.
     */
    private readonly keepRuns = 0,
  ) {}

  /** A mark found in `container` (an Element, or a shadow root / document). */
  add(container: Node, mark: M): void {
    if (!this.observer || !isElement(container)) {
      this.always.add(mark);
      this.queueAdd(mark);
      return;
    }
    const run = this.runOf.get(container);
    if (run) {
      run.marks.get(container)!.add(mark);
      if (run.painted) this.queueAdd(mark);
      return;
    }
    let marks = this.fresh.get(container);
    if (!marks) {
      marks = new Set();
      this.fresh.set(container, marks);
      this.onChange();
    }
    marks.add(mark);
  }

  /** A mark left the page. */
  delete(container: Node, mark: M): void {
    if (this.always.delete(mark)) {
      this.queueDelete(mark);
      return;
    }
    if (!isElement(container)) return;
    const fresh = this.fresh.get(container);
    // Not in a run yet, so never painted.
    if (fresh?.delete(mark)) {
      if (!fresh.size) this.fresh.delete(container);
      return;
    }
    const run = this.runOf.get(container);
    const set = run?.marks.get(container);
    if (!run || !set?.delete(mark)) return;
    this.queueDelete(mark);
    if (set.size) return;
    // The container has no number left: out of its run.
    run.marks.delete(container);
    this.runOf.delete(container);
    run.containers.splice(run.containers.indexOf(container), 1);
    if (container === run.first || container === run.last || !run.containers.length) {
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

  /** The outer observer reports where a group's end is. */
  reportOuter(element: Element, state: EdgeState): void {
    const group = this.outerEdgeOf.get(element);
    if (!group) return;
    if (element === group.first) group.firstState = state;
    if (element === group.last) group.lastState = state;
    this.setActive(group, runIsNear(group.firstState, group.lastState));
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
    for (const element of this.outerEdgeOf.keys()) {
      this.outer?.unwatch(element);
      this.outer?.watch(element);
    }
  }

  /**
   * Applies what changed since the last flush: new containers measured into runs, edges to
   * watch, marks to paint or unpaint.
   */
  flush(): void {
    this.placeFresh();
    for (const run of this.dirtyRuns) this.pickEdges(run);
    this.dirtyRuns.clear();
    for (const group of this.dirtyGroups) this.pickGroupEdges(group);
    this.dirtyGroups.clear();
    // Runs that left wait for a flush that changes the highlight anyway, or for too many to wait.
    if (this.leaving.size && (this.toAdd.size || this.leaving.size > this.keepRuns)) {
      for (const run of this.leaving) this.setPainted(run, false, false);
      this.leaving.clear();
    }
    for (const mark of this.toDelete) this.target.delete(mark);
    for (const mark of this.toAdd) this.target.add(mark);
    this.toDelete.clear();
    this.toAdd.clear();
  }

  /** True when a flush has work to do. */
  get pending(): boolean {
    return (
      this.fresh.size > 0 ||
      this.dirtyRuns.size > 0 ||
      this.dirtyGroups.size > 0 ||
      this.toAdd.size > 0 ||
      this.toDelete.size > 0
    );
  }

  /**
   * Elements watched now, by both observers (for the benchmark and tests: proportional to the
   * runs near the viewport plus two per group, not to the numbers).
   */
  get watched(): number {
    return this.edgeOf.size + this.outerEdgeOf.size;
  }

  get groupCount(): number {
    return this.groups.size;
  }

  get runCount(): number {
    return this.runs.size;
  }

  clear(): void {
    for (const element of this.edgeOf.keys()) this.observer?.unwatch(element);
    this.edgeOf.clear();
    for (const element of this.outerEdgeOf.keys()) this.outer?.unwatch(element);
    this.outerEdgeOf.clear();
    this.groups.clear();
    this.dirtyGroups.clear();
    this.leaving.clear();
    this.tail = null;
    this.runs.clear();
    this.runOf.clear();
    this.always.clear();
    this.fresh.clear();
    this.toAdd.clear();
    this.toDelete.clear();
    this.dirtyRuns.clear();
  }

  /**
   * Forms runs of the containers found since the last flush, in the order they were found:
   * a container joins the run before it while it follows it in document order and its box goes
   * on down the page; otherwise it starts a new run. Measured in one go, in one frame, so the
   * boxes compare. The scan finds a few dozen containers per frame, so the first of them may also
   * go on in the run the last flush ended with: its last container is measured again in this
   * frame. Its bottom stands for the run's lowest (each container's bottom is within
   * `BOTTOM_SLACK` of it), so the slack can add up to twice that: still less than the half screen
   * painted around the viewport.
   */
  private placeFresh(): void {
    if (!this.fresh.size) return;
    let open: Run<M> | null = null;
    let previous: { el: Element; box: Box } | null = null;
    // Lowest bottom so far in the open run, and in its group.
    let lowest = -Infinity;
    let groupLowest = -Infinity;
    // A run that was emptied since has no last container (see pickEdges).
    const last = this.tail?.last;
    const box = last && this.layout.box(last);
    if (box) {
      open = this.tail;
      previous = { el: last, box };
      lowest = groupLowest = box.bottom;
    }
    for (const [container, marks] of this.fresh) {
      const box = this.layout.box(container);
      // It goes on down the page from the open run's group (`lowest` ≤ `groupLowest`).
      const continues =
        open !== null &&
        box !== null &&
        previous !== null &&
        box.top >= previous.box.top - 1 &&
        box.top <= lowest + MAX_GAP &&
        box.bottom >= groupLowest - BOTTOM_SLACK &&
        this.layout.follows(previous.el, container);
      if (!continues || !open || open.containers.length >= RUN_SIZE) {
        // A full run whose next container goes on down the page: a new run in the same group.
        const sameGroup =
          continues && open !== null && open.group.runs.length < this.groupRuns ? open.group : null;
        open = this.newRun(sameGroup);
        lowest = -Infinity;
        if (!sameGroup) groupLowest = -Infinity;
      }
      open.containers.push(container);
      open.marks.set(container, marks);
      this.runOf.set(container, open);
      this.dirtyRuns.add(open);
      // Gone on in a run already painted (the last flush's): painted with it.
      if (open.painted) for (const mark of marks) this.queueAdd(mark);
      if (box) {
        previous = { el: container, box };
        lowest = Math.max(lowest, box.bottom);
        groupLowest = Math.max(groupLowest, box.bottom);
      } else {
        // No box to compare with: it runs alone.
        open = null;
        previous = null;
      }
    }
    this.tail = open;
    this.fresh.clear();
  }

  private newRun(joining: Group<M> | null): Run<M> {
    let group = joining;
    if (!group) {
      group = {
        runs: [],
        first: null,
        last: null,
        firstState: 'pending',
        lastState: 'pending',
        active: !this.outer,
      };
      this.groups.add(group);
    }
    const run: Run<M> = {
      group,
      containers: [],
      first: null,
      last: null,
      firstState: 'pending',
      lastState: 'pending',
      painted: false,
      marks: new Map(),
    };
    group.runs.push(run);
    this.dirtyGroups.add(group);
    this.runs.add(run);
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
    if (first !== oldFirst || last !== oldLast) this.dirtyGroups.add(run.group);
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
    this.unwatchEdges(run, [first, last]);
    run.first = first;
    run.last = last;
    run.firstState = firstState;
    run.lastState = lastState;
    if (run.group.active) this.watchEdges(run);
    if (!first) {
      this.runs.delete(run);
      const runs = run.group.runs;
      runs.splice(runs.indexOf(run), 1);
      this.setPainted(run, false);
      return;
    }
    this.repaint(run);
  }

  /** Stops watching the run's old edges, except those in `keep`. */
  private unwatchEdges(run: Run<M>, keep: Array<Element | null> = []): void {
    for (const el of [run.first, run.last]) {
      if (el && !keep.includes(el) && this.edgeOf.get(el) === run) {
        this.edgeOf.delete(el);
        this.observer!.unwatch(el);
      }
    }
  }

  private watchEdges(run: Run<M>): void {
    for (const el of [run.first, run.last]) {
      if (el && this.edgeOf.get(el) !== run) {
        // Watched for another run (rescanned into this one): watching it again is a no-op for
        // an IntersectionObserver, which would then never report it to this run. Start afresh.
        if (this.edgeOf.has(el)) this.observer!.unwatch(el);
        this.edgeOf.set(el, run);
        this.observer!.watch(el);
      }
    }
  }

  /** The group's ends are its first run's first container and its last run's last one. */
  private pickGroupEdges(group: Group<M>): void {
    if (!this.outer) return;
    const first = group.runs.find((r) => r.first)?.first ?? null;
    const last = group.runs.findLast((r) => r.last)?.last ?? null;
    for (const el of [group.first, group.last]) {
      if (el && el !== first && el !== last && this.outerEdgeOf.get(el) === group) {
        this.outerEdgeOf.delete(el);
        this.outer.unwatch(el);
      }
    }
    for (const el of [first, last]) {
      if (el && this.outerEdgeOf.get(el) !== group) {
        if (this.outerEdgeOf.has(el)) this.outer.unwatch(el);
        this.outerEdgeOf.set(el, group);
        this.outer.watch(el);
      }
    }
    // As for a run: a new end starts from the state of the same element, else of the end it
    // replaces, until the observer reports it (it reports each newly watched element once).
    const stateOf = (el: Element | null, replaced: EdgeState): EdgeState =>
      !el
        ? 'pending'
        : el === group.first
          ? group.firstState
          : el === group.last
            ? group.lastState
            : replaced;
    const firstState = stateOf(first, group.first ? group.firstState : 'pending');
    const lastState = stateOf(last, group.last ? group.lastState : 'pending');
    group.first = first;
    group.last = last;
    group.firstState = firstState;
    group.lastState = lastState;
    if (!first) this.groups.delete(group);
  }

  /** A group came within the outer band (its runs' edges are watched) or left it. */
  private setActive(group: Group<M>, active: boolean): void {
    if (group.active === active) return;
    group.active = active;
    for (const run of group.runs) {
      if (active) this.watchEdges(run);
      else {
        this.unwatchEdges(run);
        run.firstState = 'pending';
        run.lastState = 'pending';
        this.repaint(run);
      }
    }
  }

  private repaint(run: Run<M>): void {
    this.setPainted(run, runIsNear(run.firstState, run.lastState));
  }

  /** `wait`: may join the runs that wait to be unpainted (see `keepRuns`). */
  private setPainted(run: Run<M>, painted: boolean, wait = true): void {
    // Back near before it was unpainted: nothing to change.
    if (painted) this.leaving.delete(run);
    else if (wait && run.painted && this.keepRuns && run.containers.length) {
      this.leaving.add(run);
      if (this.leaving.size > this.keepRuns) this.onChange();
      return;
    }
    if (run.painted === painted) return;
    run.painted = painted;
    for (const marks of run.marks.values())
      for (const mark of marks) (painted ? this.queueAdd : this.queueDelete).call(this, mark);
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
