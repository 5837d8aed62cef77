// Biểu mẫu 6 — Cải cách tài chính công.
import { money, ratio } from './row-builders';
import type { FormDef } from './types';

export const FORM_6: FormDef = {
  number: 6,
  title: 'Cải cách tài chính công',
  rows: [
    ratio('0', 'Tỷ lệ thực hiện Kế hoạch giải ngân vốn đầu tư công', '2', '1', { printed: false }),
    money('1', 'Kế hoạch được giao'),
    money('2', 'Đã thực hiện'),
  ],
};
