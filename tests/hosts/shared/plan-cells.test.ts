// Keeping typed values on re-layout: Excel (overlayKept over toPlanValue) and Sheets (keepEntered) keep every kind of value alike.
import { parseCellAddress } from '../../../src/core/layout/a1';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import type { PlanValue, SheetPlan } from '../../../src/core/layout/types';
import { keepEntered } from '../../../src/hosts/apps-script/keep-entered';
import { overlayKept, toPlanValue } from '../../../src/hosts/shared/plan-cells';

const plan = buildWorkbookPlan(null);
const sheetOf = (name: string): { sheet: SheetPlan; cell: string } => {
  for (const sheet of plan.sheets) {
    const n = sheet.names.find((x) => x.name === name);
    if (n) return { sheet, cell: n.cell };
  }
  throw new Error(name);
};
const at = (values: readonly (readonly PlanValue[])[] | undefined, a1: string): PlanValue | undefined => {
  const { row, col } = parseCellAddress(a1);
  return values?.[row - 1]?.[col - 1];
};

/** What Excel's re-layout keeps in the named cell: the value read, normalised, laid over the fresh plan. */
function keptInExcel(name: string, read: unknown): PlanValue | undefined {
  const { sheet, cell } = sheetOf(name);
  const { plan: out } = overlayKept(plan, new Map([[sheet.name, new Map([[cell, toPlanValue(read)]])]]));
  return at(out.sheets.find((s) => s.name === sheet.name)?.values, cell);
}

/** What Sheets' re-layout keeps in the named cell, from the same value read by name. */
function keptInSheets(name: string, read: unknown): PlanValue | undefined {
  const { sheet, cell } = sheetOf(name);
  return at(keepEntered(sheet, { byName: { [name]: read }, grids: {} }).values, cell);
}

describe('a value kept on re-layout', () => {
  it('is the same in Excel and in Sheets for every kind of value a host reads back', () => {
    const cases: [string, unknown, PlanValue][] = [
      ['BM1_5', true, 'TRUE'],
      ['BM1_5', false, 'FALSE'],
      ['BM1_2_2', 27, 27],
      ['BM1_2_2', 0, 0],
      ['BM1_2_1', '98,3', '98,3'],
      // A date where a number belongs: the .xlsx reader and Office.js read a Date, the Sheets API the text it shows.
      ['BM1_4_2', new Date(Date.UTC(2026, 5, 8)), '08/06/2026'],
      ['BM1_4_2', '08/06/2026', '08/06/2026'],
      ['GC1_2_1', 'Kế hoạch điều chỉnh', 'Kế hoạch điều chỉnh'],
    ];
    for (const [name, read, expected] of cases) {
      expect({ name, read, excel: keptInExcel(name, read) }).toEqual({ name, read, excel: expected });
      expect({ name, read, sheets: keptInSheets(name, read) }).toEqual({ name, read, sheets: expected });
    }
  });

  it('keeps a header default a person emptied empty (the layout wrote it there before), in Excel and in Sheets', () => {
    for (const name of ['TTC_signerForm', 'TTC_signerTitle', 'TTC_unitKind']) {
      expect(at(sheetOf(name).sheet.values, sheetOf(name).cell)).not.toBeNull();
      for (const read of ['', '   ']) {
        expect({ name, excel: keptInExcel(name, read), sheets: keptInSheets(name, read) }).toEqual({ name, excel: null, sheets: null });
      }
    }
  });

  it('leaves the plan alone where nothing was typed', () => {
    const { sheet, cell } = sheetOf('BM1_2_2');
    const fresh = at(sheet.values, cell);
    for (const read of [null, undefined, '', '   ']) {
      expect(keptInExcel('BM1_2_2', read)).toBe(fresh);
      expect(keptInSheets('BM1_2_2', read)).toBe(fresh);
    }
  });
});
