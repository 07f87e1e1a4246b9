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

export const StagerContext = createContext<Stager | null>(null);

export interface DeferredProps {
  /** Position in the page: lower orders are drawn first. */
  order: number;
  deps?: readonly unknown[];
  children: ComponentChildren;
}

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

export class Deferred extends Component<DeferredProps, { shown: boolean }> {
  static override contextType = StagerContext;
  private cancel?: () => void;

  constructor(props: DeferredProps, context: Stager | null) {
    super(props, context);
    this.state = { shown: !context };
  }

  override componentDidMount() {
    const stager = this.context as Stager | null;
    if (!this.state.shown && stager)
      this.cancel = stager.wait(this.props.order, () => this.setState({ shown: true }));
  }

  override componentWillUnmount() {
    this.cancel?.();
  }

  override shouldComponentUpdate(next: DeferredProps, state: { shown: boolean }) {
    if (state.shown !== this.state.shown) return true;
    return !next.deps || !this.props.deps || !same(next.deps, this.props.deps);
  }

  override render() {
    return this.state.shown ? this.props.children : null;
  }
}
