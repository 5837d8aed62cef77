// End to end: the built `cchc consolidate` on four communes → cached results stripped → LibreOffice recalculates → every TH… cell equals the core; the report read back as text.
import { BUILTIN_CATALOGUE } from '../../src/core/forms/builtin';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consolidatedCellText } from '../../src/core/aggregate/cell-text';
import { consolidate, type Consolidated } from '../../src/core/aggregate/consolidate';
import type { CellValue, FormsData, ReportData } from '../../src/core/data/types';
import { isComputedRow, type FormNumber } from '../../src/core/forms/types';
import { consolidatedCellName } from '../../src/core/layout/consolidated-plan';
import { loadWorkbook } from '../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells, type NamedValue } from '../../src/hosts/shared/xlsx-named-cells';
import { ROOT, runBuiltCli } from './helpers/built-cli';
import { convertWithLibreOffice, sofficePath } from './helpers/libreoffice';
import { stripCachedResults } from './helpers/xlsx-xml';
import { tempDir } from '../helpers/temp-dir';

jest.setTimeout(300_000);

const sample = JSON.parse(readFileSync(join(ROOT, 'examples/xa-hoa-phong.json'), 'utf-8')) as ReportData;

type Edits = Readonly<Record<string, Readonly<Record<string, CellValue | undefined>>>>;

/** The sample commune renamed, with edited forms; `undefined` leaves a row empty (not reported). */
function commune(unit: string, edits: Edits, unitKind: ReportData['meta']['unitKind'] = 'xã'): ReportData {
  const forms = JSON.parse(JSON.stringify(sample.forms)) as Record<string, Record<string, CellValue>>;
  for (const [form, rows] of Object.entries(edits)) {
    const values = (forms[form] ??= {});
    for (const [key, v] of Object.entries(rows)) {
      if (v === undefined) delete values[key];
      else values[key] = v;
    }
  }
  return { ...sample, meta: { ...sample.meta, unit, unitKind, place: unit }, forms: forms as FormsData };
}

/** Rows no commune reports, and a whole that is 0 everywhere: the consolidated cells must be empty, not 0. */
const EVERYWHERE: Edits = { '1': { '3.2.1': 0, '3.2.2': 0 }, '5': { '2.2': undefined } };
const merge = (a: Edits, b: Edits): Edits => {
  const out: Record<string, Record<string, CellValue | undefined>> = {};
  for (const e of [a, b]) for (const [form, rows] of Object.entries(e)) out[form] = { ...out[form], ...rows };
  return out;
};

/** Four communes: the sample, one with other numbers, one with wholes of 0, one with rows left empty (a phường). */
const COMMUNES: Readonly<Record<string, ReportData>> = {
  'hoa-phong': commune('Hòa Phong', EVERYWHERE),
  'tinh-ky': commune(
    'Tịnh Kỳ',
    merge(EVERYWHERE, {
      '1': { '1': 7, '2.1': 15, '2.2': 15, '5': 0, '5.1': undefined, '5.2': undefined, '6': 0 },
      '3': { '1.1': 172, '3.3.1': 2345, '3.3.2': 2301, '3.4.1': 5, '3.4.2': 4 },
      '4': { '2.5': 3, '3.1': 9, '3.2': 9 },
      '6': { '1': 1200.75, '2': 900.5 },
      '7': { '2': 80, '4': 1, '6.7.1': 2001, '6.7.2': 1500 },
    }),
  ),
  'tinh-chau': commune(
    'Tịnh Châu',
    merge(EVERYWHERE, {
      '1': { '2.1': 0, '2.2': 0 },
      '2': { '2.2.1': 0, '2.2.2': 0, '3.2.1': 0, '3.2.2': 0 },
      '3': { '3.4.1': 0, '3.4.2': 0 },
      '6': { '1': 0, '2': 0 },
      '7': { '6.5.1': 0, '6.5.2': 0, '6.5.3': 0, '6.6.2': 60 },
    }),
  ),
  'an-phu': commune(
    'An Phú',
    merge(EVERYWHERE, {
      '1': { '1': undefined, '2.1': undefined, '2.2': undefined, '3.2.1': undefined, '3.2.2': undefined },
      '2': { '2.2.1': undefined, '2.2.2': undefined },
      '3': { '3.4.1': undefined, '3.4.2': undefined },
      '4': { '2.5': undefined },
      '5': { '1.1': undefined },
      '7': { '2': undefined, '6.8.1': undefined, '6.8.2': undefined },
    }),
    'phường',
  ),
};
const NAMES = Object.keys(COMMUNES);
const EXPECTED_UNITS = 5;
const TITLE = 'Kết quả công tác cải cách hành chính cấp xã 6 tháng đầu năm 2026';

const core: Consolidated = consolidate(Object.values(COMMUNES).map((d) => d.forms), { expected: EXPECTED_UNITS });

/** A row's total added up here, independently of the core: null when no commune reported it. */
function sumOf(form: FormNumber, key: string): number | null {
  const values = Object.values(COMMUNES)
    .map((d) => d.forms[`${form}`]?.[key])
    .filter((v): v is number => typeof v === 'number');
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}

const isEmpty = (v: NamedValue | undefined): boolean => v === null || v === '';
const sameNumber = (got: NamedValue | undefined, want: number | null): boolean =>
  want === null ? isEmpty(got) : typeof got === 'number' && Math.abs(got - want) < 1e-9;

let dir = '';
let run = { code: null as number | null, stdout: '', stderr: '' };
let stripped = 0;
let recalculated: Readonly<Record<string, NamedValue>> = {};
let reportText = '';

beforeAll(async () => {
  sofficePath(); // fails the suite, with the fix in its message, when LibreOffice is missing
  dir = tempDir('cchc-e2e-consolidate-');
  for (const name of NAMES) writeFileSync(join(dir, `${name}.json`), JSON.stringify(COMMUNES[name]));
  // One commune comes as the workbook its staff would send, the others as JSON.
  const laid = runBuiltCli(['template', '--out', 'tinh-ky.xlsx', '--data', 'tinh-ky.json'], dir);
  expect({ code: laid.code, stderr: laid.stderr }).toEqual({ code: 0, stderr: '' });
  const inputs = NAMES.map((n) => (n === 'tinh-ky' ? 'tinh-ky.xlsx' : `${n}.json`));
  run = runBuiltCli(['consolidate', ...inputs, '--out', 'T.xlsx', '--report', 'T.docx', '--expected', `${EXPECTED_UNITS}`], dir);

  mkdirSync(join(dir, 'bare'));
  const bare = await stripCachedResults(new Uint8Array(readFileSync(join(dir, 'T.xlsx'))));
  stripped = bare.stripped;
  writeFileSync(join(dir, 'bare', 'T.xlsx'), bare.bytes);
  const [xlsx] = convertWithLibreOffice([join(dir, 'bare', 'T.xlsx')], 'xlsx');
  recalculated = readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(xlsx as string)))).values;
  const [txt] = convertWithLibreOffice([join(dir, 'T.docx')], 'txt:Text (encoded):UTF8');
  reportText = readFileSync(txt as string, 'utf-8');
});

describe('cchc consolidate, built, on four communes', () => {
  it('accepts the four files and writes both outputs', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Đã đọc 4 tệp số liệu, kỳ 6 tháng đầu năm 2026.');
    expect(run.stdout).toContain('1/5 đơn vị chưa gửi số liệu');
    expect(existsSync(join(dir, 'T.xlsx'))).toBe(true);
    expect(existsSync(join(dir, 'T.docx'))).toBe(true);
  });

  it('left LibreOffice every formula to compute: each non-empty computed cell and the completeness share had its cached result removed', () => {
    const computedWithValue = BUILTIN_CATALOGUE.forms.flatMap((f) => f.rows.filter(isComputedRow).filter((r) => {
      const c = core.forms[f.number]?.[r.key];
      return (c?.kind === 'computed' || c?.kind === 'ratio') && c.value !== null;
    })).length;
    expect(stripped).toBe(computedWithValue + 1);
  });

  it('every TH… computed cell, recalculated by LibreOffice, equals the core consolidate() value (empty ⇔ null)', () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const form of BUILTIN_CATALOGUE.forms) {
      for (const row of form.rows.filter(isComputedRow)) {
        const cell = core.forms[form.number]?.[row.key];
        const want = cell?.kind === 'computed' || cell?.kind === 'ratio' ? cell.value : undefined;
        if (want === undefined) throw new Error(`core has no computed cell for Biểu mẫu ${form.number} ${row.key}`);
        const got = recalculated[consolidatedCellName(form.number, row.key)];
        compared++;
        if (!sameNumber(got, want)) mismatches.push(`Biểu mẫu ${form.number} ${row.key}: core ${String(want)}, LibreOffice ${JSON.stringify(got)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBe(BUILTIN_CATALOGUE.forms.flatMap((f) => f.rows.filter(isComputedRow)).length);
  });

  it('totals equal the sums of the communes that reported, and an unreported row stays empty', () => {
    const mismatches: string[] = [];
    for (const form of BUILTIN_CATALOGUE.forms) {
      for (const row of form.rows.filter((r) => r.kind === 'count' || r.kind === 'money')) {
        const got = recalculated[consolidatedCellName(form.number, row.key)];
        const want = sumOf(form.number, row.key);
        if (!sameNumber(got, want)) mismatches.push(`Biểu mẫu ${form.number} ${row.key}: sum ${String(want)}, file ${JSON.stringify(got)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(recalculated.TH3_3_3_1).toBe(1234 + 2345 + 1234 + 1234);
    expect(recalculated.TH6_1).toBe(4250 + 1200.75 + 0 + 4250);
    expect(isEmpty(recalculated.TH5_2_2)).toBe(true); // no commune reported it: empty, not 0
  });

  it('recomputes ratios from the added parts, empty where the added whole is 0', () => {
    expect(recalculated.TH1_2).toBe(Math.round(((27 + 15 + 0) / (40 + 15 + 0)) * 1000) / 10); // 76,4, not a mean
    expect(isEmpty(recalculated.TH1_3_2)).toBe(true); // 0 ÷ 0 in every commune
    expect(recalculated.TH3_3_4).toBe(Math.round(((3 + 4 + 0) / (3 + 5 + 0)) * 1000) / 10);
    expect(recalculated.TH_TY_LE_BAO_CAO).toBe(80);
  });

  it('adds a ratio’s part and whole over the communes that gave both: An Phú’s 11 staff placed without its 11 posts no longer make 133,3 %', () => {
    expect(recalculated.TH5_1_1).toBe(33); // 3 communes gave the posts
    expect(recalculated.TH5_1_2).toBe(44); // 4 gave the staff placed
    expect(recalculated.TH5_1_3).toBe(100); // 33 ÷ 33 over the three that gave both, not 44 ÷ 33
  });

  it('codes and entered percents read as the core writes them', () => {
    for (const form of BUILTIN_CATALOGUE.forms) {
      for (const row of form.rows.filter((r) => r.kind === 'code' || r.kind === 'percent')) {
        const text = consolidatedCellText(row, core.forms[form.number]?.[row.key]);
        const got = recalculated[consolidatedCellName(form.number, row.key)];
        expect({ form: form.number, key: row.key, got: isEmpty(got) ? '' : got }).toEqual({ form: form.number, key: row.key, got: text });
      }
    }
    expect(recalculated.TH1_5).toBe('Có: 3; Không: 1');
    expect(recalculated.TH4_2_5).toBe('3 – 8 – 10,5');
  });

  it('the report, converted to text by LibreOffice, has the title and the numbers in Vietnamese notation', () => {
    const text = reportText.normalize('NFC');
    // Writer puts each paragraph, and so each table cell, on a line of its own.
    const lines = new Set(text.split(/\r?\n/).map((l) => l.trim()));
    expect(lines).toContain('BÁO CÁO');
    expect(lines).toContain(TITLE);
    // The communes are in the appendix's Bảng 1, one per row; the body states the totals and who is missing.
    for (const name of ['Hòa Phong', 'Tịnh Kỳ', 'Tịnh Châu', 'An Phú']) expect(lines).toContain(name);
    expect(text).toContain('Đã tổng hợp số liệu của 4/5 đơn vị (80%)');
    expect(text).toContain('01 đơn vị chưa gửi báo cáo');
    expect(text).toContain('Các đơn vị đã giải quyết xong 6.047 hồ sơ thủ tục hành chính');
    expect(lines).toContain('6.047'); // hồ sơ giải quyết xong: 1.234 × 3 + 2.345
    expect(lines).toContain('9.700,75'); // kế hoạch vốn, triệu đồng: 4.250 × 2 + 1.200,75
    expect(lines).toContain('76,4'); // 42 ÷ 55 nhiệm vụ
    expect(lines).toContain('4/5'); // completeness of a row every commune reported
    expect(lines).toContain('3/5'); // … and of one a commune left empty
    expect(text).not.toContain('6,047');
    expect(text).not.toContain('9,700.75');
    // Every non-empty consolidated value of the appendix is in the document as the core writes it.
    const absent: string[] = [];
    for (const form of BUILTIN_CATALOGUE.forms) {
      for (const row of form.rows) {
        const want = consolidatedCellText(row, core.forms[form.number]?.[row.key]);
        if (want && !lines.has(want)) absent.push(`Biểu mẫu ${form.number} ${row.key}: ${want}`);
      }
    }
    expect(absent).toEqual([]);
  });
});

describe('cchc consolidate, built, with one file in error', () => {
  it('exits 1, names the file and writes neither the workbook nor the report', () => {
    const box = tempDir('cchc-e2e-consolidate-rejected-');
    writeFileSync(join(box, 'hoa-phong.json'), JSON.stringify(COMMUNES['hoa-phong']));
    // More tasks done than planned (45 > 40) is an error.
    writeFileSync(join(box, 'tinh-ky.json'), JSON.stringify(commune('Tịnh Kỳ', { '1': { '2.2': 45 } })));
    const r = runBuiltCli(['consolidate', 'hoa-phong.json', 'tinh-ky.json', '--out', 'T.xlsx', '--report', 'T.docx'], box);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Từ chối tinh-ky.json');
    expect(r.stderr).toMatch(/\[lỗi\] .*2\.2.*45.*40/u);
    expect(r.stderr).toContain('chưa ghi tệp nào');
    expect(readdirSync(box).sort()).toEqual(['hoa-phong.json', 'tinh-ky.json']);
  });
});

describe('cchc consolidate, built, reading many files through a pipe', () => {
  it('prints one progress line per file on stderr past 20 files, and nothing with fewer (the 4-file run above)', () => {
    const box = tempDir('cchc-e2e-consolidate-many-');
    const files = Array.from({ length: 21 }, (_, i) => {
      const file = `xa-${String(i + 1).padStart(2, '0')}.json`;
      writeFileSync(join(box, file), JSON.stringify(commune(`Xã số ${i + 1}`, {})));
      return file;
    });
    const r = runBuiltCli(['consolidate', ...files, '--out', 'T.xlsx'], box);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual(files.map((f, i) => `Đang đọc ${i + 1}/21: ${f}`));
    expect(r.stdout).toContain('Đã đọc 21 tệp số liệu');
  });
});
