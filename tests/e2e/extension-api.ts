/**
 * Talking to the built extension from a test, the way its own pages do: messages to the
 * background (lib/messages.ts) sent from an extension page, and reads of Ringside's IndexedDB.
 *
 *   const page = await openExtensionPage('options.html');
 *   await sendToBackground(page, 'updateSettings', { source: 'url', syncUrl });
 *   const [sync] = await readTable(page, 'sync');
 */
import type { Page } from '@playwright/test';
import type { MessageType, ProtocolMap } from '../../lib/messages';

export type Reply<T extends MessageType> = ReturnType<ProtocolMap[T]>;

/**
 * Sends one message in @webext-core/messaging's format (`{ id, type, data, timestamp }`, answered
 * with `{ res }` or `{ err }`), from an extension page so the background sees Ringside's own page.
 */
export async function sendToBackground<T extends MessageType>(
  page: Page,
  type: T,
  ...data: Parameters<ProtocolMap[T]>
): Promise<Reply<T>> {
  const reply = await page.evaluate(
    ([type, data]) =>
      chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }) as Promise<{
        res?: unknown;
        err?: { message?: string };
      }>,
    [type, data[0]] as const,
  );
  if (reply?.err)
    throw new Error(
      `"${type}" failed in the background: ${reply.err.message ?? JSON.stringify(reply.err)}`,
    );
  return reply?.res as Reply<T>;
}

export type TableName =
  'configs' | 'configBodies' | 'settings' | 'policy' | 'choices' | 'calls' | 'sync';

/**
 * Every row of one table of Ringside's database (IndexedDB "ringside"), read with the raw API;
 * [] while the background has not created it. The connection is always closed, and a database
 * that does not exist yet is not created: either would block the background's Dexie upgrade.
 */
export async function readTable<T = Record<string, unknown>>(
  page: Page,
  table: TableName,
): Promise<T[]> {
  return page.evaluate(
    (table) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('ringside');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(table)) {
            db.close();
            return resolve([]);
          }
          const request = db.transaction(table, 'readonly').objectStore(table).getAll();
          request.onsuccess = () => resolve(request.result as T[]);
          request.onerror = () => reject(request.error);
          request.transaction!.oncomplete = () => db.close();
        };
      }),
    table,
  );
}

/** The active config snapshot (the one with `active: 1`). */
export async function activeSnapshot(page: Page) {
  const rows = await readTable<{
    active: number;
    accountId: string;
    source: string;
    origin: string;
    hash: string;
    etag?: string;
  }>(page, 'configs');
  return rows.find((row) => row.active === 1) ?? null;
}
