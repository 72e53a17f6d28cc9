/**
 * Files the app hands to the user: safe names and the download itself.
 * A Blob behind an object URL and a temporary <a download> works offline
 * and needs no permission prompt.
 */
const MAX_NAME_CHARS = 60; // × 3 bytes per kanji stays inside the usual 255-byte limit

/**
 * A title made safe for a file name, Japanese kept: what Windows, macOS and
 * FAT-formatted USB sticks refuse (\ / : * ? " < > |), control characters and
 * the direction overrides that can disguise an extension become spaces; runs
 * of white space become one; no leading or trailing dot or space (Windows
 * refuses the one, a leading dot hides the file elsewhere).
 */
export function safeFileNamePart(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  // A loop, not /[.\s]+$/: that pattern retries from every dot of a long run (quadratic).
  const trim = (s: string) => {
    let start = 0;
    let end = s.length;
    while (start < end && /[.\s]/u.test(s[start]!)) start++;
    while (end > start && /[.\s]/u.test(s[end - 1]!)) end--;
    return s.slice(start, end);
  };
  return trim(Array.from(trim(cleaned)).slice(0, MAX_NAME_CHARS).join(''));
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Not at once: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
