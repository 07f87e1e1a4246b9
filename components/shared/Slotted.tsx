/**
 * A translated sentence with parts drawn as elements (a phone number in its `tel` span, a host in
 * bold) wherever the language puts them: the sentence is formatted whole with a marker for each
 * part, then the markers are replaced by the elements. So no sentence is built from fragments.
 */
import type { ComponentChildren } from 'preact';
import type { MessageKey, MessageValues } from '../../lib/i18n';
import { t } from '../../utils/i18n';

const MARK = '\u0000';

export function Slotted({
  k,
  values = {},
  slots,
}: {
  k: MessageKey;
  values?: MessageValues;
  slots: Record<string, ComponentChildren>;
}) {
  const names = Object.keys(slots);
  const marked: Record<string, MessageValues[string]> = { ...values };
  names.forEach((name, i) => (marked[name] = `${MARK}${i}${MARK}`));
  const parts = t(k, marked).split(MARK);
  // Odd positions hold a slot's index, even ones the text around it.
  return <>{parts.map((part, i) => (i % 2 === 0 ? part : slots[names[Number(part)]!]))}</>;
}
