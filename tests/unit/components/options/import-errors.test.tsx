// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportErrors } from '../../../../components/options/ImportErrors';
import { parseAccountConfig } from '../../../../lib/caller-id/index';

afterEach(cleanup);

const BROKEN = {
  schemaVersion: 1,
  account: { id: 'acme', name: 'Acme', defaultCountry: 'US' },
  outboundCallerId: { mode: 'sometimes', allowDefault: true },
  ringGroups: [{ id: 'sales', name: 'Sales' }],
  numbers: [
    { id: 'n1', number: '+14155550100', label: 'SF', ringGroups: ['sales'] },
    { id: 'n2', number: '12345', label: 'Bad', ringGroups: ['nope'] },
  ],
  agents: [{ id: 'a1', name: 'Ana', email: 'ana@acme.example', ringGroups: ['sales'] }],
};

describe('ImportErrors', () => {
  it('lists every problem of parseAccountConfig with its path, and says nothing changed', () => {
    const parsed = parseAccountConfig(BROKEN);
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? [] : parsed.errors;
    expect(errors.length).toBeGreaterThanOrEqual(3);

    render(<ImportErrors source="acme.json" error="The config is not valid." errors={errors} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      `acme.json was not imported: ${errors.length} problems. Nothing was changed.`,
    );
    // The background's summary says again what the title and the list say: not repeated.
    expect(alert.textContent).not.toContain('The config is not valid.');
    const items = within(alert).getAllByRole('listitem');
    expect(items).toHaveLength(errors.length);
    // Each item shows the path apart from the message, and together they are the original line.
    const paths = items.map((li) => li.querySelector('code.path')?.textContent);
    expect(paths).toEqual(expect.arrayContaining(['outboundCallerId.mode', 'numbers[1].number']));
    expect(paths.some((p) => p?.startsWith('numbers[1].ringGroups'))).toBe(true);
    items.forEach((li, i) => {
      const path = li.querySelector('code.path')?.textContent ?? '';
      const message = li.querySelector('span')?.textContent ?? '';
      expect(`${path}: ${message}`).toBe(errors[i]);
    });
  });

  it.each([
    {
      errors: ['(document): must be an object'],
      count: '1 problem',
      path: null,
      text: 'must be an object',
    },
    {
      errors: ['JSON syntax error: Unexpected token'],
      count: '1 problem',
      path: null,
      text: 'JSON syntax error: Unexpected token',
    },
    { errors: [], count: null, path: null, text: null },
  ])('shows $errors without a path where none is named', ({ errors, count, path, text }) => {
    render(
      <ImportErrors source="x.json" error="The config from x.json is empty." errors={errors} />,
    );
    const alert = screen.getByRole('alert');
    if (count) {
      // The summary repeats the title and the list: shown once, not three times.
      expect(alert.textContent).toContain(
        `x.json was not imported: ${count}. Nothing was changed.`,
      );
      expect(alert.textContent).not.toContain('The config from x.json is empty.');
    } else {
      expect(alert.textContent).toContain('The config from x.json is empty.');
    }
    if (count) expect(alert.textContent).toContain(count);
    else expect(alert.textContent).toContain('x.json was not imported. Nothing was changed.');
    expect(alert.querySelector('code.path')?.textContent ?? null).toBe(path);
    if (text) expect(within(alert).getByRole('listitem').textContent).toBe(text);
    else expect(within(alert).queryByRole('list')).toBeNull();
  });
});
