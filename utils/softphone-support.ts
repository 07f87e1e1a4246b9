/**
 * Whether this build's browser can run the SIP softphone (lib/softphone/support.ts): WXT sets
 * `import.meta.env.FIREFOX` in the Firefox build. Pages read it here so their components stay
 * testable with either answer. A function, read while rendering, so the text follows the page's
 * language.
 */
import { softphoneUnavailable } from '../lib/softphone/support';
import { translator } from './i18n';

export function softphoneUnavailableHere(): string | null {
  return softphoneUnavailable(import.meta.env.FIREFOX ? 'firefox' : 'chrome', translator.value);
}
