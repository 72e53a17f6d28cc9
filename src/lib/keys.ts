/**
 * Whether a key belongs to the IME: the Enter that confirms a Japanese
 * conversion, the Escape that cancels one. Forms leave such keys alone.
 * (keyCode 229: what Safari sends for them, without isComposing.)
 */
export function isImeKey(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}
