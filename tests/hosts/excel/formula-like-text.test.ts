// Header and narrative texts starting with "=", "+", "-" or "@" stay text when Excel lays out a workbook from report data.
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { applyWorkbookPlan, type LayoutDeps } from '../../../src/hosts/excel/apply-plan';
import { cellContents } from '../../../src/hosts/excel/queue-sheet-writes';
import { FORMULA_LIKE, formulaLikeData } from '../../fixtures/formula-like-data';
import { fakeExcel } from './fake-excel';

describe('Excel layout of formula-like header and narrative text', () => {
  const plan = buildWorkbookPlan(formulaLikeData());
  const where = (name: string): { sheet: string; cell: string } => {
    for (const s of plan.sheets) {
      const n = s.names.find((x) => x.name === name);
      if (n) return { sheet: s.name, cell: n.cell };
    }
    throw new Error(`no name ${name}`);
  };

  it('stores each as the same text, never a formula', async () => {
    const { state, asExcel } = fakeExcel();
    const deps: LayoutDeps = { buildPlan: () => plan, readData: () => null, supports: () => true };
    await applyWorkbookPlan(asExcel, deps);
    for (const [name, text] of Object.entries(FORMULA_LIKE)) {
      const at = where(name);
      const cell = state.sheets.find((s) => s.name === at.sheet)?.cells.get(at.cell);
      expect({ name, value: cell?.value, formula: cell?.formula, format: cell?.numberFormat }).toEqual({ name, value: text, formula: undefined, format: '@' });
    }
  });

  it('writes them through range.formulas as text-format literals, and the same text in a General cell behind an apostrophe', () => {
    for (const [name, text] of Object.entries(FORMULA_LIKE)) {
      const at = where(name);
      const sheet = plan.sheets.find((s) => s.name === at.sheet)!;
      const [, col = '', row = ''] = /^([A-Z]+)(\d+)$/.exec(at.cell) ?? [];
      const r = Number(row) - 1;
      const c = col.charCodeAt(0) - 65;
      expect(cellContents(sheet)[r]?.[c]).toBe(text);
      const general = { ...sheet, numberFormats: sheet.numberFormats.map((x) => x.map(() => 'General')) };
      expect(cellContents(general)[r]?.[c]).toBe(`'${text}`);
    }
  });
});
