import { useCallback, useEffect, useRef } from 'react';
import { isImeKey } from '@/lib/keys';

/**
 * Escape anywhere inside the element (an input, a button of it) calls
 * `onEscape`: closing an inline form or question the way a user expects.
 * A native listener, as the form or panel itself is no interactive element;
 * the returned ref attaches it whenever the element is drawn.
 */
export function useEscape<T extends HTMLElement>(onEscape: () => void) {
  const latest = useRef(onEscape);
  useEffect(() => {
    latest.current = onEscape;
  });
  const detach = useRef<(() => void) | null>(null);
  return useCallback((element: T | null) => {
    detach.current?.();
    detach.current = null;
    if (!element) return;
    const listener = (event: KeyboardEvent) => {
      // The Escape that cancels a Japanese conversion belongs to the IME, not to the form.
      if (event.key !== 'Escape' || event.defaultPrevented || isImeKey(event)) return;
      event.preventDefault();
      latest.current();
    };
    element.addEventListener('keydown', listener);
    detach.current = () => element.removeEventListener('keydown', listener);
  }, []);
}
