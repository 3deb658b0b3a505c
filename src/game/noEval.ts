/**
 * zod compiles fast parsers with `new Function` unless told not to; the page's
 * Content-Security-Policy forbids eval, and even zod's guarded probe for it is reported as a
 * violation. Imported first by every browser entry point (the page and its worker).
 */
import { z } from 'zod';

z.config({ jitless: true });
