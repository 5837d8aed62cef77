// Which sheets hold a protection the current user may not edit (the layout's own protection is built in sheet-requests.ts).
import { UserError } from '../../core/errors/user-error';
import type { GasEnv, GasSheet } from './gas-types';

/** The layout stopped before changing anything; its message is the whole Vietnamese explanation. */
export class SheetLockedError extends UserError {}

/**
 * Names of the sheets among `sheets` whose protection the current user may not edit. Such a
 * protection cannot be removed (Protection.remove throws) and its cells cannot be written, so the
 * layout checks this before it changes anything.
 */
export function sheetsLockedForUser(env: GasEnv, sheets: readonly GasSheet[]): string[] {
  const type = env.SpreadsheetApp.ProtectionType.SHEET;
  return sheets.filter((s) => s.getProtections(type).some((p) => !p.canEdit())).map((s) => s.getName());
}

/**
 * Names of the sheets among `sheets` holding a protected range the current user may not edit:
 * the layout writes every cell of its area, and Sheets refuses a write that touches such a range.
 */
export function rangesLockedForUser(env: GasEnv, sheets: readonly GasSheet[]): string[] {
  const type = env.SpreadsheetApp.ProtectionType.RANGE;
  return sheets.filter((s) => s.getProtections(type).some((p) => !p.canEdit())).map((s) => s.getName());
}
