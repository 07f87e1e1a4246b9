/**
 * `memo` for table rows without preact/compat (importing compat would change how the whole page's
 * onChange and onBlur handlers fire): the row renders again only when `same` says its props
 * changed.
 */
import { Component, h, type FunctionComponent } from 'preact';

export function memoRow<P extends object>(
  Row: FunctionComponent<P>,
  same: (a: Readonly<P>, b: Readonly<P>) => boolean,
): FunctionComponent<P> {
  class MemoRow extends Component<P> {
    override shouldComponentUpdate(next: Readonly<P>): boolean {
      return !same(this.props, next);
    }
    override render() {
      return h(Row, this.props);
    }
  }
  return MemoRow as unknown as FunctionComponent<P>;
}
