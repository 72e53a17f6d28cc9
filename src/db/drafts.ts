/**
 * Drafts: what is typed where there is no incident yet to save it into (the
 * create form), written as it is typed, like every answer.
 */
import { db } from './db';

/** The stored draft, or undefined. Its shape is the caller's to check. */
export async function getDraft(key: string): Promise<unknown> {
  return (await db.drafts.get(key))?.value;
}

export async function putDraft(key: string, value: unknown): Promise<void> {
  await db.drafts.put({ key, value, savedAt: new Date().toISOString() });
}

export async function deleteDraft(key: string): Promise<void> {
  await db.drafts.delete(key);
}

/** The last 記録者 on this device: offered when the next incident is started. */
const LAST_RECORDER = 'lastRecorder';

export async function lastRecorder(): Promise<string> {
  const value = await getDraft(LAST_RECORDER);
  return typeof value === 'string' ? value : '';
}

/** Called by the writes that set a recorder (createIncident, a 交代). */
export async function rememberRecorder(name: string): Promise<void> {
  if (name.trim() !== '') await putDraft(LAST_RECORDER, name.trim());
}
