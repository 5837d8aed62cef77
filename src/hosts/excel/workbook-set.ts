// The form set an open workbook carries (its hidden sheet's named cells), read in one sync after the workbook's index; the built-in set when it carries none.
/// <reference types="office-js" />
import { UserError } from '../../core/errors/user-error';
import type { FormCatalogue } from '../../core/forms/build-catalogue';
import { BUILTIN_SET, catalogueOf, isBuiltinSet } from '../../core/forms/builtin';
import { CARRIED_SET_ID_NAME, CarriedSetError, readCarriedSet } from '../../core/forms/carried-set';
import type { FormSetDef } from '../../core/forms/form-set';
import { buildWorkbookPlan } from '../../core/layout/build-workbook-plan';
import type { WorkbookPlan } from '../../core/layout/types';
import { queueWorkbookIndex, type WorkbookIndex } from './workbook-index';
import { SHOWN_VALUE_PROPS, shownValue } from './shown-value';

/** The carried set's names: identity, checksum, number of parts, the parts (CCHC_FORMSET_1 …). */
export const isCarriedSetName = (name: string): boolean => /^CCHC_FORMSET_/i.test(name);

/** The workbook's carried set was edited by hand or cut short; the message (Vietnamese) says to lay it out again. */
export class CarriedSetDamagedError extends UserError {}

/** The set in named cells read by name (upper case, as carried-set.ts writes them); the built-in set when none; damage is a CarriedSetDamagedError. */
export function carriedSetOfValues(values: Readonly<Record<string, unknown>>): FormSetDef {
  try {
    return readCarriedSet(values) ?? BUILTIN_SET;
  } catch (e) {
    if (e instanceof CarriedSetError) throw new CarriedSetDamagedError(e.message);
    throw e;
  }
}

/**
 * Queues the load of every carried-set cell the index lists; after the caller's sync the returned function gives the
 * set. Null when the workbook carries none (no sync is needed then: the built-in set).
 */
export function queueCarriedSet(context: Excel.RequestContext, index: WorkbookIndex): (() => FormSetDef) | null {
  if (!index.name(CARRIED_SET_ID_NAME)?.usable) return null;
  const ranges = index.names
    .filter((n) => n.usable && isCarriedSetName(n.name))
    .map((n) => [n.name.toUpperCase(), context.workbook.names.getItem(n.name).getRange().load(SHOWN_VALUE_PROPS)] as const);
  return () => carriedSetOfValues(Object.fromEntries(ranges.map(([name, range]) => [name, shownValue(range)])));
}

/**
 * Sync 1: which sheets and names exist; a workbook carrying a set: one more sync reads it. The set's catalogue and plan
 * follow (`builtinPlan` for the built-in set, laid out once by the caller).
 */
export async function readWorkbookSet(
  context: Excel.RequestContext,
  builtinPlan: WorkbookPlan,
): Promise<{ readonly index: WorkbookIndex; readonly set: FormSetDef; readonly catalogue: FormCatalogue; readonly plan: WorkbookPlan }> {
  const indexed = queueWorkbookIndex(context);
  await context.sync();
  const index = indexed();
  const carried = queueCarriedSet(context, index);
  let set: FormSetDef = BUILTIN_SET;
  if (carried) {
    await context.sync();
    set = carried();
  }
  const catalogue = catalogueOf(set);
  return { index, set, catalogue, plan: isBuiltinSet(set) ? builtinPlan : buildWorkbookPlan(null, catalogue) };
}
