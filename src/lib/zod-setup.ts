/**
 * zod compiles fast paths with `new Function` where it may. Our CSP forbids
 * eval, so its feature probe would be reported as a violation on every
 * load; jitless mode skips the probe. Imported first by main.tsx.
 */
import { z } from 'zod';

z.config({ jitless: true });
