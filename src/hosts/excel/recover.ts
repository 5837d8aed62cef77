// After a failed batch: events back on and sheets that were protected protected again, so a failure never leaves the workbook open or the add-in deaf.
/// <reference types="office-js" />
import { PROTECT_OPTIONS } from './queue-sheet-writes';

/**
 * Excel runs a batch in order and stops at the failing command: what came before it (an
 * unprotect, `enableEvents = false`) has taken effect, what came after (the protect, events back
 * on) has not. This puts events back to `events` (null: not touched) and protects again each of
 * `wasProtected` (sheet names or ids, which getItem takes alike; an id still finds a sheet the
 * failed batch renamed) that is now unprotected, in two syncs, run only on the failure path. A failure of
 * its own is swallowed: the caller rethrows the original error, which is what the user is told.
 */
export async function restoreAfterFailure(
  context: Excel.RequestContext,
  events: boolean | null,
  wasProtected: readonly string[],
): Promise<void> {
  try {
    if (events !== null) context.runtime.enableEvents = events;
    const states = wasProtected.map((key) => ({ key, protection: context.workbook.worksheets.getItem(key).protection.load('protected') }));
    await context.sync();
    const open = states.filter((s) => !s.protection.protected);
    for (const s of open) context.workbook.worksheets.getItem(s.key).protection.protect(PROTECT_OPTIONS);
    if (open.length > 0) await context.sync();
  } catch {
    // Nothing more can be done from here; the original error is reported by the caller.
  }
}
