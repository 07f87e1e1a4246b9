/**
 * `memo` for table rows without preact/compat (importing compat would change how the whole page's
 * onChange and onBlur handlers fire): the row renders again only when one of the props it lists
 * changed. The numbers, ring-group and agent rows each list every prop they take (the type makes
 * a new prop impossible to forget), so the three compare alike and cannot drift apart.
 */
import { Component, h, type FunctionComponent } from 'preact';

/**
 * How one prop is compared: `same` by identity; `key` by its `key` field (an object rebuilt on
 * every render, such as a row's messages, whose key says what it holds).
 */
export type PropCompare = 'same' | 'key';

/** Every prop of a row, with how it is compared. */
export type RowProps<P> = { readonly [K in keyof P]-?: PropCompare };

/** True when no listed prop changed between `a` and `b`. */
export function sameProps<P extends object>(
  compare: RowProps<P>,
): (a: Readonly<P>, b: Readonly<P>) => boolean {
  const keys = Object.keys(compare) as (keyof P)[];
  const keyOf = (value: unknown) => (value as { key?: unknown } | undefined)?.key;
  return (a, b) =>
    keys.every((k) => {
      if (compare[k] === 'key') return keyOf(a[k]) === keyOf(b[k]);
      return a[k] === b[k];
    });
}

export function memoRow<P extends object>(
  Row: FunctionComponent<P>,
  compare: RowProps<P>,
): FunctionComponent<P> {
  const same = sameProps(compare);
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
