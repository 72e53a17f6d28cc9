import { useLayoutEffect, useRef } from 'react';

/**
 * The incident bar and the phase stepper stay at the top of the window
 * (position: sticky), one under the other, and the step list and the
 * guidance under both. Their heights change (a title of two lines, 交代 or
 * the confirmation open, another language), so each tells the page its
 * height as a CSS variable: `--bar-h` and `--phases-h` on <html>, read by
 * app.css (sticky offsets, scroll-padding-top for what the keyboard focuses).
 */
export function useStickyHeight<T extends HTMLElement>(variable: '--bar-h' | '--phases-h') {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement.style;
    const set = (height: number) => root.setProperty(variable, `${Math.ceil(height)}px`);
    if (typeof ResizeObserver === 'undefined') {
      set(element.getBoundingClientRect().height);
      return () => root.removeProperty(variable);
    }
    // Measured by the observer only: its first call comes once the browser
    // has laid the page out, before it paints. Measuring here, in React's
    // commit, would make the browser lay out the whole page then, once for
    // each bar (the variable set by one invalidates the other's layout).
    const observer = new ResizeObserver(([entry]) => set(entry?.borderBoxSize[0]?.blockSize ?? element.getBoundingClientRect().height));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.removeProperty(variable);
    };
  }, [variable]);
  return ref;
}
