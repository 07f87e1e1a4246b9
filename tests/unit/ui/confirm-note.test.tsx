// @vitest-environment happy-dom
/** The side panel's local time line and its "Call anyway" note. */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CallPreview } from '../../../components/CallPreview';
import { ConfirmNote } from '../../../components/ConfirmNote';

afterEach(cleanup);

describe('calling hours in the side panel', () => {
  it('shows the destination’s local time in the preview', () => {
    render(
      <CallPreview
        state={{
          kind: 'ok',
          e164: '+18085550100',
          selection: { number: null, rule: 'none', reason: 'The account has no number.' },
          localTime: '3:12 AM in Honolulu',
        }}
      />,
    );
    expect(screen.getByTestId('preview-local-time').textContent).toBe(
      'Local time: 3:12 AM in Honolulu',
    );
  });

  it('announces each confirmation and what to press', () => {
    render(
      <ConfirmNote
        items={[
          {
            kind: 'calling-hours',
            message: 'It is 3:12 AM in Honolulu, outside calling hours (08:00–21:00 local time).',
          },
        ]}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'It is 3:12 AM in Honolulu, outside calling hours (08:00–21:00 local time).Press “Call anyway” to place the call.',
    );
  });

  it('renders nothing without a confirmation', () => {
    const { container } = render(<ConfirmNote items={[]} />);
    expect(container.textContent).toBe('');
  });
});
