/**
 * Extension storage is for the extension's own contexts only: a content script runs inside the
 * CRM's page process, and a compromised page process must not read or write what Ringside keeps
 * there (its site-access marks and session flags; tokens live in IndexedDB, which content scripts
 * cannot open at all). Chrome exposes `storage.local` to content scripts unless told otherwise;
 * `storage.session` is trusted-only by default and is set again so a later change cannot open it.
 *
 * Firefox implements `setAccessLevel` for no area yet (its content scripts keep access to
 * storage.local): the call is skipped where the method is missing, and nothing secret is kept there.
 */
export interface AccessLevelArea {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
}

/** Restricts each area that supports it; returns the names of those it could not restrict. */
export async function restrictStorageAccess(
  areas: Record<string, AccessLevelArea | undefined>,
): Promise<string[]> {
  const missed: string[] = [];
  for (const [name, area] of Object.entries(areas)) {
    if (typeof area?.setAccessLevel !== 'function') {
      missed.push(name);
      continue;
    }
    try {
      await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    } catch {
      missed.push(name);
    }
  }
  return missed;
}
