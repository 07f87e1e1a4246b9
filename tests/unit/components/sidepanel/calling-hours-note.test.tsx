// @vitest-environment happy-dom
/** The side panel's local time line and the calling-hours confirmation (the shared "Call anyway" note). */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CallPreview } from '../../../../components/shared/CallPreview';
import { CallConfirmations } from '../../../../components/sidepanel/CallConfirmations';

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

  it('announces a calling-hours confirmation and, once armed, what to press', () => {
    const message = 'It is 3:12 AM in Honolulu, outside calling hours (08:00–21:00 local time).';
    const { rerender } = render(<CallConfirmations view={{ messages: [message], armed: false }} />);
    expect(screen.getByRole('alert').textContent).toBe(
      `${message}This call needs your confirmation.`,
    );
    rerender(<CallConfirmations view={{ messages: [message], armed: true }} />);
    expect(screen.getByRole('alert').textContent).toBe(
      `${message}Click “Call anyway” to place this call.`,
    );
  });

  it('renders nothing without a confirmation', () => {
    const { container } = render(<CallConfirmations view={{ messages: [], armed: false }} />);
    expect(container.textContent).toBe('');
  });
});
