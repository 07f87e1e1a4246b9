/**
 * What a page currently shows, kept up to date by incremental scans: matches grouped by the
 * container they were found in. A rescan of a container replaces its matches; containers that
 * left the document are swept out. `T` is what the caller keeps per match (the content script
 * keeps a Range for the highlight).
 */
import type { ScanSink } from './scanner';
import type { Detected } from './types';

export class MatchRegistry<T> {
  private readonly byContainer = new Map<Node, T[]>();

  constructor(
    private readonly make: (match: Detected, container: Node) => T,
    private readonly release: (entry: T) => void = () => {},
  ) {}

  /** The sink a Scanner reports into. */
  readonly sink: ScanSink = {
    reset: (container) => this.forget(container),
    found: (container, match) => {
      const entry = this.make(match, container);
      const list = this.byContainer.get(container);
      if (list) list.push(entry);
      else this.byContainer.set(container, [entry]);
    },
    skipped: (root) => this.forgetWithin(root),
  };

  get size(): number {
    let n = 0;
    for (const list of this.byContainer.values()) n += list.length;
    return n;
  }

  /** The matches found directly in `container` (not in containers nested in it). */
  in(container: Node): readonly T[] | undefined {
    return this.byContainer.get(container);
  }

  *entries(): IterableIterator<T> {
    for (const list of this.byContainer.values()) yield* list;
  }

  /** Drops the matches of one container. */
  forget(container: Node): void {
    const list = this.byContainer.get(container);
    if (!list) return;
    this.byContainer.delete(container);
    for (const entry of list) this.release(entry);
  }

  /**
   * Drops the matches of `root` and of every container inside it, open shadow roots included.
   * Costs the size of the subtree, not of the registry.
   */
  forgetWithin(root: Node): void {
    if (this.byContainer.size === 0) return;
    this.forget(root);
    const withShadow = root as Partial<Element>;
    if (withShadow.firstElementChild === null && !withShadow.shadowRoot) return;
    if (withShadow.shadowRoot) this.forgetWithin(withShadow.shadowRoot);
    const all = (root as ParentNode).querySelectorAll?.('*');
    if (!all) return;
    for (const el of Array.from(all)) {
      this.forget(el);
      if (el.shadowRoot) this.forgetWithin(el.shadowRoot);
    }
  }

  /** Drops the matches of containers no longer in the document. */
  sweep(): void {
    for (const container of [...this.byContainer.keys()]) {
      if (!container.isConnected) this.forget(container);
    }
  }

  clear(): void {
    for (const container of [...this.byContainer.keys()]) this.forget(container);
  }
}
