// Messages of report data validation (JSON and the workbook's header), of the form definitions' own check, and of JSON syntax errors.
import { COMMON_TEXT } from './common';

const { formName } = COMMON_TEXT;

export const DATA_TEXT = {
  dateFormat: 'ngày phải viết theo dạng YYYY-MM-DD, ví dụ 2023-06-09',
  dateImpossible: 'ngày không có thật',
  required: 'không được để trống',
  unknownRow: (form: number, key: string): string => `${formName(form)} không có dòng ${key}`,
  unknownFields: (path: string, keys: readonly string[]): string => `${path ? path + ': ' : ''}trường không được hỗ trợ: ${keys.join(', ')}`,
  atPath: (path: string, message: string): string => `${path || '(gốc)'}: ${message}`,
  rowKeyFormat: 'khoá dòng phải có dạng 1, 2.1, 3.2.1',
  duplicateRow: (form: number, key: string): string => `${formName(form)}: dòng ${key} bị trùng`,
  computedFromNonNumeric: (form: number, key: string, ref: string): string =>
    `${formName(form)}: dòng ${key} tính từ dòng ${ref}, không phải dòng số liệu`,
  invalidForm: (form: number, problems: string): string => `Định nghĩa ${formName(form)} không hợp lệ: ${problems}`,
  noSuchForm: (form: number): string => `Không có ${formName(form)}`,
  /** Where JSON text stops being JSON (JSON.parse says it in English). */
  jsonSyntaxAt: (line: number, column: number): string => `lỗi cú pháp ở dòng ${line}, cột ${column}`,
  jsonEnded: 'tệp kết thúc giữa chừng',
  jsonSyntax: 'lỗi cú pháp',
} as const;
