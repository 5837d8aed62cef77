// Protects a sheet so that only its input ranges can be edited, by the owner and the person running the layout.
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

/**
 * Replaces the sheet's protection: editors reduced to the owner and the current user (the owner
 * cannot be removed), domain editing off, not warning-only; `inputs` left open. `inputs` null
 * means the sheet is left unprotected. The documented pattern: only a protection the user can
 * edit is removed (the caller has checked with sheetsLockedForUser that there is no other).
 */
export function protectSheet(env: GasEnv, sheet: GasSheet, inputs: readonly string[] | null, description: string): void {
  for (const old of sheet.getProtections(env.SpreadsheetApp.ProtectionType.SHEET)) if (old.canEdit()) old.remove();
  if (inputs === null) return;
  const protection = sheet.protect().setDescription(description).setWarningOnly(false);
  if (inputs.length > 0) protection.setUnprotectedRanges(sheet.getRangeList([...inputs]).getRanges());
  // Add the current user first: removing a group they edit through would otherwise lock them out and throw.
  protection.addEditor(env.Session.getEffectiveUser());
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}
