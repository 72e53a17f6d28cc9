/**
 * We use zod/mini (about 9.5 KB gzipped in our build; classic zod was 25 KB).
 * Its object schema never compiles fast paths with `new Function`, but
 * jitless mode is still set: our CSP forbids eval, and a schema type that does compile would
 * otherwise probe for it, which the browser reports as a violation even though
 * zod catches the error. zod reads the setting when a schema is built.
 *
 * Unlike classic zod, zod/mini sets no default locale, so the English one is
 * set here: zod's own messages (wrong type…) stay as readable as before in an
 * import error's detail and an unreadable record's reason. (Our own messages
 * are translation keys, given with each check.)
 *
 * zod is not part of the first screen: it loads with the code that parses.
 * So every module of ours that builds zod schemas imports this first
 * (src/checklist/schema.ts, which src/db/incidents.ts and src/db/types.ts
 * import; the transfer and create-form schemas). The setting is global and is
 * in place before any schema is built, since these imports run before the
 * importing module's body.
 */
import { en } from 'zod/locales';
import * as z from 'zod/mini';

z.config({ jitless: true, ...en() });
