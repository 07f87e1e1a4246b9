import { describe, expect, it } from 'vitest';
import { agentIdentity } from '../../../../lib/calls/identity';
import { normalisedConfig } from '../../helpers/background-fixtures';

const config = normalisedConfig();

describe('agentIdentity', () => {
  it.each([
    ['no config', null, {}, 'no-config'],
    ['first use', config, {}, 'unselected'],
    ['picked agent present', config, { agentId: 'a1' }, 'ok'],
    [
      'picked agent removed by a sync',
      config,
      { agentId: 'a9', agentName: 'Old Agent' },
      'removed',
    ],
    [
      'policy email of an agent (any case)',
      config,
      { policyAgentEmail: 'BO@acme.example', agentId: 'a1' },
      'ok',
    ],
    ['policy email nobody has', config, { policyAgentEmail: 'zed@acme.example' }, 'policy-unknown'],
  ] as const)('%s → %s', (_name, cfg, settings, state) => {
    expect(agentIdentity(cfg, settings).state).toBe(state);
  });

  it('policy wins over the local pick', () => {
    const identity = agentIdentity(config, { policyAgentEmail: 'bo@acme.example', agentId: 'a1' });
    expect(identity).toMatchObject({ state: 'ok', locked: true, agent: { id: 'a2' } });
  });

  it('names the removed agent and what to do', () => {
    const identity = agentIdentity(config, { agentId: 'a9', agentName: 'Old Agent' });
    expect(identity.state === 'removed' && identity.message).toMatch(
      /Old Agent \(a9\).*no longer lists that agent.*refused until you pick who you are again/,
    );
  });
});
