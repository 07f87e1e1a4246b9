// @vitest-environment happy-dom
/** The popup's "Open softphone": the browser's refusal is shown as it is, under the button. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../../components/popup/PopupApp';

afterEach(cleanup);

describe('Open softphone (popup)', () => {
  it('opens the panel from the click, and shows nothing when it opened', async () => {
    const open = vi.fn(() => Promise.resolve());
    render(<PopupApp onOpenSidePanel={open} onOpenOptions={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open softphone' }));
    expect(open).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows why the panel did not open, and clears it on the next try', async () => {
    const open = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new Error('No window to open the side panel in.'))
      .mockResolvedValueOnce(undefined);
    render(<PopupApp onOpenSidePanel={open} onOpenOptions={() => undefined} />);
    const button = screen.getByRole('button', { name: 'Open softphone' });
    fireEvent.click(button);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The softphone did not open: No window to open the side panel in.',
    );
    fireEvent.click(button);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('has no button where the browser has no side panel', () => {
    render(<PopupApp onOpenOptions={() => undefined} />);
    expect(screen.queryByRole('button', { name: 'Open softphone' })).toBeNull();
  });
});
