// Reads every named cell of the workbook and the sheets' protection in one sync, and checks them with the core.
/// <reference types="office-js" />
import type { WorkbookPlan } from '../../core/layout/types';
import { UI_TEXT } from '../../core/i18n/messages';
import { checkNamedValues, type NamedCheck } from '../../core/read/check-named-values';

export interface ExcelCheck extends NamedCheck {
  /** Protection of each plan sheet as it was read: marking must restore it. */
  readonly protectedSheets: ReadonlyMap<string, boolean>;
}

/** Thrown when the workbook lacks the template's sheets or names; the message is Vietnamese. */
export class NotLaidOutError extends Error {
  override readonly name = 'NotLaidOutError';
  constructor() {
    super(UI_TEXT.notLaidOut);
    Object.setPrototypeOf(this, NotLaidOutError.prototype);
  }
}

/** One sync: values and addresses of the plan's names, protection of its sheets. */
export async function checkWorkbook(context: Excel.RequestContext, plan: WorkbookPlan): Promise<ExcelCheck> {
  const ranges = new Map<string, Excel.Range>();
  const protections = new Map<string, Excel.WorksheetProtection>();
  for (const sheet of plan.sheets) {
    protections.set(sheet.name, context.workbook.worksheets.getItem(sheet.name).protection.load('protected'));
    for (const { name } of sheet.names) ranges.set(name, context.workbook.names.getItem(name).getRange().load('values,address'));
  }
  try {
    await context.sync();
  } catch (e) {
    if (isNotFound(e)) throw new NotLaidOutError();
    throw e;
  }
  const values: Record<string, unknown> = {};
  const addresses: Record<string, string> = {};
  for (const [name, range] of ranges) {
    values[name] = range.values[0]?.[0] ?? null;
    addresses[name] = range.address;
  }
  const protectedSheets = new Map([...protections].map(([name, p]) => [name, p.protected] as const));
  return { ...checkNamedValues(values, addresses), protectedSheets };
}

function isNotFound(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  const message = e instanceof Error ? e.message : String(e);
  return code === 'ItemNotFound' || /ItemNotFound/.test(message);
}
