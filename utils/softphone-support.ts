/**
 * Whether this build's browser can run the SIP softphone (lib/softphone/support.ts): WXT sets
 * `import.meta.env.FIREFOX` in the Firefox build. Pages read it here so their components stay
 * testable with either answer.
 */
import { softphoneUnavailable } from '../lib/softphone/support';

export const softphoneUnavailableHere: string | null = softphoneUnavailable(
  import.meta.env.FIREFOX ? 'firefox' : 'chrome',
);
