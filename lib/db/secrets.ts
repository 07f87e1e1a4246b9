/**
 * The agent's SIP password, one row per SIP user. IndexedDB of the extension's own origin: content
 * scripts run in the page's origin and cannot open it, and nothing here is part of an export.
 */
import type { RingsideDb } from './schema';

const key = (username: string) => `sip:${username}`;

export async function getSipPassword(db: RingsideDb, username: string): Promise<string | null> {
  return (await db.secrets.get(key(username)))?.value ?? null;
}

export async function hasSipPassword(db: RingsideDb, username: string): Promise<boolean> {
  return (await db.secrets.where('id').equals(key(username)).count()) > 0;
}

/** An empty password forgets the saved one. */
export async function saveSipPassword(
  db: RingsideDb,
  username: string,
  password: string,
  at: number,
): Promise<void> {
  if (password) await db.secrets.put({ id: key(username), value: password, savedAt: at });
  else await db.secrets.delete(key(username));
}
