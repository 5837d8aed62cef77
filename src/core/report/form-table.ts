// One form as an appendix table: the official columns, section rows bold; the value and last columns given by the caller.
import type { FormDef, FormRow } from '../forms/types';
import { COMMON_TEXT } from '../i18n/common';
import type { AppendixRow, AppendixTable } from './model';

export interface FormTableColumns {
  readonly header: AppendixTable['header'];
  readonly columnShares: AppendixTable['columnShares'];
  readonly columnAlign: AppendixTable['columnAlign'];
  /** The texts of the value column and of the last column for one row. */
  readonly cellsOf: (row: FormRow) => readonly [value: string, last: string];
  /** A row's label where it depends on the report (Biểu mẫu 1 row 4 names the superior's level); the form's label otherwise. */
  readonly labelOf?: (row: FormRow) => string;
  /** The table's title as printed; capitals unless given (the commune appendix keeps the official form's case). */
  readonly titleOf?: (form: FormDef) => string;
  /** A line between the title and the table ("Kết quả thống kê" in the commune appendix). */
  readonly resultLine?: string;
}

export function formTable(form: FormDef, columns: FormTableColumns): AppendixTable {
  // A row the set does not print (`In ra: không`) is left out of the table.
  const rows: AppendixRow[] = form.rows.filter((row) => row.printed !== false).map((row) => ({
    key: row.key,
    cells: [row.stt, columns.labelOf?.(row) ?? row.label, row.unit, ...columns.cellsOf(row)],
    bold: row.kind === 'section',
    computed: row.kind === 'ratio' || row.kind === 'sum',
  }));
  return {
    form: form.number,
    caption: { text: COMMON_TEXT.formName(form.number), style: 'tableCaption' },
    title: { text: columns.titleOf?.(form) ?? form.title.toLocaleUpperCase('vi'), style: 'tableTitle' },
    ...(columns.resultLine ? { resultLine: { text: columns.resultLine, style: 'tableResultLine' as const } } : {}),
    header: columns.header,
    columnShares: columns.columnShares,
    columnAlign: columns.columnAlign,
    headerStyle: 'tableHeader',
    cellStyle: 'tableCell',
    rows,
  };
}
