// zod as the core uses it: without generated code, so that the pane's Content-Security-Policy (no eval) has nothing to refuse.
import { z } from 'zod';

// zod probes for eval with `new Function` when its first object schema is built; under a strict CSP the
// probe is reported as a violation even though zod catches it. Set here, before any schema is built:
// every core module takes z from this file.
z.config({ jitless: true });

export { z };
