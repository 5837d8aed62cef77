// zod as the core runs it: without generated code, so that the pane's Content-Security-Policy (no eval) has nothing to refuse.
import { config } from 'zod';

// zod probes for eval with `new Function` when it builds its first object schema; under a strict CSP the
// probe is reported as a violation even though zod catches it. Every module that builds a schema imports
// this file first, so the setting is in place before any schema exists.
config({ jitless: true });
