/**
 * A part of the options page drawn in its turn (lib/ui/stager.ts: one part per task and frame,
 * in page order), so loading the page at 10,000 numbers is many short tasks instead of one long
 * one. Without a stager in context (component tests), it draws at once.
 *
 * With `deps`, the part renders again only when one of them changes (compared with `===`), not
 * whenever the page does: a keystroke in one table then renders that table, not every section of
 * the page. Its children must read anything else they need through stable callbacks.
 */
import { Component, createContext, type ComponentChildren } from 'preact';
import type { Stager } from '../../lib/ui/stager';

/** The page's stager, and the order of the part being rendered (for parts inside parts). */
export const StagerContext = createContext<{ stager: Stager; order: number } | null>(null);

export interface DeferredProps {
  /**
   * Position in the page: lower orders are drawn first. Without it, the part comes right after
   * the part it is in (a table's rows after the table's toolbar and header).
   */
  order?: number;
  deps?: readonly unknown[];
  /**
   * Loads the part's code (lazy-section.ts) when its turn comes; the part is shown once it is
   * there, and the parts after it wait for it, so they still appear in page order.
   */
  load?: () => Promise<void>;
  children: ComponentChildren;
}

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

export class Deferred extends Component<DeferredProps, { shown: boolean }> {
  static override contextType = StagerContext;
  private cancel?: () => void;
  private unmounted = false;

  private readonly staged: { stager: Stager; order: number } | null;

  constructor(props: DeferredProps, context: { stager: Stager; order: number } | null) {
    super(props, context);
    this.staged = context && { stager: context.stager, order: props.order ?? context.order + 0.5 };
    this.state = { shown: !context && !props.load };
  }

  /** Shows the part, after loading its code if it has a loader. */
  private readonly reveal = () => {
    const show = () => {
      if (!this.unmounted) this.setState({ shown: true });
    };
    const { load } = this.props;
    if (!load) return show();
    return load().then(show, (error: unknown) => {
      // The part stays out and the page goes on; the console says why.
      console.error('Ringside: a part of the options page did not load', error);
    });
  };

  override componentDidMount() {
    if (this.state.shown) return;
    if (this.staged) this.cancel = this.staged.stager.wait(this.staged.order, this.reveal);
    else void this.reveal();
  }

  override componentWillUnmount() {
    this.unmounted = true;
    this.cancel?.();
  }

  override shouldComponentUpdate(next: DeferredProps, state: { shown: boolean }) {
    if (state.shown !== this.state.shown) return true;
    return !next.deps || !this.props.deps || !same(next.deps, this.props.deps);
  }

  override render() {
    if (!this.state.shown) return null;
    return this.staged ? (
      <StagerContext.Provider value={this.staged}>{this.props.children}</StagerContext.Provider>
    ) : (
      this.props.children
    );
  }
}
