import { describe, expect, it } from 'vitest';
import type { CallerIdDropdownModel } from '../../../../lib/ui/caller-id-model';
import { previewNote } from '../../../../lib/ui/preview-note';

const customized = (offerDefault: boolean): CallerIdDropdownModel => ({
  kind: 'customized',
  offerDefault,
  allowed: [],
  selected: null,
  stale: null,
});

describe('previewNote', () => {
  it.each([
    [customized(true), true, false, 'Maria Chen’s saved choice on this computer.'],
    [
      customized(true),
      false,
      false,
      'Maria Chen has no saved choice on this computer, so this assumes Default, which their calls use until they pick one.',
    ],
    [
      customized(false),
      false,
      false,
      'Maria Chen has no saved choice on this computer, so this assumes their first number, which their calls use until they pick one.',
    ],
    [customized(true), true, true, 'Trying a choice here saves nothing for the agent.'],
    [{ kind: 'automated', allowed: [] } as CallerIdDropdownModel, false, false, null],
    [{ kind: 'fixed', number: null, allowed: [] } as CallerIdDropdownModel, true, false, null],
  ])('%j saved=%s trying=%s', (model, saved, trying, text) => {
    expect(previewNote({ agentName: 'Maria Chen', model, saved, trying })).toBe(text);
  });
});
