/**
 * Every autosaver registers its flush here, so that leaving the page (or,
 * later, accepting an app update) can write what is still pending first.
 */
type Flush = () => Promise<void>;
const flushers = new Set<Flush>();

export function registerFlush(flush: Flush): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()));
}

/** pagehide / visibilitychange: the last moments a tab is sure to run code. */
export function installPageHideFlush(): () => void {
  const onHide = () => void flushAll();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') void flushAll();
  };
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
