// Protects a sheet so that only its input ranges can be edited, by the owner and the person running the layout.
import type { GasEnv, GasSheet } from './gas-types';

/**
 * Replaces the sheet's protection: editors reduced to the owner and the current user (the owner
 * cannot be removed), domain editing off, not warning-only; `inputs` left open. `inputs` null
 * means the sheet is left unprotected.
 */
export function protectSheet(env: GasEnv, sheet: GasSheet, inputs: readonly string[] | null, description: string): void {
  for (const old of sheet.getProtections(env.SpreadsheetApp.ProtectionType.SHEET)) old.remove();
  if (inputs === null) return;
  const protection = sheet.protect().setDescription(description).setWarningOnly(false);
  if (inputs.length > 0) protection.setUnprotectedRanges(sheet.getRangeList([...inputs]).getRanges());
  // Add the current user first: removing a group they edit through would otherwise lock them out and throw.
  protection.addEditor(env.Session.getEffectiveUser());
  protection.removeEditors(protection.getEditors());
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}
