// @vitest-environment happy-dom
/**
 * The rows of the numbers, ring-group and agent tables render again only when a prop they list
 * changed: a change to any listed prop re-renders, a rebuilt object with the same key or a prop
 * the row does not list does not.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { memoRow, sameProps } from '../../../../components/options/memo-row';

afterEach(cleanup);

interface Props {
  position: number;
  row: { id: string };
  messages: { key: string };
  locked: boolean;
  actions: { remove: () => void };
}

const base = (): Props => ({
  position: 0,
  row: { id: 'sf' },
  messages: { key: '' },
  locked: false,
  actions: { remove: () => {} },
});

const COMPARE = {
  position: 'same',
  row: 'same',
  messages: 'key',
  locked: 'same',
  actions: 'same',
} as const;

/** A memoized row in a table body, and how often it rendered. */
function counted() {
  const renders = { count: 0 };
  const Row = memoRow<Props>((props) => {
    renders.count++;
    return <td>{props.row.id}</td>;
  }, COMPARE);
  const table = (props: Props) => (
    <table>
      <tbody>
        <tr>
          <Row {...props} />
        </tr>
      </tbody>
    </table>
  );
  return { renders, table };
}

describe('memoRow', () => {
  it.each<[string, (p: Props) => Props]>([
    ['its position', (p) => ({ ...p, position: 1 })],
    ['its row (an edit)', (p) => ({ ...p, row: { id: 'sf' } })],
    ['its messages’ key', (p) => ({ ...p, messages: { key: 'numbers[0].label:required' } })],
    ['locked', (p) => ({ ...p, locked: true })],
    ['its actions', (p) => ({ ...p, actions: { remove: () => {} } })],
  ])('renders again when %s changes', (_name, change) => {
    const { renders, table } = counted();
    const props = base();
    const { rerender } = render(table(props));
    expect(renders.count).toBe(1);
    rerender(table(change(props)));
    expect(renders.count).toBe(2);
  });

  it.each<[string, (p: Props) => Props]>([
    ['nothing (the parent rendered again)', (p) => ({ ...p })],
    ['its messages rebuilt with the same key', (p) => ({ ...p, messages: { key: '' } })],
    ['a prop it does not list', (p) => ({ ...p, unrelated: 1 }) as Props],
  ])('does not render again for %s', (_name, change) => {
    const { renders, table } = counted();
    const props = base();
    const { rerender, container } = render(table(props));
    rerender(table(change(props)));
    expect(renders.count).toBe(1);
    expect(container.querySelector('td')?.textContent).toBe('sf');
  });
});

describe('sameProps', () => {
  const same = sameProps<Props>(COMPARE);
  it('compares every listed prop, and only those', () => {
    const a = base();
    expect(same(a, { ...a })).toBe(true);
    for (const key of Object.keys(COMPARE) as (keyof Props)[]) {
      const b = { ...a, [key]: key === 'messages' ? { key: 'x' } : ({} as never) };
      expect(same(a, b), key).toBe(false);
    }
    expect(same(a, { ...a, extra: 2 } as Props)).toBe(true);
  });
});
