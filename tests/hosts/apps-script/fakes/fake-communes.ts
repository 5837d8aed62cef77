// Communes' own spreadsheets for the district's Tổng hợp: each laid out from a commune's data as the template's layout leaves it, and reachable by id through the fake Sheets API.
import type { FormCatalogue } from '../../../../src/core/forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../../../../src/core/forms/builtin';
import type { SheetPlan } from '../../../../src/core/layout/types';
import * as fs from 'fs';
import * as path from 'path';
import type { Period, ReportData } from '../../../../src/core/data/types';
import { buildWorkbookPlan } from '../../../../src/core/layout/build-workbook-plan';
import { gridRangeOf } from '../../../../src/hosts/apps-script/a1-cells';
import { sheetContents } from '../../../../src/hosts/apps-script/sheet-grids';
import type { CallLog } from './call-log';
import type { FakeEnv } from './fake-env';
import { FakeSheet, FakeSpreadsheet, parseInput } from './fake-spreadsheet';

export const SAMPLE: ReportData = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../examples/xa-hoa-phong.json'), 'utf8'));

/**
 * The sample commune renamed, its counts and amounts multiplied by `k` (so parts stay within their
 * wholes and the rules still pass), optionally of another period.
 */
export function communeData(name: string, k: number, period: Period = SAMPLE.meta.period): ReportData {
  const forms: Record<string, Record<string, unknown>> = {};
  for (const form of BUILTIN_CATALOGUE.forms) {
    const values = SAMPLE.forms[`${form.number}`];
    if (!values) continue;
    const out: Record<string, unknown> = { ...values };
    for (const row of form.rows) {
      const v = values[row.key];
      if ((row.kind === 'count' || row.kind === 'money') && typeof v === 'number') out[row.key] = v * k;
    }
    forms[`${form.number}`] = out;
  }
  return { ...SAMPLE, meta: { ...SAMPLE.meta, unit: name, place: name, period }, forms } as ReportData;
}

let sheetIds = 5000;

/**
 * A spreadsheet holding `sheets` as a layout leaves them: each plan value written as setValues
 * would write it (the same parsing as the fake's setValues), formulas, number formats, defined
 * names, and a hidden sheet hidden.
 */
export function planSpreadsheet(log: CallLog, id: string, sheets: readonly SheetPlan[]): FakeSpreadsheet {
  const ss = new FakeSpreadsheet(log, id);
  ss.sheets = [];
  for (const p of sheets) {
    const sheet = new FakeSheet(ss, p.name, sheetIds++);
    ss.sheets.push(sheet);
    sheet.hidden = p.hidden === true;
    const contents = sheetContents(p);
    for (let r = 0; r < p.rows; r++) {
      for (let c = 0; c < p.columns; c++) {
        const format = p.numberFormats[r]?.[c];
        const content = contents[r]?.[c] ?? '';
        if (content === '') continue;
        const cell = sheet.cell(r, c);
        if (format !== undefined) cell.format = format;
        const parsed = parseInput(content, format, ss.timeZone);
        cell.content = parsed.content;
        if (parsed.formula) cell.formula = parsed.formula;
      }
    }
    for (const n of p.names) ss.namedRanges.push({ namedRangeId: `nr-${id}-${n.name}`, name: n.name, range: gridRangeOf(n.cell, sheet.id) });
  }
  return ss;
}

/** A commune's copy as Lập biểu mẫu leaves it, laid out by `catalogue` (its set carried in its hidden sheet when not the built-in one). */
export function communeSpreadsheet(log: CallLog, id: string, data: ReportData, catalogue: FormCatalogue = BUILTIN_CATALOGUE): FakeSpreadsheet {
  return planSpreadsheet(log, id, buildWorkbookPlan(data, catalogue).sheets);
}

/** A link as the Share dialog gives it. */
export const linkOf = (id: string): string => `https://docs.google.com/spreadsheets/d/${id}/edit?usp=sharing`;

/** Commune ids long enough to be Drive ids. */
export const communeId = (i: number): string => `1CommuneSpreadsheet${String(i).padStart(4, '0')}abcdefghijKLMNOP`;

/** Fills the district's `Danh sách đơn vị` (created by a first Tổng hợp) with names and links from row 3. */
export function fillUnitList(env: FakeEnv, rows: readonly (readonly [string, string])[]): void {
  const sheet = env.ss.sheet('Danh sách đơn vị');
  rows.forEach(([name, link], i) => {
    sheet.type(`A${3 + i}`, name);
    sheet.type(`B${3 + i}`, link);
  });
}
