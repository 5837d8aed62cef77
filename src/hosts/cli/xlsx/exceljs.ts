// ExcelJS's in-memory Workbook, loaded without the package entry's streaming reader and writer.
import type * as ExcelJSTypes from 'exceljs';

export type ExcelJSRuntime = Pick<typeof ExcelJSTypes, 'Workbook' | 'ValueType'>;

/**
 * The package entry also loads the streaming reader and writer (unzipper, archiver): about half
 * a second of start-up on every `cchc check`, for code the CLI never runs. ExcelJS 4 has no
 * "exports" map, so its own modules can be required directly; if a later version closes them,
 * the full entry still works.
 */
function loadExcelJS(): ExcelJSRuntime {
  try {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const Workbook = require('exceljs/lib/doc/workbook') as typeof ExcelJSTypes.Workbook;
    const { ValueType } = require('exceljs/lib/doc/enums') as Pick<typeof ExcelJSTypes, 'ValueType'>;
    return { Workbook, ValueType };
  } catch {
    return require('exceljs') as typeof ExcelJSTypes;
    /* eslint-enable @typescript-eslint/no-require-imports */
  }
}

export const ExcelJS: ExcelJSRuntime = loadExcelJS();
