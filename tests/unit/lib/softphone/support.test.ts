import { describe, expect, it } from 'vitest';
import { SOFTPHONE_NOT_ON_FIREFOX, softphoneUnavailable } from '../../../../lib/softphone/support';

describe('softphoneUnavailable', () => {
  it.each([
    ['chrome', null],
    ['firefox', SOFTPHONE_NOT_ON_FIREFOX],
  ] as const)('%s: %s', (browser, expected) => {
    expect(softphoneUnavailable(browser)).toBe(expected);
  });

  it('tells the person what to do instead, in one sentence', () => {
    expect(SOFTPHONE_NOT_ON_FIREFOX).toMatch(/^The softphone is not available in Firefox/);
    expect(SOFTPHONE_NOT_ON_FIREFOX).toMatch(/webhook or the phone app/);
    expect(SOFTPHONE_NOT_ON_FIREFOX).toMatch(/Chrome or Edge/);
  });
});
