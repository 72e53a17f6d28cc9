/**
 * Keeping user text from reordering the app's own words.
 *
 * The rule: text a person typed (or a stored or imported file carries) is
 * shown bidi-isolated, so a right-to-left word or a stray control character
 * (U+202E RIGHT-TO-LEFT OVERRIDE in a table cell) reorders only itself and
 * never the labels around it (「…」の行を削除 stays in order):
 * - as an element's content: `<UserText>` (src/components/user-text.tsx),
 *   a `<bdi>`;
 * - inside a string that also holds app wording (i18n interpolation, an
 *   attribute, a line of the activity log): `isolate()`, which wraps it in
 *   U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE.
 * The PDF writer drops these invisible marks (pdf/typeset.ts).
 */

const FSI = '\u2068';
const PDI = '\u2069';
/** LRI, RLI, FSI: they open an isolate that a PDI closes. */
const OPENS_ISOLATE = new Set(['\u2066', '\u2067', FSI]);
/** Paragraph separators (bidi class B): the algorithm starts afresh after each. */
const PARAGRAPH = new Set(['\n', '\r', '\u001c', '\u001d', '\u001e', '\u0085', '\u2029']);

/**
 * The text with its own isolates balanced, so that it cannot end the isolate
 * it is shown in: a PDI without an opener in the text would close the
 * surrounding one early (and let an override after it loose), an opener
 * without a PDI would swallow the surrounding one's closing mark. Unmatched
 * PDIs are dropped, missing ones added at the end; both are invisible, so
 * nothing a person can see changes. Most text has no such marks and comes back as is.
 */
export function balanceIsolates(text: string): string {
  if (!/[\u2066-\u2069]/u.test(text)) return text;
  let open = 0;
  let out = '';
  for (const c of text) {
    if (OPENS_ISOLATE.has(c)) open++;
    else if (c === PDI) {
      if (open === 0) continue;
      open--;
    } else if (PARAGRAPH.has(c)) {
      out += PDI.repeat(open);
      open = 0;
    }
    out += c;
  }
  return out + PDI.repeat(open);
}

/** User text for a string that also holds app wording: isolated by invisible marks. */
export function isolate(text: string): string {
  return `${FSI}${balanceIsolates(text)}${PDI}`;
}
