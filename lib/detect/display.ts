/** How the overlay writes a number the account calls from. */
import { splitE164 } from './phone';

const NANP = /^\+1(\d{3})(\d{3})(\d{4})$/;

/**
 * "+1 415-555-0199" for North American numbers; "+44 2079460123" (calling code, then the
 * national number) elsewhere. The detection metadata has no formats (see
 * scripts/gen-detect-metadata.mjs), so national grouping is only known for +1.
 */
export function displayNumber(e164: string): string {
  const nanp = NANP.exec(e164);
  if (nanp) return `+1 ${nanp[1]}-${nanp[2]}-${nanp[3]}`;
  const parts = splitE164(e164);
  return parts ? `+${parts.callingCode} ${parts.national}` : e164;
}
