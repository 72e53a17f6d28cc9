import { balanceIsolates } from '@/lib/bidi';

/**
 * Text a person typed, shown so that it can neither reorder the app's words
 * around it nor widen the page: a `<bdi>` (its own bidi isolate, see
 * src/lib/bidi.ts for the rule) that breaks a long unbroken run anywhere
 * (`.user-text` in app.css). Every title, name, answer, cell and reason on
 * screen and in print goes through it.
 */
export function UserText({ children }: { children: string }) {
  return <bdi className="user-text">{balanceIsolates(children)}</bdi>;
}
