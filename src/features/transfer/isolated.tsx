/**
 * User text inside the app's own sentences, each piece in its own <UserText> (a <bdi>):
 * a title with U+202E (or any right-to-left text) then cannot reorder the
 * words around it. A sentence is made with marks standing for the pieces
 * (t(key, { title: mark(…) })), then drawn with the pieces put back.
 */
import type { ReactNode } from 'react';
import { UserText } from '@/components/user-text';

/** Text with marks, and the pieces of user text they stand for. */
export type MarkedText = { text: string; user: string[] };

/** Private-use characters: never in a translation, and user text is kept apart from them. */
const MARK = /\uE000(\d+)\uE001/g;

/** Adds a piece of user text; returns the mark to put in its place. */
export function mark(user: string[], piece: string): string {
  user.push(piece);
  return `\uE000${user.length - 1}\uE001`;
}

/** The text as a reader sees it (what Testing Library and screen readers find). */
export function plainText({ text, user }: MarkedText): string {
  return text.replace(MARK, (_, i: string) => user[Number(i)] ?? '');
}

export function Isolated({ text, user }: MarkedText): ReactNode {
  const parts = text.split(/\uE000(\d+)\uE001/);
  return parts.map((part, i) => (i % 2 === 1 ? <UserText key={i}>{user[Number(part)] ?? ''}</UserText> : part));
}
