// The authoring workbook's plan read back by its reader: the same set, wherever its columns stand, and every problem at its cell.
import { buildAuthoringPlan } from '../../../src/core/forms/authoring-plan';
import type { GridCell } from '../../../src/core/forms/authoring-cells';
import { BUILTIN_SET } from '../../../src/core/forms/builtin';
import { checkFormSet } from '../../../src/core/forms/check-form-set';
import { readAuthoringGrids, type AuthoringGrids, type AuthoringRead } from '../../../src/core/forms/read-authoring-grids';
import type { FormSetDef } from '../../../src/core/forms/form-set';
import type { SetProblem } from '../../../src/core/forms/set-problem';
import { EVERY_FIELD_SET } from './every-field-set';

type Grid = GridCell[][];

function gridsOf(set: FormSetDef): Map<string, Grid> {
  return new Map(buildAuthoringPlan(set).sheets.map((s) => [s.name, s.values.map((row) => [...row])]));
}

function setOf(read: AuthoringRead): FormSetDef {
  if ('problems' in read) throw new Error(JSON.stringify(read.problems));
  return read.set;
}

function problemsOf(read: AuthoringRead): SetProblem[] {
  if (!('problems' in read)) throw new Error('read without problems');
  return read.problems;
}

/** The grid of `sheet` in `grids`, to edit. */
function sheet(grids: Map<string, Grid>, name: string): Grid {
  const g = grids.get(name);
  if (!g) throw new Error(name);
  return g;
}

/** Sets the cell at an A1 address ("F3") of a grid. */
function put(grid: Grid, a1: string, v: GridCell): void {
  const m = /^([A-Z])(\d+)$/.exec(a1);
  if (!m?.[1] || !m[2]) throw new Error(a1);
  const row = Number(m[2]) - 1;
  const col = m[1].charCodeAt(0) - 65;
  while (grid.length <= row) grid.push([]);
  const line = grid[row] ?? [];
  while (line.length <= col) line.push(null);
  line[col] = v;
}

describe('Chỉ tiêu chính written `có`, as CONTRACTS.md writes it', () => {
  it('places those ratios after the numbered ones, in the sheet order', () => {
    const grids = gridsOf(BUILTIN_SET);
    const rows = sheet(grids, 'Chỉ tiêu');
    const header = rows[0] ?? [];
    const col = header.indexOf('Chỉ tiêu chính');
    const keyCol = header.indexOf('Mã dòng');
    const formCol = header.indexOf('Biểu mẫu');
    expect([col, keyCol, formCol].every((c) => c >= 0)).toBe(true);
    for (const line of rows.slice(1)) {
      // BM1 2 (place 5) and BM3 3.3 (place 1) written `có`; BM4 3.3, not a key ratio, too.
      const at = `${line[formCol]}:${line[keyCol]}`;
      if (at === '1:2' || at === '3:3.3') line[col] = 'có';
      if (at === '4:3.3') line[col] = 'Có';
    }
    const read = setOf(readAuthoringGrids(grids));
    const places = read.forms.flatMap((f) => f.rows.filter((r) => r.keyRatio !== undefined).map((r) => [`${f.number}:${r.key}`, r.keyRatio]));
    expect(places).toEqual([
      ['1:2', 5],
      ['3:3.3', 6],
      ['4:3.3', 7],
      ['6:0', 4],
      ['7:6.7', 2],
      ['7:6.8', 3],
    ]);
  });
});

describe('the authoring workbook round trip (plan grids → reader)', () => {
  it('gives back the built-in set', () => {
    expect(setOf(readAuthoringGrids(gridsOf(BUILTIN_SET)))).toEqual(BUILTIN_SET);
  });

  it('gives back a set that uses every field', () => {
    expect(setOf(readAuthoringGrids(gridsOf(EVERY_FIELD_SET)))).toEqual(EVERY_FIELD_SET);
  });

  it('reads columns in another order, extra columns, blank rows, a title above the header row and numbers typed as text', () => {
    const grids = gridsOf(EVERY_FIELD_SET);
    for (const [name, grid] of grids) {
      const reordered: Grid = grid.map((row) => [...row].reverse().concat(['ghi chú riêng']));
      // A title above the header row, and a blank row between every item.
      const spaced: Grid = [['Tiêu đề của tỉnh'], []];
      reordered.forEach((row, i) => {
        spaced.push(i === 0 ? row : row.map((v) => (typeof v === 'number' ? String(v) : v)));
        spaced.push([null, '   ', null]);
      });
      grids.set(name, spaced);
    }
    expect(setOf(readAuthoringGrids(grids))).toEqual(EVERY_FIELD_SET);
  });

  it('reads sheet names and headers whatever their case and spacing, words with capitals, and legends written label = value', () => {
    const grids = gridsOf(EVERY_FIELD_SET);
    const rows = sheet(grids, 'Chỉ tiêu');
    grids.delete('Chỉ tiêu');
    grids.set('chỉ  tiêu ', rows);
    put(rows, 'F1', ' loại');
    put(rows, 'F2', 'Mục');
    put(rows, 'J6', 'Có = 1; Không = 0; Đang làm = 2');
    put(rows, 'K4', 'KHÔNG');
    put(rows, 'K5', true);
    const read = setOf(readAuthoringGrids(grids));
    expect(read).toEqual(EVERY_FIELD_SET);
  });

  it('records where every item was read', () => {
    const read = readAuthoringGrids(gridsOf(EVERY_FIELD_SET));
    if ('problems' in read) throw new Error('problems');
    expect(read.where.identity('version')).toEqual({ sheet: 'Thông tin', cell: 'B3' });
    expect(read.where.form(1, 'title')).toEqual({ sheet: 'Biểu mẫu', cell: 'B3' });
    // The second form's first row is the 9th row of `Chỉ tiêu` (row 10 of the sheet).
    expect(read.where.row(1, 0, 'label')).toEqual({ sheet: 'Chỉ tiêu', cell: 'D10' });
    expect(read.where.row(0, 3, 'zeroWhen')).toEqual({ sheet: 'Chỉ tiêu', cell: 'S5' });
    expect(read.where.rule(0, 'against')).toEqual({ sheet: 'Quy tắc', cell: 'D2' });
    expect(read.where.rule(1, 'against')).toEqual({ sheet: 'Quy tắc', cell: 'E3' });
    expect(read.where.sentence(2, 'template')).toEqual({ sheet: 'Câu văn', cell: 'E4' });
    expect(read.where.rule(9, 'form')).toBeNull();
  });

  it('ties rows to their form by number wherever they stand', () => {
    const grids = gridsOf(EVERY_FIELD_SET);
    const rows = sheet(grids, 'Chỉ tiêu');
    // Form 2's rows moved above form 1's.
    const [header = [], ...data] = rows;
    grids.set('Chỉ tiêu', [header, ...data.slice(8, 10), ...data.slice(0, 8), ...data.slice(10)]);
    expect(setOf(readAuthoringGrids(grids))).toEqual(EVERY_FIELD_SET);
  });
});

describe('the authoring workbook reader’s problems, each at its place', () => {
  const readWith = (edit: (grids: Map<string, Grid>) => void): SetProblem[] => {
    const grids = gridsOf(EVERY_FIELD_SET);
    edit(grids);
    return problemsOf(readAuthoringGrids(grids as AuthoringGrids));
  };

  it('a missing sheet', () => {
    expect(readWith((g) => g.delete('Quy tắc'))).toEqual([{ place: { sheet: 'Quy tắc', cell: null }, message: 'Thiếu trang tính “Quy tắc”.' }]);
  });

  it('no `Câu văn tổng hợp` sheet: no district sentences, and no problem', () => {
    const grids = gridsOf(EVERY_FIELD_SET);
    grids.delete('Câu văn tổng hợp');
    const { districtSentences, ...rest } = EVERY_FIELD_SET;
    expect(districtSentences).toHaveLength(2);
    expect(setOf(readAuthoringGrids(grids))).toEqual(rest);
  });

  it('a district sentence without its form, rows or topic, at their cells; its places for the checker', () => {
    expect(
      readWith((g) => {
        put(sheet(g, 'Câu văn tổng hợp'), 'A2', null);
        put(sheet(g, 'Câu văn tổng hợp'), 'D3', null);
      }),
    ).toEqual([
      { place: { sheet: 'Câu văn tổng hợp', cell: 'A2' }, message: 'Chưa điền “Biểu mẫu”.' },
      { place: { sheet: 'Câu văn tổng hợp', cell: 'D3' }, message: 'Chưa điền “Chủ đề”.' },
    ]);
    const read = readAuthoringGrids(gridsOf(EVERY_FIELD_SET));
    if (!('set' in read)) throw new Error('not read');
    expect(read.where.districtSentence(1, 'ratio')).toEqual({ sheet: 'Câu văn tổng hợp', cell: 'C3' });
    expect(read.where.districtSentence(0, 'template')).toEqual({ sheet: 'Câu văn tổng hợp', cell: 'E2' });
  });

  it('a missing required header, and a sheet with no header row', () => {
    expect(readWith((g) => put(sheet(g, 'Chỉ tiêu'), 'F1', 'Kiểu'))).toEqual([
      { place: { sheet: 'Chỉ tiêu', cell: null }, message: 'Trang “Chỉ tiêu”: hàng tiêu đề (hàng 1) thiếu cột “Loại”.' },
    ]);
    expect(readWith((g) => g.set('Câu văn', [['a', 'b']]))).toEqual([
      { place: { sheet: 'Câu văn', cell: null }, message: 'Trang “Câu văn”: không tìm thấy hàng tiêu đề (cần các cột “Mục”, “Thứ tự”, “Biểu mẫu”, “Dòng”, “Câu”).' },
    ]);
  });

  it('an optional column may be left out: its values are absent', () => {
    const grids = gridsOf(EVERY_FIELD_SET);
    put(sheet(grids, 'Chỉ tiêu'), 'P1', 'Ghi chú');
    const read = setOf(readAuthoringGrids(grids));
    expect(read.forms[0]?.rows[2]?.words).toBeUndefined();
  });

  it('an unknown kind word, an unknown yes/no, an unknown operator and severity', () => {
    expect(
      readWith((g) => {
        put(sheet(g, 'Chỉ tiêu'), 'F3', 'tỉ lệ');
        put(sheet(g, 'Chỉ tiêu'), 'N4', 'ừ');
        put(sheet(g, 'Quy tắc'), 'C2', '≤');
        put(sheet(g, 'Quy tắc'), 'F3', 'nặng');
      }),
    ).toEqual([
      { place: { sheet: 'Chỉ tiêu', cell: 'F3' }, message: '“Loại”: không hiểu “tỉ lệ”; chọn một trong “mục”, “số”, “tiền”, “phần trăm”, “mã”, “tỷ lệ”, “tổng”.' },
      { place: { sheet: 'Chỉ tiêu', cell: 'N4' }, message: '“So sánh cùng kỳ”: không hiểu “ừ”; chọn một trong “có”, “không”.' },
      { place: { sheet: 'Quy tắc', cell: 'C2' }, message: '“So sánh”: không hiểu “≤”; chọn một trong “<=”, “<”, “=”, “>=”, “>”, “có số liệu”.' },
      { place: { sheet: 'Quy tắc', cell: 'F3' }, message: '“Mức”: không hiểu “nặng”; chọn một trong “lỗi”, “cảnh báo”.' },
    ]);
  });

  it('an unreadable legend and an unreadable condition', () => {
    expect(
      readWith((g) => {
        put(sheet(g, 'Chỉ tiêu'), 'J6', 'Có, Không');
        put(sheet(g, 'Quy tắc'), 'I3', '2 là 1');
      }),
    ).toEqual([
      {
        place: { sheet: 'Chỉ tiêu', cell: 'J6' },
        message: 'Không đọc được chú giải mã “Có, Không”: mỗi mã ghi “số = nghĩa”, các mã nối bằng “; ” (ví dụ “0 = Chưa; 1 = Hoàn thành”).',
      },
      { place: { sheet: 'Quy tắc', cell: 'I3' }, message: '“Khi”: không đọc được điều kiện “2 là 1”; ghi mã dòng = mã trả lời (ví dụ “5 = 1”).' },
    ]);
  });

  it('text where a number belongs, a fraction where a whole number belongs', () => {
    expect(
      readWith((g) => {
        put(sheet(g, 'Thông tin'), 'B3', 'ba');
        put(sheet(g, 'Biểu mẫu'), 'A3', 'hai');
        put(sheet(g, 'Chỉ tiêu'), 'O3', 1.5);
        put(sheet(g, 'Quy tắc'), 'E3', 'không');
        put(sheet(g, 'Câu văn'), 'B2', 'đầu');
      }),
    ).toEqual([
      { place: { sheet: 'Thông tin', cell: 'B3' }, message: '“Giá trị” cần một số, không phải “ba”.' },
      { place: { sheet: 'Biểu mẫu', cell: 'A3' }, message: '“Biểu mẫu” cần một số, không phải “hai”.' },
      { place: { sheet: 'Chỉ tiêu', cell: 'O3' }, message: '“Chỉ tiêu chính” cần một số nguyên, không phải “1.5”.' },
      { place: { sheet: 'Quy tắc', cell: 'E3' }, message: '“Với số” cần một số, không phải “không”.' },
      { place: { sheet: 'Câu văn', cell: 'B2' }, message: '“Thứ tự” cần một số, không phải “đầu”.' },
    ]);
  });

  it('a required cell left empty, both sides of a rule, a row of a form the set lacks, an unreadable date, a missing identity item', () => {
    expect(
      readWith((g) => {
        put(sheet(g, 'Chỉ tiêu'), 'B4', null);
        put(sheet(g, 'Quy tắc'), 'E2', 5);
        put(sheet(g, 'Chỉ tiêu'), 'A11', 9);
        put(sheet(g, 'Thông tin'), 'B6', '31/02/2026');
        put(sheet(g, 'Thông tin'), 'A4', 'Tên');
      }),
    ).toEqual([
      { place: { sheet: 'Thông tin', cell: null }, message: 'Thiếu mục “Tên bộ biểu mẫu”.' },
      { place: { sheet: 'Thông tin', cell: 'B6' }, message: '“Áp dụng từ” cần một ngày dạng ngày/tháng/năm, không phải “31/02/2026”.' },
      { place: { sheet: 'Chỉ tiêu', cell: 'B4' }, message: 'Chưa điền “Mã dòng”.' },
      { place: { sheet: 'Chỉ tiêu', cell: 'A11' }, message: 'Biểu mẫu 9 không có ở trang “Biểu mẫu”.' },
      { place: { sheet: 'Quy tắc', cell: 'E2' }, message: 'Chỉ điền một trong hai cột “Với” và “Với số”.' },
    ]);
  });
});

describe('the authoring plan', () => {
  const plan = buildAuthoringPlan(BUILTIN_SET);

  it('lays out the seven sheets in order, each with its header row frozen', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(['Thông tin', 'Biểu mẫu', 'Chỉ tiêu', 'Quy tắc', 'Câu văn', 'Câu văn tổng hợp', 'Hướng dẫn']);
    for (const s of plan.sheets) expect(s.freezeRows).toBe(1);
    expect(plan.sheets[2]?.values[0]?.slice(0, 16)).toEqual([
      'Biểu mẫu', 'Mã dòng', 'STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Loại', 'Tử số', 'Mẫu số', 'Cộng', 'Mã',
      'Bắt buộc', 'In ra', 'Qua các kỳ', 'So sánh cùng kỳ', 'Chỉ tiêu chính', 'Từ ngữ',
    ]);
  });

  it('offers drop-down lists for the words a person chooses', () => {
    const lists = (name: string): Record<string, readonly string[]> => {
      const s = plan.sheets.find((x) => x.name === name);
      const out: Record<string, readonly string[]> = {};
      for (const v of s?.validations ?? []) if (v.rule.type === 'list') out[v.range.replace(/\d+/g, '')] = v.rule.values;
      return out;
    };
    expect(lists('Chỉ tiêu')).toEqual({
      'F:F': ['mục', 'số', 'tiền', 'phần trăm', 'mã', 'tỷ lệ', 'tổng'],
      'K:K': ['có', 'không'],
      'L:L': ['có', 'không'],
      'M:M': ['cố định', 'kế hoạch năm', 'lũy kế', 'trong kỳ'],
      'N:N': ['có', 'không'],
    });
    expect(lists('Quy tắc')).toEqual({ 'C:C': ['<=', '<', '=', '>=', '>', 'có số liệu'], 'F:F': ['lỗi', 'cảnh báo'] });
  });

  it('writes the code legend, lists and conditions in the documented forms', () => {
    const rows = plan.sheets[2]?.values ?? [];
    const row = (key: string, form: number) => rows.find((r) => r[0] === form && r[1] === key) ?? [];
    expect(row('1', 7)[9]).toBe('0 = Chưa; 1 = Hoàn thành');
    expect(row('5.2', 1)[19]).toBe('5 = 0');
    expect(row('6.4.3', 7)[18]).toBe('6.4.1; 6.4.2');
    const rules = plan.sheets[3]?.values ?? [];
    expect(rules[3]?.slice(0, 6)).toEqual([1, '4.2 + 4.3 + 4.4', '<=', '4.1', null, 'lỗi']);
  });

  it('explains every column of every sheet in `Hướng dẫn`', () => {
    const guide = plan.sheets[6]?.values ?? [];
    for (const s of plan.sheets.slice(0, 6)) {
      for (const header of s.values[0] ?? []) {
        expect(guide.some((r) => r[0] === s.name && r[1] === header && typeof r[2] === 'string' && r[2].length > 10)).toBe(true);
      }
    }
  });
});

describe('a sum across forms in the authoring workbook', () => {
  it('is refused at its Cộng cell, in Vietnamese', () => {
    const grids = gridsOf(BUILTIN_SET);
    const rows = sheet(grids, 'Chỉ tiêu');
    const header = rows[0] ?? [];
    const [formCol, keyCol, termsCol] = ['Biểu mẫu', 'Mã dòng', 'Cộng'].map((h) => header.indexOf(h));
    const at = rows.findIndex((line) => line[formCol ?? -1] === 7 && line[keyCol ?? -1] === '6.6.1');
    const line = rows[at];
    if (!line || termsCol === undefined) throw new Error('no BM7 6.6.1');
    line[termsCol] = '6.4.2 + BM3 1.1';
    const read = readAuthoringGrids(grids);
    if ('problems' in read) throw new Error(JSON.stringify(read.problems));
    const cell = `${String.fromCharCode(65 + termsCol)}${at + 1}`;
    expect(checkFormSet({ ...read.set, id: 'thu-nghiem' }, read.where)).toEqual([
      {
        place: { sheet: 'Chỉ tiêu', cell },
        message: `Chỉ tiêu, dòng ${at + 1} (Biểu mẫu 7, mã 6.6.1): Cộng “BM3 1.1”: dòng loại “tổng” chỉ cộng các dòng của chính Biểu mẫu 7, vì bảng tổng hợp của huyện, tỉnh tính tổng trong từng biểu mẫu; dòng của biểu mẫu khác chỉ dùng được làm Tử số hoặc Mẫu số của một dòng loại “tỷ lệ”.`,
      },
    ]);
  });
});
