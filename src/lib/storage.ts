/**
 * The browser's storage for this origin: persistence (so the browser does
 * not evict the records when disk runs low) and usage/quota. Both APIs may
 * be missing; null then means "unknown".
 */
export type StorageInfo = { persisted: boolean | null; usage: number | null; quota: number | null };

/** Asked once the first incident exists; the browser may say no. */
export async function requestPersistence(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null;
  try {
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return null;
  }
}

export async function storageInfo(): Promise<StorageInfo> {
  const storage = navigator.storage;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : null,
    storage?.estimate ? storage.estimate().catch(() => null) : null,
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

export function formatBytes(bytes: number | null, lang: string): string {
  if (bytes === null) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'ja-JP', { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}
