// A province's form set in the fake Drive: its authoring spreadsheet (as `cchc forms export` lays the workbook out, in Google Sheets), or its .xlsx uploaded to Drive.
import { buildAuthoringPlan } from '../../../../src/core/forms/authoring-plan';
import type { FormSetDef } from '../../../../src/core/forms/form-set';
import { authoringWorkbookBytes } from '../../../../src/hosts/cli/xlsx/write-authoring-workbook';
import { loadWorkbook } from '../../../../src/hosts/cli/xlsx/load-workbook';
import { cellPlainValue } from '../../../../src/hosts/shared/xlsx-named-cells';
import { planSpreadsheet } from './fake-communes';
import { SHEETS_MIME, XLSX_MIME, type FakeEnv } from './fake-env';
import { FakeSheet, midnightIn } from './fake-spreadsheet';

export const AUTHORING_ID = '1AuthoringSpreadsheetOfTheProvince000abcdef';
export const XLSX_ID = '1UploadedAuthoringWorkbookXlsx0000000abcdef';

/** The authoring spreadsheet of `set` shared with the user: its link as the Share dialog gives it. */
export function shareAuthoring(env: FakeEnv, set: FormSetDef, id = AUTHORING_ID): string {
  const ss = planSpreadsheet(env.log, id, buildAuthoringPlan(set).sheets);
  env.app.others.set(id, ss);
  env.drive.add(id, 'Bộ biểu mẫu của tỉnh', env.drive.folder).mimeType = SHEETS_MIME;
  return `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;
}

let sheetIds = 9000;

/**
 * The authoring workbook of `set` as `cchc forms export` writes it, uploaded to Drive as an .xlsx.
 * Drive's conversion to Google Sheets is Google's: the fake stands for it with the workbook's own
 * cells read back by ExcelJS (text, numbers, booleans; a date cell becomes the date at midnight
 * in the spreadsheet's zone, as getValues gives a date).
 */
export async function uploadXlsx(env: FakeEnv, set: FormSetDef, id = XLSX_ID): Promise<string> {
  const wb = await loadWorkbook(await authoringWorkbookBytes(set));
  const file = env.drive.add(id, 'bo-bieu-mau.xlsx', env.drive.folder);
  file.mimeType = XLSX_MIME;
  file.converted = (ss) => {
    ss.sheets = wb.worksheets.map((ws) => {
      const sheet = new FakeSheet(ss, ws.name, sheetIds++);
      ws.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const v = cellPlainValue(cell);
          if (v === null || v === '') return;
          sheet.rawCell(r - 1, c - 1).content = v instanceof Date ? midnightIn(ss.timeZone, v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()) : v;
        }),
      );
      return sheet;
    });
  };
  return `https://drive.google.com/file/d/${id}/view?usp=sharing`;
}
