// Which of the plan's sheets and defined names a workbook holds, found as Excel finds them (whatever the case), read in one sync.
/// <reference types="office-js" />
import type { WorkbookPlan } from '../../core/layout/types';
import { workbookDamage, type WorkbookDamage, type WorkbookPresence } from '../../core/read/workbook-damage';

/** A workbook-level defined name as Excel lists it. */
export interface NameEntry {
  /** The name as the workbook spells it (Excel compares names without regard to case). */
  readonly name: string;
  /** False when what it named was deleted (NamedItem.type "Error", formula "=#REF!…"): getRange() would throw. */
  readonly usable: boolean;
  /** Where a usable name points ("'Biểu mẫu 1'!$D$8"), when the index was asked for addresses. */
  readonly address?: string;
}

/**
 * Sheets and names looked up as Excel does: "Excel does not distinguish between uppercase and
 * lowercase characters in names", and no two sheets differ only in case
 * (https://support.microsoft.com/en-us/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64).
 */
export interface WorkbookIndex {
  /** The workbook's sheet that Excel finds under `name`, spelled as the workbook spells it. */
  sheet(name: string): string | undefined;
  name(name: string): NameEntry | undefined;
  /** Every sheet, with its id (Worksheet.id): getItem takes either, and an id survives a rename. */
  readonly sheets: readonly { readonly name: string; readonly id: string }[];
  /** Every workbook-level defined name, as the workbook spells it. */
  readonly names: readonly NameEntry[];
}

const key = (s: string): string => s.toLowerCase();

/**
 * Queues the load of every sheet's name and id and every defined name's name and type (ExcelApi 1.1);
 * after the caller's sync, the returned function gives the index. Only "Range" names can be read
 * through getRange(): any other type is a name whose cells are gone. `addresses`: each name's value
 * too, which "for a named range … will return the range address"
 * (NamedItem.value, ExcelApi 1.1: https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-value-member).
 */
export function queueWorkbookIndex(context: Excel.RequestContext, addresses = false): () => WorkbookIndex {
  const sheets = context.workbook.worksheets.load('items/name,items/id');
  const names = context.workbook.names.load(addresses ? 'items/name,items/type,items/value' : 'items/name,items/type');
  return () => {
    const list = sheets.items.map((s) => ({ name: s.name, id: s.id }));
    const bySheet = new Map(list.map((s) => [key(s.name), s.name] as const));
    const entries = names.items.map((n): NameEntry => {
      const usable = n.type === 'Range';
      return addresses && usable && typeof n.value === 'string' ? { name: n.name, usable, address: n.value } : { name: n.name, usable };
    });
    const byName = new Map(entries.map((n) => [key(n.name), n] as const));
    return {
      names: entries,
      sheet: (name) => bySheet.get(key(name)),
      name: (name) => byName.get(key(name)),
      sheets: list,
    };
  };
}

export type { WorkbookDamage } from '../../core/read/workbook-damage';

/** The sheets and names Excel holds, as the core's damage check looks them up. */
export const presenceOf = (index: WorkbookIndex): WorkbookPresence => ({ hasSheet: (name) => index.sheet(name) !== undefined, name: (name) => index.name(name) });

/** What the workbook lacks of the plan: sheets, and names that are missing or broken on the sheets it has (the core's one decision, as Excel finds them). */
export function damageOf(plan: WorkbookPlan, index: WorkbookIndex): WorkbookDamage {
  return workbookDamage(plan.sheets, presenceOf(index));
}
