// A hand-made two-sheet plan (Biểu mẫu 6 and a header cell) that exercises every part of a SheetPlan without the layout builder.
import type { PlanValue, SheetPlan, WorkbookPlan } from '../../../../src/core/layout/types';

const margins = { top: 0.8, bottom: 0.8, left: 1.2, right: 0.6 };

/** Biểu mẫu 6 with the given inputs in D3 (row 1, plan) and D4 (row 2, disbursed); D2 is the ratio. */
export function tinyPlan(plan: PlanValue, done: PlanValue, note: PlanValue = null): WorkbookPlan {
  const form: SheetPlan = {
    name: 'Biểu mẫu 6',
    rows: 4,
    columns: 5,
    values: [
      ['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số lượng/Tỷ lệ', 'Ghi chú'],
      ['', 'Tỷ lệ thực hiện Kế hoạch giải ngân vốn đầu tư công', '%', null, null],
      ['1.', 'Kế hoạch được giao', 'Triệu đồng', plan, note],
      ['2.', 'Đã thực hiện', 'Triệu đồng', done, null],
    ],
    formulas: [
      [null, null, null, null, null],
      [null, null, null, '=IF(OR(D3="",D3=0,D4=""),"",ROUND(D4/D3*100,1))', null],
      [null, null, null, null, null],
      [null, null, null, null, null],
    ],
    numberFormats: [
      ['@', '@', '@', '@', '@'],
      ['@', '@', '@', '0.0', '@'],
      ['@', '@', '@', '#,##0.00', '@'],
      ['@', '@', '@', '#,##0.00', '@'],
    ],
    merges: [],
    columnWidths: [6, 60, 14, 14, 20],
    styles: [
      { range: 'A1:E4', style: { border: true, wrap: true, fontSize: 12 } },
      { range: 'A1:E1', style: { bold: true, hAlign: 'center' } },
      { range: 'D3:D4', style: { fill: '#FFF2CC', hAlign: 'right' } },
    ],
    inputs: ['D3:D4', 'E2:E4'],
    validations: [
      {
        range: 'D3:D4',
        rule: { type: 'decimal', min: 0 },
        allowBlank: true,
        promptTitle: 'Triệu đồng',
        prompt: 'Nhập số tiền (triệu đồng), không âm.',
        errorTitle: 'Số tiền không hợp lệ',
        error: 'Chỉ nhập số không âm.',
      },
    ],
    names: [
      { name: 'BM6_0', cell: 'D2' },
      { name: 'BM6_1', cell: 'D3' },
      { name: 'BM6_2', cell: 'D4' },
    ],
    protect: true,
    print: { paperSize: 'A4', orientation: 'portrait', fitToWidth: true, printTitleRows: '1:1', margins },
    rowHeights: [{ row: 2, height: 33 }],
    freezeRows: 1,
  };
  const info: SheetPlan = {
    name: 'Thông tin chung',
    rows: 2,
    columns: 2,
    values: [
      ['Tên xã', 'Hòa Phong'],
      ['Phiên bản', '1'],
    ],
    formulas: [
      [null, null],
      [null, null],
    ],
    numberFormats: [
      ['@', '@'],
      ['@', '@'],
    ],
    merges: [],
    columnWidths: [20, 40],
    styles: [],
    inputs: ['B1'],
    validations: [
      {
        range: 'B1',
        rule: { type: 'textLength', max: 100 },
        allowBlank: false,
        promptTitle: 'Tên xã',
        prompt: 'Tên xã, không kèm chữ "xã".',
        errorTitle: 'Tên quá dài',
        error: 'Tên xã dài quá 100 ký tự.',
      },
    ],
    names: [
      { name: 'TTC_unit', cell: 'B1' },
      { name: 'CCHC_TEMPLATE_VERSION', cell: 'B2' },
    ],
    protect: false,
    print: { paperSize: 'A4', orientation: 'portrait', fitToWidth: false, margins },
  };
  return { templateVersion: '1', sheets: [info, form] };
}
