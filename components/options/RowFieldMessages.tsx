/**
 * Under one field of a numbers or agent row: its errors, then its warnings, with the ids the
 * field's aria-describedby names (`${path}-${field}-err`, `${path}-${field}-warn`).
 */
import type { RowMessages } from '../../lib/ui/row-messages';
import { FieldErrors } from './FieldErrors';
import { FieldWarnings } from './FieldWarnings';

export function RowFieldMessages({
  path,
  field,
  messages,
}: {
  path: string;
  field: string;
  messages: RowMessages;
}) {
  return (
    <>
      <FieldErrors id={`${path}-${field}-err`} messages={messages.errors[field] ?? []} />
      <FieldWarnings id={`${path}-${field}-warn`} messages={messages.warnings[field] ?? []} />
    </>
  );
}
