import type { KeyboardEvent } from 'react';
import { isImeKey } from '@/lib/keys';

/**
 * A one-line answer is a textarea of one row that grows with its text
 * (app.css: field-sizing: content), so a long answer wraps instead of being
 * cut off. Enter adds no line break there, as in a text input; an IME's
 * Enter (confirming a conversion) is left to the IME.
 */
export function oneLineKeys(e: KeyboardEvent<HTMLTextAreaElement>): void {
  if (e.key === 'Enter' && !isImeKey(e.nativeEvent)) e.preventDefault();
}
