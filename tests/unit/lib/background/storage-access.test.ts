/** Extension storage is restricted to trusted contexts (lib/background/storage-access.ts). */
import { describe, expect, it, vi } from 'vitest';
import { restrictStorageAccess } from '../../../../lib/background/storage-access';

describe('restrictStorageAccess', () => {
  it('sets TRUSTED_CONTEXTS on every area that supports it', async () => {
    const local = { setAccessLevel: vi.fn(async () => undefined) };
    const session = { setAccessLevel: vi.fn(async () => undefined) };
    expect(await restrictStorageAccess({ local, session })).toEqual([]);
    expect(local.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(session.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('names the areas it could not restrict (Firefox: no setAccessLevel; a rejection)', async () => {
    const session = {
      setAccessLevel: vi.fn(async () => {
        throw new Error('not supported');
      }),
    };
    expect(await restrictStorageAccess({ local: {}, session, sync: undefined })).toEqual([
      'local',
      'session',
      'sync',
    ]);
  });
});
