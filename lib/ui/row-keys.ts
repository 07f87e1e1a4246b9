/**
 * Stable keys for the rows of the options page's tables. A row's id is no key: a new row's id
 * follows its name as the admin types, and two rows may briefly share one. Its index is no key
 * either: removing, sorting or filtering rows would give one row's inputs (focus, caret, an open
 * picker) to another. So each row object gets a key when first seen, and an edit that replaces a
 * row object with its new version hands the key on (`carryKey`).
 */

const keys = new WeakMap<object, string>();
let next = 0;

export function rowKey(row: object): string {
  let key = keys.get(row);
  if (key === undefined) {
    key = `r${++next}`;
    keys.set(row, key);
  }
  return key;
}

/** `to` is the edited version of `from`: it keeps `from`'s key. */
export function carryKey<T extends object>(from: T, to: T): T {
  keys.set(to, rowKey(from));
  return to;
}
