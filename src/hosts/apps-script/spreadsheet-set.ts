// The form set a spreadsheet follows: the one its hidden sheet `Bộ biểu mẫu` carries (read with the named cells every command reads anyway), else the built-in one.
import { UserError } from '../../core/errors/user-error';
import type { FormCatalogue } from '../../core/forms/build-catalogue';
import { BUILTIN_CATALOGUE, BUILTIN_SET, catalogueOf, isBuiltinSet } from '../../core/forms/builtin';
import { CarriedSetError, readCarriedSet } from '../../core/forms/carried-set';
import type { FormSetDef } from '../../core/forms/form-set';
import { GAS_TEXT } from '../../core/i18n/messages';

export interface SheetSet {
  readonly set: FormSetDef;
  readonly catalogue: FormCatalogue;
}

export const BUILTIN_SHEET_SET: SheetSet = { set: BUILTIN_SET, catalogue: BUILTIN_CATALOGUE };

/** A set with its catalogue, built once per set in an execution (catalogueOf); the built-in set's is BUILTIN_CATALOGUE. */
export function sheetSetOf(set: FormSetDef): SheetSet {
  if (set === BUILTIN_SET || isBuiltinSet(set)) return BUILTIN_SHEET_SET;
  return { set, catalogue: catalogueOf(set) };
}

/**
 * The set a spreadsheet's named cells carry (readNamedValues' byName), else the built-in one. A
 * copy edited by hand or cut short is a UserError: the alert says to choose the set again.
 */
export function spreadsheetSet(byName: Readonly<Record<string, unknown>>): SheetSet {
  try {
    const carried = readCarriedSet(byName);
    return carried ? sheetSetOf(carried) : BUILTIN_SHEET_SET;
  } catch (e) {
    if (e instanceof CarriedSetError) throw new UserError(`${e.message} ${GAS_TEXT.formSet.damagedHint}`);
    throw e;
  }
}

/** spreadsheetSet, or null when the carried set is damaged (CCHC › Bộ biểu mẫu… then lays the spreadsheet out afresh by the chosen set). */
export function spreadsheetSetOrNull(byName: Readonly<Record<string, unknown>>): SheetSet | null {
  try {
    return spreadsheetSet(byName);
  } catch (e) {
    if (e instanceof UserError) return null;
    throw e;
  }
}

/** "Bộ biểu mẫu: <name>, phiên bản 2, Sở Nội vụ tỉnh … ban hành." for the sidebar. */
export const setLine = (set: FormSetDef): string => GAS_TEXT.formSet.line(set.name, set.version, set.issuer);
