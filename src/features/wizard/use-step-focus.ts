import { useCallback, useRef } from 'react';
import { routeChangedSinceLoad } from '@/lib/router';

/**
 * The ref for a step's heading (tabIndex=-1): when a step is arrived at from
 * inside the app (記録を開始, 次へ/前へ, the step list, the phases), the page
 * goes back to its top and the focus to the heading, so the keyboard and a
 * screen reader start at the new step, not at <body>. A page just opened or
 * reloaded keeps the browser's own start (the skip link is the first Tab stop).
 */
export function useStepFocus(code: string) {
  const focusedFor = useRef<string | null>(null);
  // A new step is a new callback, so React calls it again with the heading.
  return useCallback(
    (heading: HTMLElement | null) => {
      if (!heading || focusedFor.current === code) return;
      focusedFor.current = code;
      if (!routeChangedSinceLoad()) return;
      window.scrollTo(0, 0);
      heading.focus({ preventScroll: true });
    },
    [code],
  );
}
