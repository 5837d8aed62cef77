// The workbook plan's structure: sheet order, table texts, names, inputs, validation, protection and print setup.
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import sample from '../../../examples/xa-hoa-phong.json';
import type { ReportData } from '../../../src/core/data/types';
import { NARRATIVE_KEYS } from '../../../src/core/data/types';
import { definedName } from '../../../src/core/forms/catalogue';
import { isComputedRow, isInputRow } from '../../../src/core/forms/types';
import { parseCellAddress } from '../../../src/core/layout/a1';
import { buildWorkbookPlan, cellLocator, namedCellAddresses } from '../../../src/core/layout/build-workbook-plan';
import { INFO_FIELDS, TEMPLATE_VERSION, TEMPLATE_VERSION_NAME, infoCellName, narrativeCellName, noteCellName } from '../../../src/core/layout/names';
import type { SheetPlan, Validation } from '../../../src/core/layout/types';

const SAMPLE = sample as unknown as ReportData;
const plan = buildWorkbookPlan(SAMPLE);
const empty = buildWorkbookPlan();
const sheet = (name: string, p = plan): SheetPlan => {
  const s = p.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const at = (s: SheetPlan, a1: string) => {
  const { row, col } = parseCellAddress(a1);
  return { value: s.values[row - 1]?.[col - 1], formula: s.formulas[row - 1]?.[col - 1], format: s.numberFormats[row - 1]?.[col - 1] };
};
/** Every cell of an A1 range ("D5:D9" or "D5"). */
function cellsOf(range: string): string[] {
  const [a, b = a] = range.split(':') as [string, string?];
  const p = parseCellAddress(a);
  const q = parseCellAddress(b ?? a);
  const out: string[] = [];
  for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) out.push(`${String.fromCharCode(64 + c)}${r}`);
  return out;
}
const covered = (ranges: readonly string[]): Set<string> => new Set(ranges.flatMap(cellsOf));
const nameCell = (s: SheetPlan, name: string): string | undefined => s.names.find((n) => n.name === name)?.cell;

describe('buildWorkbookPlan: sheets', () => {
  it('lays out the sheets in the CONTRACTS order', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      'Thông tin chung', 'Biểu mẫu 1', 'Biểu mẫu 2', 'Biểu mẫu 3', 'Biểu mẫu 4', 'Biểu mẫu 5', 'Biểu mẫu 6', 'Biểu mẫu 7', 'Thuyết minh',
    ]);
    expect(plan.templateVersion).toBe(TEMPLATE_VERSION);
  });

  it('gives every block exactly rows × columns cells', () => {
    for (const s of [...plan.sheets, ...empty.sheets]) {
      for (const block of [s.values, s.formulas, s.numberFormats]) {
        expect(block).toHaveLength(s.rows);
        for (const line of block) expect(line).toHaveLength(s.columns);
      }
      expect(s.columnWidths).toHaveLength(s.columns);
    }
  });

  it('protects every sheet and prints it on A4 portrait, fitted to the width, within Nghị định 30 margins', () => {
    for (const s of plan.sheets) {
      expect(s.protect).toBe(true);
      expect(s.print.paperSize).toBe('A4');
      expect(s.print.orientation).toBe('portrait');
      expect(s.print.fitToWidth).toBe(true);
      // 20–25 mm top and bottom, 30–35 mm left, 15–20 mm right.
      expect(s.print.margins.top * 25.4).toBeGreaterThanOrEqual(19.9);
      expect(s.print.margins.left * 25.4).toBeGreaterThanOrEqual(29.9);
      expect(s.print.margins.right * 25.4).toBeGreaterThanOrEqual(14.9);
      expect(s.print.margins.right * 25.4).toBeLessThanOrEqual(20.1);
    }
  });

  it('writes every text in NFC', () => {
    for (const s of plan.sheets) {
      for (const v of s.values.flat()) if (typeof v === 'string') expect(v).toBe(v.normalize('NFC'));
      for (const v of s.validations) for (const t of [v.prompt, v.error, v.promptTitle, v.errorTitle]) expect(t).toBe(t.normalize('NFC'));
    }
  });

  it('is pure: the same data gives the same plan, and the data is not touched', () => {
    const copy = JSON.parse(JSON.stringify(SAMPLE));
    expect(buildWorkbookPlan(SAMPLE)).toEqual(plan);
    expect(SAMPLE).toEqual(copy);
  });
});

describe('buildWorkbookPlan: form sheets', () => {
  it.each(BUILTIN_CATALOGUE.forms.map((f) => [f.number, f] as const))('Biểu mẫu %i has its title block and the official header on row 4', (n, form) => {
    const s = sheet(`Biểu mẫu ${n}`);
    expect(at(s, 'A1').value).toBe(`Biểu mẫu ${n}`);
    expect(at(s, 'A2').value).toBe(form.title);
    expect(at(s, 'A3').value).toBe('Kết quả thống kê');
    expect(s.merges).toEqual(expect.arrayContaining(['A1:E1', 'A2:E2', 'A3:E3']));
    expect(['A4', 'B4', 'C4', 'D4', 'E4'].map((a) => at(s, a).value)).toEqual(['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số lượng/Tỷ lệ', 'Ghi chú']);
    expect(s.print.printTitleRows).toBe('4:4');
    expect(s.rows).toBe(4 + form.rows.length);
    expect(s.styles.some((x) => x.range === 'A1:E1' && x.style.bold)).toBe(true);
    expect(s.styles.some((x) => x.range === 'A2:E2' && x.style.bold)).toBe(true);
    expect(s.styles.some((x) => x.range === `A4:E${s.rows}` && x.style.border)).toBe(true);
  });

  it('puts BM1 row 2.2 in D8, as the CONTRACTS example finding says', () => {
    expect(nameCell(sheet('Biểu mẫu 1'), 'BM1_2_2')).toBe('D8');
    expect(cellLocator(plan)(1, '2.2')).toBe("'Biểu mẫu 1'!D8");
    expect(cellLocator(plan)(6, '0')).toBe("'Biểu mẫu 6'!D5");
    expect(cellLocator(plan)(3, '1.1')).toBe("'Biểu mẫu 3'!D6");
    expect(cellLocator(plan)(1, '9.9')).toBeNull();
    expect(cellLocator(plan)(1, '3')).toBeNull(); // a section row has no value cell
  });

  it("names the superior body's level in Biểu mẫu 1 row 4 when laid out from data, and keeps the form's label in an empty template", () => {
    const row4 = (p: typeof plan): unknown => at(p.sheets.find((x) => x.name === 'Biểu mẫu 1')!, 'B14').value;
    expect(row4(empty)).toBe('Thực hiện nhiệm vụ của UBND huyện, Chủ tịch UBND huyện giao');
    expect(row4(buildWorkbookPlan({ ...SAMPLE, meta: { ...SAMPLE.meta, superior: 'UBND thành phố Hải Phòng' } }))).toBe(
      'Thực hiện nhiệm vụ của UBND thành phố, Chủ tịch UBND thành phố giao',
    );
  });

  it.each(BUILTIN_CATALOGUE.forms.map((f) => [f.number, f] as const))('Biểu mẫu %i: one row per form row, in order, each value cell named, typed and guarded', (n, form) => {
    const s = sheet(`Biểu mẫu ${n}`);
    const inputs = covered(s.inputs);
    const validated = new Map<string, Validation>();
    for (const v of s.validations) for (const c of cellsOf(v.range)) {
      expect(validated.has(c)).toBe(false);
      validated.set(c, v);
    }
    form.rows.forEach((row, i) => {
      const r = 5 + i;
      const d = `D${r}`;
      expect(at(s, `A${r}`).value).toBe(row.stt);
      // The sample reports to UBND tỉnh Quảng Ngãi: Biểu mẫu 1 row 4 names that level, every other label is the form's.
      expect(at(s, `B${r}`).value).toBe(n === 1 && row.key === '4' ? 'Thực hiện nhiệm vụ của UBND tỉnh, Chủ tịch UBND tỉnh giao' : row.label);
      expect(at(s, `C${r}`).value).toBe(row.unit);
      expect(inputs.has(`E${r}`)).toBe(true); // Ghi chú is always open
      expect(nameCell(s, noteCellName(n, row.key))).toBe(`E${r}`);
      expect(at(s, `E${r}`).format).toBe('@');
      if (row.kind === 'section') {
        expect(s.names.some((x) => x.cell === d)).toBe(false);
        expect(at(s, `E${r}`).value).toBeNull();
        expect(inputs.has(d)).toBe(false);
        expect(s.styles.some((x) => x.range === `A${r}:C${r}` && x.style.bold)).toBe(true);
        return;
      }
      expect(nameCell(s, definedName(n, row.key))).toBe(d);
      if (isComputedRow(row)) {
        expect(at(s, d).formula).toMatch(/^=IF\(/);
        expect(at(s, d).value).toBeNull();
        expect(inputs.has(d)).toBe(false);
        expect(validated.has(d)).toBe(false);
        expect(at(s, d).format).toBe(row.kind === 'ratio' ? '0.0' : '0');
      } else if (isInputRow(row)) {
        expect(at(s, d).formula).toBeNull();
        expect(inputs.has(d)).toBe(true);
        expect(s.styles.some((x) => x.range === d && x.style.fill)).toBe(true);
        const v = validated.get(d);
        expect(v?.allowBlank).toBe(true);
        const format = { count: '0', money: '#,##0.00', percent: '0.0', code: '0' }[row.kind];
        expect(at(s, d).format).toBe(format);
        if (row.kind === 'count') expect(v?.rule).toEqual({ type: 'whole', min: 0 });
        if (row.kind === 'money') expect(v?.rule).toEqual({ type: 'decimal', min: 0 });
        if (row.kind === 'percent') expect(v?.rule).toEqual({ type: 'decimal', min: 0, max: 100 });
        if (row.kind === 'code') {
          expect(v?.rule).toEqual({ type: 'list', values: row.codes.map((c) => String(c.value)) });
          expect(v?.prompt).toContain(row.unit); // the legend, e.g. "Có = 1; Không = 0"
        }
      }
    });
    // Nothing else is open: the computed cells and labels stay locked.
    expect(inputs.size).toBe(form.rows.length + form.rows.filter(isInputRow).length);
  });

  it('keeps validation texts within what Excel accepts (titles ≤ 32, texts ≤ 255 characters)', () => {
    for (const s of plan.sheets) for (const v of s.validations) {
      expect(v.promptTitle.length).toBeLessThanOrEqual(32);
      expect(v.errorTitle.length).toBeLessThanOrEqual(32);
      expect(v.prompt.length).toBeLessThanOrEqual(255);
      expect(v.error.length).toBeLessThanOrEqual(255);
      if (v.rule.type === 'list') expect(v.rule.values.join(',').length).toBeLessThanOrEqual(255);
    }
  });

  it('fills input cells from the data, keeps typed text and leaves absent values empty', () => {
    const data: ReportData = { ...SAMPLE, forms: { '1': { '2.1': 37, '2.2': 'hai mốt' }, '6': { '1': 3000.25 } } };
    const p = buildWorkbookPlan(data);
    const s1 = sheet('Biểu mẫu 1', p);
    expect(at(s1, 'D7').value).toBe(37);
    expect(at(s1, 'D8').value).toBe('hai mốt');
    expect(at(s1, 'D5').value).toBeNull();
    expect(at(sheet('Biểu mẫu 6', p), 'D6').value).toBe(3000.25);
    expect(at(sheet('Biểu mẫu 1'), 'D7').value).toBe(40); // sample: 2.1 = 40
  });

  it('writes each note into the Ghi chú cell of its row, section rows too, still open for typing', () => {
    const data: ReportData = {
      ...SAMPLE,
      notes: { '1': { '2.1': 'Kế hoạch điều chỉnh tháng 4', '3': 'Chưa kiểm tra' }, '7': { '6.8.2': '12' } },
    };
    const p = buildWorkbookPlan(data);
    const s1 = sheet('Biểu mẫu 1', p);
    const s7 = sheet('Biểu mẫu 7', p);
    const note1 = nameCell(s1, 'GC1_2_1') as string;
    const section = nameCell(s1, 'GC1_3') as string;
    const note7 = nameCell(s7, 'GC7_6_8_2') as string;
    expect(note1).toBe('E7'); // beside BM1_2_1 in D7
    expect(nameCell(s1, 'BM1_2_1')).toBe('D7');
    expect(at(s1, note1)).toEqual({ value: 'Kế hoạch điều chỉnh tháng 4', formula: null, format: '@' });
    expect(at(s1, section).value).toBe('Chưa kiểm tra');
    expect(at(s7, note7)).toEqual({ value: '12', formula: null, format: '@' }); // text, never a number
    for (const [s, cell] of [[s1, note1], [s1, section], [s7, note7]] as const) expect(covered(s.inputs).has(cell)).toBe(true);
    // Rows without a note stay empty.
    expect(at(s1, nameCell(s1, 'GC1_2_2') as string).value).toBeNull();
    expect(at(sheet('Biểu mẫu 2', p), 'E5').value).toBeNull();
    // Only the notes change: the rest of the plan is the one built without them.
    expect(p.sheets.map((x) => x.names)).toEqual(plan.sheets.map((x) => x.names));
  });

  it('does not write a value typed into a computed row of the data: the formula decides', () => {
    const p = buildWorkbookPlan({ ...SAMPLE, forms: { '1': { '2': 78, '2.1': 37, '2.2': 21 } } });
    expect(at(sheet('Biểu mẫu 1', p), 'D6').value).toBeNull();
    expect(at(sheet('Biểu mẫu 1', p), 'D6').formula).toBe('=IF(AND(ISNUMBER(D7),ISNUMBER(D8)),IF(D7=0,"",ROUND(D8/D7*100,1)),"")');
  });
});

describe('buildWorkbookPlan: Thông tin chung', () => {
  const s = sheet('Thông tin chung');
  const valueOf = (field: (typeof INFO_FIELDS)[number], p = plan) => {
    const cell = nameCell(sheet('Thông tin chung', p), infoCellName(field));
    if (!cell) throw new Error(field);
    return at(sheet('Thông tin chung', p), cell);
  };

  it('has one named, unlocked value cell per header field, with a Vietnamese label beside it', () => {
    const inputs = covered(s.inputs);
    for (const field of INFO_FIELDS) {
      const cell = nameCell(s, infoCellName(field));
      expect(cell).toMatch(/^B\d+$/);
      expect(inputs.has(cell as string)).toBe(true);
      const label = at(s, `A${parseCellAddress(cell as string).row}`).value;
      expect(typeof label).toBe('string');
      expect(label).toMatch(/[À-ỹ]/); // Vietnamese, with diacritics
    }
    expect(s.protect).toBe(true);
  });

  it('shows the header data: period by its label, dates as dd/mm/yyyy text, recipients one per line', () => {
    expect(valueOf('unit').value).toBe('Hòa Phong');
    expect(valueOf('unitKind').value).toBe('xã');
    expect(valueOf('period').value).toBe('6 tháng đầu năm');
    expect(valueOf('year').value).toBe(2026);
    expect(valueOf('date').value).toBe('08/06/2026');
    expect(valueOf('date').format).toBe('@');
    expect(valueOf('dataFrom').value).toBe('15/12/2025');
    expect(valueOf('signerName').value).toBe('Trần Văn Minh');
    expect(valueOf('recipients').value).toBe(SAMPLE.meta.recipients?.join('\n'));
    expect(valueOf('reportNumber').format).toBe('@');
  });

  it('lays out the former units (Đơn vị cũ) one per line in their own named, unlocked cell, empty when there are none', () => {
    const withFormer = buildWorkbookPlan({ ...SAMPLE, meta: { ...SAMPLE.meta, formerUnits: ['xã Thái Học', 'thị trấn Kẻ Sặt'] } });
    const info = sheet('Thông tin chung', withFormer);
    const cell = nameCell(info, 'TTC_formerUnits') ?? '';
    expect(at(info, cell).value).toBe('xã Thái Học\nthị trấn Kẻ Sặt');
    expect(info.inputs).toContain(cell);
    expect(valueOf('formerUnits').value).toBeNull();
  });

  it('offers drop-downs for the period and the unit kind, and guards the year', () => {
    const byCell = new Map(s.validations.map((v) => [v.range, v]));
    expect(byCell.get(nameCell(s, 'TTC_period') as string)?.rule).toEqual({
      type: 'list', values: ['Quý I', '6 tháng đầu năm', 'Quý III', 'Năm'],
    });
    expect(byCell.get(nameCell(s, 'TTC_unitKind') as string)?.rule).toEqual({
      type: 'list', values: ['xã', 'phường', 'thị trấn', 'đặc khu'],
    });
    expect(byCell.get(nameCell(s, 'TTC_year') as string)?.rule).toEqual({ type: 'whole', min: 2000, max: 2100 });
  });

  it('starts an empty template with the usual unit kind and signer, and the rest empty', () => {
    expect(valueOf('unitKind', empty).value).toBe('xã');
    expect(valueOf('signerForm', empty).value).toBe('TM.');
    expect(valueOf('signerBody', empty).value).toBe('ỦY BAN NHÂN DÂN');
    expect(valueOf('signerTitle', empty).value).toBe('CHỦ TỊCH');
    expect(valueOf('unit', empty).value).toBeNull();
    expect(valueOf('period', empty).value).toBeNull();
  });

  it('records the template version in a named, locked cell', () => {
    const cell = nameCell(s, TEMPLATE_VERSION_NAME) as string;
    expect(at(s, cell).value).toBe(TEMPLATE_VERSION);
    expect(covered(s.inputs).has(cell)).toBe(false);
  });
});

describe('buildWorkbookPlan: Thuyết minh', () => {
  it('has one labelled, tall, wrapped, unlocked cell per narrative section, holding the data', () => {
    const data: ReportData = { ...SAMPLE, narrative: { 'I.1': 'Ban hành Kế hoạch CCHC năm.', V: 'Không có.' } };
    const s = sheet('Thuyết minh', buildWorkbookPlan(data));
    const inputs = covered(s.inputs);
    for (const key of NARRATIVE_KEYS) {
      const cell = nameCell(s, narrativeCellName(key)) as string;
      const row = parseCellAddress(cell).row;
      expect(inputs.has(cell)).toBe(true);
      expect(String(at(s, `A${row}`).value)).toMatch(new RegExp(`^${key.replace(/\./g, '\\.')}\\. `));
      expect(inputs.has(`A${row}`)).toBe(false);
      expect(s.rowHeights?.find((h) => h.row === row)?.height).toBeGreaterThanOrEqual(60);
    }
    expect(at(s, nameCell(s, 'TM_I_1') as string).value).toBe('Ban hành Kế hoạch CCHC năm.');
    expect(at(s, nameCell(s, 'TM_II_1') as string).value).toBeNull();
    expect(s.styles.some((x) => x.style.wrap && covered([x.range]).has(nameCell(s, 'TM_V') as string))).toBe(true);
    expect(s.protect).toBe(true);
  });
});

describe('defined names', () => {
  it('are unique across the workbook and cover every value cell, Ghi chú cell, header field, narrative section and the version', () => {
    const all = plan.sheets.flatMap((s) => s.names.map((n) => n.name));
    expect(new Set(all).size).toBe(all.length);
    const expected = [
      ...BUILTIN_CATALOGUE.forms.flatMap((f) => f.rows.filter((r) => r.kind !== 'section').map((r) => definedName(f.number, r.key))),
      ...INFO_FIELDS.map(infoCellName),
      ...NARRATIVE_KEYS.map(narrativeCellName),
      ...BUILTIN_CATALOGUE.forms.flatMap((f) => f.rows.map((r) => noteCellName(f.number, r.key))),
      TEMPLATE_VERSION_NAME,
    ];
    expect([...all].sort()).toEqual([...expected].sort());
    expect(namedCellAddresses(plan).get('GC6_0')).toBe("'Biểu mẫu 6'!E5");
    expect(namedCellAddresses(plan).get('BM3_1_1')).toBe("'Biểu mẫu 3'!D6");
    expect(namedCellAddresses(plan).get('TTC_unit')).toMatch(/^'Thông tin chung'!B\d+$/);
  });
});
