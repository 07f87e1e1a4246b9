// @vitest-environment happy-dom
/** Pages render a capped list of problems, however many a document has (issue 12, point 5). */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportErrors } from '../../../../components/options/ImportErrors';
import { SHOWN_PROBLEMS, SyncStatus } from '../../../../components/shared/SyncStatus';
import { capProblems } from '../../../../lib/db/apply-config';

afterEach(cleanup);

const problems = (n: number) =>
  capProblems(Array.from({ length: n }, (_, i) => `numbers[${i}].number: "x" is not valid`));

describe('capped problem lists', () => {
  it('an import with 5,000 problems lists 50, counts all 5,000, and says how many more', () => {
    render(<ImportErrors source="big.json" error="Not valid." errors={problems(5000)} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      'big.json was not imported: 5,000 problems. Nothing was changed.',
    );
    expect(alert.querySelectorAll('li:not(.more)')).toHaveLength(SHOWN_PROBLEMS);
    expect(alert.querySelector('li.more')?.textContent).toBe(
      `and ${(5000 - SHOWN_PROBLEMS).toLocaleString('en-US')} more: fix these first, then import again`,
    );
  });

  it('a short list is shown whole, with no "more" line', () => {
    render(<ImportErrors source="a.json" error="" errors={problems(3)} />);
    expect(screen.getByRole('alert').querySelectorAll('li')).toHaveLength(3);
  });

  it('the options page sync status lists 50 of a stored error and counts the rest', () => {
    const details = problems(1000);
    render(
      <SyncStatus
        source="url"
        sync={{
          id: 'sync',
          failures: 1,
          lastError: {
            at: 5,
            kind: 'schema',
            message: 'Refused.',
            details,
            source: 'url',
            origin: 'u',
          },
        }}
        activeSince={1}
        now={10}
        onRetry={() => undefined}
      />,
    );
    const status = screen.getByTestId('sync-status');
    expect(status.querySelectorAll('li:not(.more)')).toHaveLength(SHOWN_PROBLEMS);
    expect(status.querySelector('li.more')?.textContent).toBe(`and ${1000 - SHOWN_PROBLEMS} more`);
  });

  it('shows how far the check of a large document has got', () => {
    render(
      <SyncStatus
        source="url"
        sync={{
          id: 'sync',
          failures: 0,
          inFlightSince: 1,
          progress: { done: 40_000, total: 100_000 },
        }}
        activeSince={1}
        now={10}
        onRetry={() => undefined}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Checking the config: 40,000 of 100,000 numbers…',
    );
  });
});
