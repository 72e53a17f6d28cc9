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
    const set = () => root.setProperty(variable, `${Math.ceil(element.getBoundingClientRect().height)}px`);
    set();
    if (typeof ResizeObserver === 'undefined') return () => root.removeProperty(variable);
    const observer = new ResizeObserver(set);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.removeProperty(variable);
    };
  }, [variable]);
  return ref;
}
