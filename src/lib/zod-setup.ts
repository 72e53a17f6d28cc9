/**
 * zod compiles fast paths with `new Function` where it may. Our CSP forbids
 * eval, so its feature probe would be reported as a violation on every
 * load; jitless mode skips the probe.
 *
 * zod is not part of the first screen: it loads with the code that parses.
 * So every module of ours that builds zod schemas imports this first
 * (src/checklist/schema.ts, which src/db/incidents.ts and src/db/types.ts
 * import; the transfer and create-form schemas). The setting is global and is
 * in place before any schema parses, which happens only after the modules
 * are loaded.
 */
import { z } from 'zod';

z.config({ jitless: true });
