/**
 * Writing rows straight into the app's IndexedDB from the page (not through
 * the app), to give it data it could not have written itself: damaged rows,
 * text longer than its forms allow. The app does not see such writes until
 * the page is reloaded.
 */
import type { Page } from 'playwright-core';

/**
 * Sets fields of the row `key` of `store`: `changes` maps a dotted path
 * ('title', 'answers.incidentDescription.value') to its new value; missing
 * objects on the way are created.
 */
export function patchRow(page: Page, store: 'incidents' | 'searchDocs', key: string, changes: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    ([storeName, id, sets]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('incident-checklist');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(storeName, 'readwrite');
          const objects = tx.objectStore(storeName);
          const get = objects.get(id);
          get.onsuccess = () => {
            const row = get.result as Record<string, unknown> | undefined;
            if (!row) return tx.abort();
            for (const [path, value] of Object.entries(sets)) {
              const parts = path.split('.');
              let node = row;
              for (const part of parts.slice(0, -1)) {
                if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
                node = node[part] as Record<string, unknown>;
              }
              node[parts.at(-1)!] = value;
            }
            objects.put(row);
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onabort = () => {
            db.close();
            reject(tx.error ?? new Error(`no row ${id} in ${storeName}`));
          };
        };
      }),
    [store, key, changes] as const,
  );
}
