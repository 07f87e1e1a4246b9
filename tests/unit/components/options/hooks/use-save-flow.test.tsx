// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useSaveFlow, type SaveAnswer } from '../../../../../components/options/hooks/useSaveFlow';

afterEach(cleanup);

/** A save the test answers by hand, to look at the flow while it waits. */
function deferred() {
  let answer!: (a: SaveAnswer) => void;
  let fail!: (e: unknown) => void;
  const promise = new Promise<SaveAnswer>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return { promise, answer, fail };
}

describe('useSaveFlow', () => {
  it.each([
    ['saved', { ok: true } as const, undefined, { kind: 'ok', text: 'Saved.' }, true],
    ['saved, own words', { ok: true } as const, 'Enabled.', { kind: 'ok', text: 'Enabled.' }, true],
    [
      'refused',
      { ok: false, error: 'Locked by policy.' } as const,
      undefined,
      { kind: 'error', text: 'Locked by policy.' },
      false,
    ],
  ])('%s: busy while saving, then one note', async (_name, answer, okText, note, result) => {
    const { result: flow } = renderHook(() => useSaveFlow());
    const save = deferred();
    let done!: Promise<boolean>;
    await act(() => {
      done = flow.current.run(() => save.promise, okText);
    });
    expect(flow.current.busy).toBe(true);
    expect(flow.current.note).toBeNull();
    await act(async () => {
      save.answer(answer);
      expect(await done).toBe(result);
    });
    expect(flow.current.busy).toBe(false);
    expect(flow.current.note).toEqual(note);
  });

  it('turns a thrown messaging error into words the admin can act on', async () => {
    const { result: flow } = renderHook(() => useSaveFlow());
    await act(async () => {
      const saved = await flow.current.run(() =>
        Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
      );
      expect(saved).toBe(false);
    });
    expect(flow.current.note).toEqual({
      kind: 'error',
      text: 'Ringside’s background did not answer. Try again in a moment.',
    });
    expect(flow.current.busy).toBe(false);
  });

  it('a new attempt clears the last note while it runs', async () => {
    const { result: flow } = renderHook(() => useSaveFlow());
    await act(async () => {
      await flow.current.run(async () => ({ ok: false, error: 'Nope.' }));
    });
    expect(flow.current.note?.text).toBe('Nope.');
    const save = deferred();
    await act(() => void flow.current.run(() => save.promise));
    expect(flow.current.note).toBeNull();
    await act(async () => save.answer({ ok: true }));
    expect(flow.current.note?.text).toBe('Saved.');
  });

  it('drops "Saved." once a failure newer than the save is shown elsewhere, and only then', async () => {
    const { result: flow, rerender } = renderHook(
      ({ failedAt }: { failedAt?: number }) => useSaveFlow({ failedAt }),
      { initialProps: { failedAt: Date.now() - 60_000 } },
    );
    await act(async () => {
      await flow.current.run(async () => ({ ok: true }));
    });
    // A failure from before the save does not touch it.
    expect(flow.current.note?.text).toBe('Saved.');
    rerender({ failedAt: Date.now() + 1 });
    expect(flow.current.note).toBeNull();
  });

  it('keeps an error note whatever fails later: it is still true', async () => {
    const { result: flow, rerender } = renderHook(
      ({ failedAt }: { failedAt?: number }) => useSaveFlow({ failedAt }),
      { initialProps: {} as { failedAt?: number } },
    );
    await act(async () => {
      await flow.current.run(async () => ({ ok: false, error: 'Refused.' }));
    });
    rerender({ failedAt: Date.now() + 1 });
    expect(flow.current.note).toEqual({ kind: 'error', text: 'Refused.' });
  });

  it('say() shows a section’s own note, and null clears it', async () => {
    const { result: flow } = renderHook(() => useSaveFlow());
    await act(() =>
      flow.current.say({ kind: 'warning', text: 'Fix the highlighted fields first.' }),
    );
    expect(flow.current.note?.kind).toBe('warning');
    await act(() => flow.current.say(null));
    expect(flow.current.note).toBeNull();
  });
});
