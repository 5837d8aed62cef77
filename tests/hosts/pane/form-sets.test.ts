// The pane with form sets, without a browser: a picked file read by its own set (carried in a workbook, named by data), a chosen set's problems at their places, Tổng hợp of one set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import type { ReportData } from '../../../src/core/data/types';
import { BUILTIN_SET, setIdentity } from '../../../src/core/forms/builtin';
import { catalogueOf } from '../../../src/core/forms/builtin';
import { setLabel } from '../../../src/core/forms/choose-form-set';
import { FORMSET_TEXT } from '../../../src/core/i18n/form-sets';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { authoringWorkbookBytes } from '../../../src/hosts/cli/xlsx/write-authoring-workbook';
import { planToWorkbook } from '../../../src/hosts/cli/xlsx/write-plan';
import { loadWorkbook } from '../../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells } from '../../../src/hosts/shared/xlsx-named-cells';
import JSZip from 'jszip';
import { rasteriseChart } from '../../../src/hosts/cli/charts/chart-png';
import { consolidatePicked } from '../../../src/hosts/pane/consolidate-files';
import { fileHost } from '../../../src/hosts/pane/file-host';
import { loadSetFile } from '../../../src/hosts/pane/load-set-file';
import { PaneController, type PaneView } from '../../../src/hosts/pane/pane-controller';
import { FormSetFileError, setLine } from '../../../src/hosts/pane/pane-sets';
import { readInputFile, type PickedFile } from '../../../src/hosts/pane/read-input-file';
import { asTestSetData, CROSS_RULE, TEST_SET, TEST_SET_V2 } from '../../fixtures/form-sets/test-set';
import { commune } from '../../core/aggregate/sample-units';

jest.setTimeout(60_000);

const picked = (name: string, bytes: Uint8Array): PickedFile => ({
  name,
  size: bytes.length,
  arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
});
const jsonFile = (name: string, data: unknown): PickedFile => picked(name, new TextEncoder().encode(JSON.stringify(data)));

const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')));
if (!parsed.ok) throw new Error('sample');
const sample = parsed.data;

/** The sample as data of the test set: Biểu mẫu 5 gone, Biểu mẫu 8 filled with more files digitised than received (its rule across forms). */
function testSetData(unit = sample.meta.unit): ReportData {
  const { '5': _dropped, ...forms } = sample.forms;
  return {
    ...sample,
    meta: { ...sample.meta, unit, place: unit },
    formSet: setIdentity(TEST_SET),
    forms: { ...forms, '8': { '1': 5000, '1.1': 10, '3': 1 } },
  };
}

async function workbookOf(data: ReportData | null, name: string, set = TEST_SET): Promise<PickedFile> {
  const wb = await planToWorkbook(buildWorkbookPlan(data, catalogueOf(set)));
  return picked(name, new Uint8Array(await wb.xlsx.writeBuffer()));
}

function recordingView(): PaneView & { messages: string[]; lines: string[]; problems: (readonly string[] | null)[] } {
  const messages: string[] = [];
  const lines: string[] = [];
  const problems: (readonly string[] | null)[] = [];
  return {
    messages,
    lines,
    problems,
    busy: () => undefined,
    message: (_kind, text) => messages.push(text),
    findings: () => undefined,
    draftWanted: () => false,
    formSet: (line) => lines.push(line),
    setProblems: (p) => problems.push(p),
  };
}

describe('a picked file read by its own set', () => {
  it('a workbook laid out with the test set: checked by its rules (the cross-form finding at its cell), its data naming the set', async () => {
    const check = await readInputFile(await workbookOf(testSetData(), 'xa.xlsx'));
    expect(check.set).toEqual(TEST_SET);
    expect(check.data?.formSet).toEqual({ id: 'thu-nghiem', version: 1 });
    expect(check.data?.forms['8']?.['1']).toBe(5000);
    const cross = check.result.findings.find((f) => f.form === CROSS_RULE.form && f.row === '1' && f.severity === 'error');
    expect(cross?.cell).toMatch(/^'Biểu mẫu 8'!D\d+$/);
  });

  it('data naming the test set: refused naming the set until the pane knows it, then read by it', async () => {
    const file = jsonFile('xa.json', testSetData());
    await expect(readInputFile(file)).rejects.toThrow(FORMSET_TEXT.pane.dataNeedsSet('xa.json', setLabel(TEST_SET)));
    await expect(readInputFile(file)).rejects.toBeInstanceOf(FormSetFileError);
    const check = await readInputFile(file, [TEST_SET]);
    expect(check.set).toBe(TEST_SET);
    expect(check.result.findings.some((f) => f.form === 8 && f.row === '1' && f.severity === 'error')).toBe(true);
    // What Kiểm tra adds (the warnings across periods) and a final report's compulsory inputs follow the same set, as for a workbook.
    expect(check.catalogue?.forms.map((f) => f.number)).toEqual(TEST_SET.forms.map((f) => f.number));
  });

  it('Word and the standalone page: the set chosen in the pane reads the data, and the report is built by it', async () => {
    const delivered: string[] = [];
    const host = fileHost('word', async (_data, _draft, set) => {
      delivered.push(set.id);
      return 'ok';
    });
    const view = recordingView();
    const controller = new PaneController(view, host);
    expect(await controller.chooseSet('bo.json', async () => ({ set: TEST_SET }))).toBe(true);
    expect(view.messages.at(-1)).toBe(FORMSET_TEXT.pane.known(setLabel(TEST_SET)));
    const data = testSetData();
    const check = await controller.open(jsonFile('xa.json', { ...data, forms: { ...data.forms, '8': { '1': 10, '1.1': 5, '3': 1 } } }));
    expect(check?.set).toBe(TEST_SET);
    expect(view.lines.at(-1)).toBe(setLine(TEST_SET));
    expect(await controller.generate()).toBe(true);
    expect(delivered).toEqual(['thu-nghiem']);
  });
});

describe('Chọn bộ biểu mẫu…: a set from a file', () => {
  it('reads an authoring workbook (.xlsx) and its JSON into the same set', async () => {
    const fromXlsx = await loadSetFile(picked('bo.xlsx', await authoringWorkbookBytes(TEST_SET)));
    expect(fromXlsx).toEqual({ set: expect.objectContaining({ id: 'thu-nghiem', version: 1 }) });
    const fromJson = await loadSetFile(jsonFile('bo.json', TEST_SET));
    expect('set' in fromJson && 'set' in fromXlsx && fromJson.set).toEqual('set' in fromXlsx && fromXlsx.set);
  });

  it('shows the checker’s problems at their places, in Vietnamese, and uses nothing', async () => {
    const broken = { ...TEST_SET, rules: [...TEST_SET.rules, { ...CROSS_RULE, against: ['BM7 9.9.9'] }] };
    const used: string[] = [];
    const view = recordingView();
    const controller = new PaneController(view, { mode: 'excel', check: async () => Promise.reject(new Error('no')), deliver: async () => '', useSet: async (s) => (used.push(s.id), '') });
    const ok = await controller.chooseSet('bo.xlsx', async () => loadSetFile(picked('bo.xlsx', await authoringWorkbookBytes(broken))));
    expect(ok).toBe(false);
    expect(used).toEqual([]);
    const lines = view.problems.at(-1) ?? [];
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((l) => /^'Quy tắc'!\w+\d+: .*9\.9\.9/.test(l))).toBe(true);
    expect(view.messages.at(-1)).toBe(FORMSET_TEXT.pane.problems('bo.xlsx', lines.length));
  });

  it('says a file that is no set is none', async () => {
    await expect(loadSetFile(jsonFile('xa.json', sample))).rejects.toThrow(FORMSET_TEXT.pane.notFormSet('xa.json'));
  });
});

describe('Tổng hợp in the pane takes one set', () => {
  it('totals the test set’s communes by its rows and rejects a built-in commune naming its set', async () => {
    const ok = (unit: string): ReportData => {
      const d = testSetData(unit);
      return { ...d, forms: { ...d.forms, '8': { '1': 10, '1.1': 5, '3': 1 } } };
    };
    const files = [await workbookOf(ok('Hòa Phong'), 'hoa-phong.xlsx'), jsonFile('tinh-ky.json', ok('Tịnh Kỳ')), jsonFile('an-phu.json', { ...sample, meta: { ...sample.meta, unit: 'An Phú', place: 'An Phú' } })];
    const r = await consolidatePicked(files, true, () => undefined, [], [TEST_SET], {}, rasteriseChart);
    expect(r.ok).toBe(true);
    // The charts are those of the set's own key ratios: Biểu mẫu 8's, which the built-in set has not, among them.
    expect(r.charts?.map((c) => `${c.form} ${c.key}`)).toContain('8 2');
    const docx = await JSZip.loadAsync(r.report!.bytes);
    const xml = await docx.file('word/document.xml')!.async('string');
    expect(xml.match(/<wp:docPr /g)).toHaveLength(r.charts?.length ?? -1);
    // The rejected file named with both sets, as `cchc consolidate` names it.
    expect(r.lines.some((l) => l.includes('an-phu.json') && l.includes(setLabel(BUILTIN_SET)) && l.includes(setLabel(TEST_SET)))).toBe(true);
    expect(r.lines.at(-1)).toContain('2/');
    expect(r.workbook).not.toBeNull();
    const refused = await consolidatePicked(files, false, () => undefined, [], [TEST_SET], {}, rasteriseChart);
    expect(refused.ok).toBe(false);
    expect(refused.lines.some((l) => l.includes('an-phu.json') && l.includes(setLabel(BUILTIN_SET)))).toBe(true);
  });
});

describe('Tổng hợp in the pane with last year’s files of another version of the set', () => {
  // This year two communes at 3.3.1 = 600 each, last year 500 each: 20% more. Biểu mẫu 7's 6.7.1 is no longer compared in version 2.
  const FORM_8 = { '1': 100, '1.1': 40, '3': 1 };
  const NOW = { '3': { '3.3.1': 600, '3.3.2': 540 }, '7': { '6.7.1': 800, '6.7.2': 400 } };
  const THEN = { '3': { '3.3.1': 500, '3.3.2': 400 }, '7': { '6.7.1': 400, '6.7.2': 100 } };
  const of = (unit: string, year: number, edits: typeof NOW, version: number): ReportData => ({
    ...asTestSetData(commune({ unit, year }, edits), FORM_8),
    formSet: { id: TEST_SET.id, version },
  });
  const text = async (bytes: Uint8Array): Promise<string> => (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');

  it('reads last year’s files by their own set (version 1) and compares by row key with this year’s (version 2)', async () => {
    const now = [await workbookOf(of('Hòa Phong', 2026, NOW, 2), 'hoa.xlsx', TEST_SET_V2), await workbookOf(of('Tân Lập', 2026, NOW, 2), 'tan.xlsx', TEST_SET_V2)];
    // Last year's workbook of version 1 tells the set; data naming it is then read by it, though the pane knows version 2 only.
    const last = [await workbookOf(of('Hòa Phong', 2025, THEN, 1), 'hoa-2025.xlsx', TEST_SET), jsonFile('tan-2025.json', of('Tân Lập', 2025, THEN, 1))];
    const r = await consolidatePicked(now, false, () => undefined, last, [TEST_SET_V2], {}, rasteriseChart);
    expect(r.lines.filter((l) => l.startsWith('Từ chối'))).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.lines).toContain('Đã đọc 2 tệp cùng kỳ năm trước (6 tháng đầu năm 2025) để so sánh.');
    const xml = await text(r.report!.bytes);
    expect(xml).toContain('đã giải quyết xong 1.200 hồ sơ thủ tục hành chính (tăng 20% so với cùng kỳ năm 2025)');
    expect(xml).toContain('đã tiếp nhận 1.600 hồ sơ thủ tục hành chính, trong đó');
    expect(xml).toContain('tỷ lệ hồ sơ trực tuyến đạt 50%, tăng 25 điểm phần trăm so với cùng kỳ năm 2025');
  });

  it('rejects a file of last year that follows another set than the one they are totalled by, as `cchc consolidate` does', async () => {
    const now = [await workbookOf(of('Hòa Phong', 2026, NOW, 2), 'hoa.xlsx', TEST_SET_V2)];
    const last = [await workbookOf(of('Hòa Phong', 2025, THEN, 1), 'hoa-2025.xlsx', TEST_SET), jsonFile('lap-2025.json', of('Phú Lâm', 2025, THEN, 2))];
    const refused = await consolidatePicked(now, false, () => undefined, last, [TEST_SET_V2], {}, rasteriseChart);
    expect(refused.ok).toBe(false);
    expect(refused.report).toBeNull();
    // One file each: the tie goes to the newer version, whatever their order (compareTiedSets), and is said; the other file
    // is compared with the set last year's files are totalled by, not with the one this year's are.
    expect(refused.lines).toContain(
      'Từ chối hoa-2025.xlsx: số liệu theo bộ biểu mẫu “thu-nghiem” phiên bản 1, khác bộ biểu mẫu mà các tệp năm trước được tổng hợp theo (“thu-nghiem” phiên bản 2).',
    );
    expect(refused.lines.some((l) => l.startsWith('Các tệp năm trước theo các bộ biểu mẫu “thu-nghiem” phiên bản 2 và “thu-nghiem” phiên bản 1 có số tệp bằng nhau'))).toBe(true);
    const reversed = await consolidatePicked(now, false, () => undefined, [...last].reverse(), [TEST_SET_V2], {}, rasteriseChart);
    expect(reversed.lines).toEqual(refused.lines);
    expect(refused.lines.join('\n')).not.toContain('đang tổng hợp');
    const skipped = await consolidatePicked(now, true, () => undefined, last, [TEST_SET_V2], {}, rasteriseChart);
    expect(skipped.ok).toBe(true);
    expect(await text(skipped.report!.bytes)).toContain('đã giải quyết xong 600 hồ sơ thủ tục hành chính (tăng 20% so với cùng kỳ năm 2025)');
  });

  it('the order of last year’s files changes nothing: data naming version 1 first is read by the set a later workbook carries', async () => {
    const now = [await workbookOf(of('Hòa Phong', 2026, NOW, 2), 'hoa.xlsx', TEST_SET_V2), await workbookOf(of('Tân Lập', 2026, NOW, 2), 'tan.xlsx', TEST_SET_V2)];
    const book = await workbookOf(of('Hòa Phong', 2025, THEN, 1), 'hoa-2025.xlsx', TEST_SET);
    const data = jsonFile('tan-2025.json', of('Tân Lập', 2025, THEN, 1));
    const dataFirst = await consolidatePicked(now, false, () => undefined, [data, book], [TEST_SET_V2], {}, rasteriseChart);
    expect(dataFirst.lines.filter((l) => l.startsWith('Từ chối'))).toEqual([]);
    expect(dataFirst.ok).toBe(true);
    expect(dataFirst.lines).toContain('Đã đọc 2 tệp cùng kỳ năm trước (6 tháng đầu năm 2025) để so sánh.');
    expect(await text(dataFirst.report!.bytes)).toContain('đã giải quyết xong 1.200 hồ sơ thủ tục hành chính (tăng 20% so với cùng kỳ năm 2025)');
    const bookFirst = await consolidatePicked(now, false, () => undefined, [book, data], [TEST_SET_V2], {}, rasteriseChart);
    expect(bookFirst.lines).toEqual(dataFirst.lines);
    expect(await text(bookFirst.report!.bytes)).toEqual(await text(dataFirst.report!.bytes));
  });

  it('totals last year’s files by the set most of them follow, in any order, as `cchc consolidate` does', async () => {
    const now = [await workbookOf(of('Hòa Phong', 2026, NOW, 2), 'hoa.xlsx', TEST_SET_V2)];
    const other = jsonFile('lap-2025.json', of('Phú Lâm', 2025, THEN, 2));
    const book = await workbookOf(of('Hòa Phong', 2025, THEN, 1), 'hoa-2025.xlsx', TEST_SET);
    const data = jsonFile('tan-2025.json', of('Tân Lập', 2025, THEN, 1));
    const otherFirst = await consolidatePicked(now, true, () => undefined, [other, data, book], [TEST_SET_V2], {}, rasteriseChart);
    expect(otherFirst.ok).toBe(true);
    expect(otherFirst.lines.filter((l) => l.startsWith('Từ chối'))).toEqual([
      'Từ chối lap-2025.json: số liệu theo bộ biểu mẫu “thu-nghiem” phiên bản 2, khác bộ biểu mẫu mà các tệp năm trước được tổng hợp theo (“thu-nghiem” phiên bản 1).',
    ]);
    // 600 now against the two communes of version 1 (1.000) last year.
    expect(await text(otherFirst.report!.bytes)).toContain('đã giải quyết xong 600 hồ sơ thủ tục hành chính (giảm 40% so với cùng kỳ năm 2025)');
    const otherLast = await consolidatePicked(now, true, () => undefined, [book, data, other], [TEST_SET_V2], {}, rasteriseChart);
    expect(otherLast.lines).toEqual(otherFirst.lines);
    expect(await text(otherLast.report!.bytes)).toEqual(await text(otherFirst.report!.bytes));
  });
});

describe('Tổng hợp in the pane: this year’s files in any order, as `cchc consolidate` without --forms', () => {
  const FORM_8 = { '1': 100, '1.1': 40, '3': 1 };
  const NOW = { '3': { '3.3.1': 600, '3.3.2': 540 }, '7': { '6.7.1': 800, '6.7.2': 400 } };
  const of = (unit: string, version = TEST_SET.version): ReportData => ({ ...asTestSetData(commune({ unit }, NOW), FORM_8), formSet: { id: TEST_SET.id, version } });
  /** The report's words but Bảng 1, which lists the communes in the order their files came. */
  const words = async (bytes: Uint8Array): Promise<string> =>
    (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '').replace(/Bảng 1DANH SÁCH ĐƠN VỊ ĐÃ BÁO CÁO.*?Bảng 2/, 'Bảng 2');
  const cells = async (bytes: Uint8Array) => readNamedCells(await loadWorkbook(bytes)).values;
  const sorted = (lines: readonly string[]): string[] => [...lines].sort();

  it('reads data naming the set a later workbook carries, though the pane knows only the built-in one: the same totals, lines and report', async () => {
    const data = jsonFile('tan.json', of('Tân Lập'));
    const book = await workbookOf(of('Hòa Phong'), 'hoa.xlsx', TEST_SET);
    const dataFirst = await consolidatePicked([data, book], false, () => undefined, [], [], {}, rasteriseChart);
    expect(dataFirst.lines.filter((l) => l.startsWith('Từ chối'))).toEqual([]);
    expect(dataFirst.ok).toBe(true);
    expect(await words(dataFirst.report!.bytes)).toContain('đã giải quyết xong 1.200 hồ sơ thủ tục hành chính');
    const bookFirst = await consolidatePicked([book, data], false, () => undefined, [], [], {}, rasteriseChart);
    expect(bookFirst.lines).toEqual(dataFirst.lines);
    expect(await words(bookFirst.report!.bytes)).toEqual(await words(dataFirst.report!.bytes));
    expect(await cells(bookFirst.workbook!.bytes)).toEqual(await cells(dataFirst.workbook!.bytes));
  });

  it('totals by the set most files follow, a file of another set rejected in this year’s words whichever comes first', async () => {
    const builtin = jsonFile('lam.json', commune({ unit: 'Phú Lâm' }, NOW));
    const data = jsonFile('tan.json', of('Tân Lập'));
    const book = await workbookOf(of('Hòa Phong'), 'hoa.xlsx', TEST_SET);
    // Data naming a set no file carries and the pane lacks (version 2): of another set than the one chosen, wherever it comes.
    const v2 = jsonFile('son.json', of('Sơn Hà', TEST_SET_V2.version));
    const runs = [];
    for (const order of [[builtin, v2, data, book], [data, book, v2, builtin], [v2, data, builtin, book]]) {
      const r = await consolidatePicked(order, true, () => undefined, [], [], {}, rasteriseChart);
      runs.push({ order: order.map((f) => f.name), ok: r.ok, lines: sorted(r.lines), words: await words(r.report!.bytes), cells: await cells(r.workbook!.bytes) });
    }
    const [first] = runs;
    expect(first!.ok).toBe(true);
    expect(first!.lines.filter((l) => l.startsWith('Từ chối'))).toEqual([
      `Từ chối lam.json: số liệu theo bộ biểu mẫu ${setLabel(BUILTIN_SET)}, khác bộ biểu mẫu đang tổng hợp (“thu-nghiem” phiên bản 1).`,
      'Từ chối son.json: số liệu theo bộ biểu mẫu “thu-nghiem” phiên bản 2, khác bộ biểu mẫu đang tổng hợp (“thu-nghiem” phiên bản 1).',
    ]);
    for (const r of runs.slice(1)) expect(r).toEqual({ ...first, order: r.order });
  });
});
