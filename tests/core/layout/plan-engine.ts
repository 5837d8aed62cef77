// Test helper: loads a workbook plan into HyperFormula (a real formula engine) and reads named cells back as a host would.
import { HyperFormula } from 'hyperformula';
import { columnLetter, parseCellAddress } from '../../../src/core/layout/a1';
import { argumentSeparatorOf, formulaForLocale } from '../../../src/core/layout/sheets-formula';
import type { WorkbookPlan } from '../../../src/core/layout/types';

/**
 * The content a host writes: the formula where there is one (in `locale`'s separators, as the Sheets host writes it), else the
 * value; text is stored as text ("'" keeps "12" or "1.234" from being parsed).
 */
function sheetContent(sheet: WorkbookPlan['sheets'][number], locale: string | undefined): (string | number | null)[][] {
  return sheet.values.map((row, r) =>
    row.map((v, c) => {
      const f = sheet.formulas[r]?.[c];
      if (f) return locale === undefined ? f : formulaForLocale(f, locale);
      return typeof v === 'string' ? `'${v}` : v;
    }),
  );
}

export interface PlanEngine {
  readonly hf: HyperFormula;
  /** The calculated value of a named cell: number, text, or null for an empty cell or an empty-string result. */
  valueOf(name: string): number | string | boolean | null;
  /** Every named cell's calculated value, as a host hands them to the reader. */
  namedValues(): Record<string, unknown>;
}

/** HyperFormula reading formulas as a spreadsheet whose decimal mark is "," does (Vietnam's): ";" between arguments. */
const SEMICOLON_SYNTAX = { functionArgSeparator: ';', decimalSeparator: ',', thousandSeparator: '.', arrayColumnSeparator: ',', arrayRowSeparator: '|' } as const;

/** `locale`: the formulas as the Sheets host writes them for a spreadsheet of that locale, read with its separators. */
export function loadPlan(plan: WorkbookPlan, locale?: string): PlanEngine {
  const sheets = Object.fromEntries(plan.sheets.map((s) => [s.name, sheetContent(s, locale)]));
  // The form cells' workbook-level names, as a spreadsheet defines them: a formula may read a row of another form by its name.
  const named = plan.sheets.flatMap((s) =>
    s.names.filter((n) => /^BM\d+_/u.test(n.name)).map((n) => {
      const { row, col } = parseCellAddress(n.cell);
      return { name: n.name, expression: `='${s.name}'!$${columnLetter(col)}$${row}` };
    }),
  );
  const syntax = locale !== undefined && argumentSeparatorOf(locale) === ';' ? SEMICOLON_SYNTAX : {};
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', ...syntax }, named);
  const where = new Map<string, { sheet: number; row: number; col: number }>();
  for (const s of plan.sheets) {
    const sheet = hf.getSheetId(s.name);
    if (sheet === undefined) throw new Error(`no sheet ${s.name}`);
    for (const n of s.names) {
      const { row, col } = parseCellAddress(n.cell);
      where.set(n.name, { sheet, row: row - 1, col: col - 1 });
    }
  }
  const valueOf = (name: string): number | string | boolean | null => {
    const at = where.get(name);
    if (!at) throw new Error(`no name ${name}`);
    const v = hf.getCellValue(at);
    if (v === null || v === '') return null;
    if (typeof v === 'object') throw new Error(`${name}: formula error ${JSON.stringify(v)}`);
    return v;
  };
  return {
    hf,
    valueOf,
    namedValues: () => Object.fromEntries([...where.keys()].map((n) => [n, valueOf(n)])),
  };
}
