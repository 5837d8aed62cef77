// The same communes totalled by `cchc consolidate`, the pane's Tổng hợp and Apps Script's Tổng hợp: the same cells, the same accepted and rejected.
import { readFileSync, writeFileSync } from 'node:fs';
import type { ReportData } from '../../../src/core/data/types';
import { CLI_TEXT, GAS_TEXT, UI_TEXT } from '../../../src/core/i18n/messages';
import type { FormCatalogue } from '../../../src/core/forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../../../src/core/forms/builtin';
import { buildWorkbookPlan } from '../../../src/core/layout/build-workbook-plan';
import { consolidateCommand } from '../../../src/hosts/apps-script/district-commands';
import { rasteriseChart } from '../../../src/hosts/cli/charts/chart-png';
import { loadWorkbook } from '../../../src/hosts/cli/xlsx/load-workbook';
import { planToWorkbook } from '../../../src/hosts/cli/xlsx/write-plan';
import { consolidatePicked } from '../../../src/hosts/pane/consolidate-files';
import type { PickedFile } from '../../../src/hosts/pane/read-input-file';
import { readNamedCells } from '../../../src/hosts/shared/xlsx-named-cells';
import { commune } from '../../core/aggregate/sample-units';
import { TEST_CATALOGUE, TEST_SET } from '../../fixtures/form-sets/test-set';
import { sandbox } from '../cli/cli-harness';
import { district, fireTriggers, sheetTotals } from '../apps-script/district-compare';
import { communeId, communeSpreadsheet, fillUnitList, linkOf } from '../apps-script/fakes/fake-communes';
import { fakeEnv } from '../apps-script/fakes/fake-env';
import { sidebarPayload } from '../apps-script/sidebar-payload';
import type { FakeSpreadsheet } from '../apps-script/fakes/fake-spreadsheet';

/** Every non-empty cell of the `TH …` sheets and `Tổng hợp`, as the spreadsheet shows it. */
function districtCells(ss: FakeSpreadsheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sheet of ss.sheets) {
    if (!sheet.name.startsWith('TH ') && sheet.name !== 'Tổng hợp') continue;
    sheet.computedValues().forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== '' && v !== null && v !== undefined) out[`${sheet.name}!${r + 1}:${c + 1}`] = v;
      }),
    );
  }
  return out;
}

describe('Apps Script Tổng hợp over several executions', () => {
  it('writes the same cells as one execution: what a commune said of its superior survives the stored progress', () => {
    const once = district(6);
    consolidateCommand(once, { now: once.clock.now });
    // Each read takes 100 s of the fake clock: the first execution stops after three communes, a trigger reads the rest.
    const env = district(6, { readLatencyMs: 100_000 });
    consolidateCommand(env, { now: env.clock.now });
    expect(env.ss.sheets.some((s) => s.name.startsWith('TH '))).toBe(false);
    fireTriggers(env);
    const label = Object.values(districtCells(once.ss)).find((v) => typeof v === 'string' && v.startsWith('Thực hiện nhiệm vụ của UBND'));
    // The communes report to "UBND tỉnh Quảng Ngãi": Biểu mẫu 1 row 4 names that level, not "cấp trên".
    expect(label).toBe('Thực hiện nhiệm vụ của UBND tỉnh, Chủ tịch UBND tỉnh giao');
    expect(districtCells(env.ss)).toEqual(districtCells(once.ss));
  }, 60_000);
});

/** A commune of the test set: the sample without Biểu mẫu 5, with the set's Biểu mẫu 8, naming the set. */
function testSetCommune(unit: string): ReportData {
  const base = commune({ unit });
  const { '5': _five, ...forms } = base.forms as Record<string, unknown>;
  return { ...base, forms: { ...forms, '8': { '1': 10, '1.1': 4, '3': 1 } }, formSet: { id: TEST_SET.id, version: TEST_SET.version } } as ReportData;
}

const xlsxBytes = async (data: ReportData, catalogue: FormCatalogue = TEST_CATALOGUE): Promise<Uint8Array> =>
  new Uint8Array(await (await planToWorkbook(buildWorkbookPlan(data, catalogue))).xlsx.writeBuffer());

/** The sample varied: an error, warnings only, a commune twice, another period, another set (data and workbook), rows left empty, a workbook. */
async function variedFiles(): Promise<(readonly [string, Uint8Array])[]> {
  const json = (data: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(data));
  return [
    ['hoa-phong.json', json(commune({}))],
    ['loi.json', json(commune({ unit: 'Tịnh Kỳ' }, { '1': { '2.2': 45 } }))],
    ['canh-bao.json', json(commune({ unit: 'Cảnh Báo' }, { '1': { '4.1': 5, '4.2': 3, '4.3': 1, '4.4': 0 } }))],
    ['trung-1.json', json(commune({ unit: 'Trùng' }, { '1': { '2.1': 41 } }))],
    ['trung-2.json', json(commune({ unit: ' trùng' }))],
    ['quy-3.json', json(commune({ unit: 'An Phú', period: 'Q3' }))],
    ['bo-khac.json', json(testSetCommune('Bộ Khác'))],
    ['bo-khac.xlsx', await xlsxBytes(testSetCommune('Bộ Khác Hai'))],
    ['de-trong.json', json(commune({ unit: 'Để Trống' }, { '1': { '2.1': undefined, '2.2': undefined }, '3': { '1.1': undefined } }))],
    ['nghia-hanh.xlsx', await xlsxBytes(commune({ unit: 'Nghĩa Hành' }, { '1': { '2.1': 12, '2.2': 7 } }) as ReportData, BUILTIN_CATALOGUE)],
  ];
}

const picked = (name: string, bytes: Uint8Array): PickedFile => ({
  name,
  arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
});

/** Lines that reject a file. */
const rejections = (lines: readonly string[]): string[] => lines.filter((l) => l.startsWith('Từ chối '));

/**
 * `files` consolidated by `cchc consolidate --skip-rejected` (no --forms) and by the pane's Tổng hợp knowing the sets `known`:
 * each one's rejections and the workbook's named cells.
 */
async function cliAndPane(files: readonly (readonly [string, Uint8Array])[], known: Parameters<typeof consolidatePicked>[4]) {
  const { cli, pane } = await cliAndPaneLines(files, known);
  return {
    cli: { rejections: rejections(cli.lines), values: cli.values },
    pane: { rejections: rejections(pane.lines), values: pane.values },
  };
}

/** `files` consolidated by both, as cliAndPane does: each one's lines (the CLI's standard error) and the workbook's named cells. */
async function cliAndPaneLines(files: readonly (readonly [string, Uint8Array])[], known: Parameters<typeof consolidatePicked>[4] = []) {
  const box = sandbox();
  let cli;
  let cliValues;
  try {
    for (const [name, bytes] of files) writeFileSync(box.path(name), bytes);
    cli = await box.run('consolidate', ...files.map(([name]) => name), '--out', 'th.xlsx', '--skip-rejected');
    expect(cli.code).toBe(0);
    cliValues = readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(box.path('th.xlsx'))))).values;
  } finally {
    box.dispose();
  }
  const pane = await consolidatePicked(files.map(([name, bytes]) => picked(name, bytes)), true, () => undefined, [], known, {}, rasteriseChart);
  expect(pane.ok).toBe(true);
  return {
    cli: { lines: cli.stderr.split('\n'), values: cliValues },
    pane: { lines: pane.lines, values: readNamedCells(await loadWorkbook(pane.workbook!.bytes)).values },
  };
}

describe('cchc consolidate and the pane’s Tổng hợp on the same files', () => {
  it('accept and reject the same files for the same reasons, and write the same totals', async () => {
    const { cli, pane } = await cliAndPane(await variedFiles(), [TEST_SET]);
    // Every file of another set is named as such, its set and the chosen one said, by both.
    expect(cli.rejections.filter((l) => l.includes('khác bộ biểu mẫu đang tổng hợp'))).toHaveLength(2);
    expect(cli.rejections).toHaveLength(6);
    expect(pane).toEqual(cli);
  }, 60_000);
});

describe('cchc consolidate without --forms and the pane’s Tổng hợp on files of two sets, data before the workbook carrying its set', () => {
  it('choose the set most files follow and reject the same files for the same reasons, with the same totals', async () => {
    const json = (data: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(data));
    const v2 = { ...testSetCommune('Sơn Hà'), formSet: { id: TEST_SET.id, version: TEST_SET.version + 1 } };
    // The built-in commune first, data of a set no file carries, then the test set's data before its workbook. The pane knows
    // no set but the built-in one: the test set is learnt from the workbook, as the CLI learns it.
    const { cli, pane } = await cliAndPane(
      [
        ['lam.json', json(commune({ unit: 'Phú Lâm' }))],
        ['son.json', json(v2)],
        ['tan.json', json(testSetCommune('Tân Lập'))],
        ['hoa.xlsx', await xlsxBytes(testSetCommune('Hòa Phong'))],
      ],
      [],
    );
    expect(cli.rejections.map((l) => l.slice(0, l.indexOf(':')))).toEqual(['Từ chối lam.json', 'Từ chối son.json']);
    expect(cli.rejections.every((l) => l.includes('khác bộ biểu mẫu đang tổng hợp (“thu-nghiem” phiên bản 1)'))).toBe(true);
    expect(pane).toEqual(cli);
  }, 60_000);
});

describe('Apps Script’s Tổng hợp and cchc consolidate on the same communes', () => {
  it('reject the same communes for the same reasons and write the same totals', async () => {
    const communes: ReportData[] = [
      commune({ unit: 'Thử 1' }),
      commune({ unit: 'Thử 2' }, { '1': { '2.2': 45 } }),
      commune({ unit: 'Thử 3' }, { '1': { '4.1': 5, '4.2': 3, '4.3': 1, '4.4': 0 } }),
      commune({ unit: 'Trùng' }, { '1': { '2.1': 41 } }),
      commune({ unit: ' trùng' }),
      commune({ unit: 'Thử 6', period: 'Q3' }),
      testSetCommune('Thử 7'),
      commune({ unit: 'Thử 8' }, { '1': { '2.1': undefined, '2.2': undefined }, '3': { '1.1': undefined } }),
    ];
    const env = fakeEnv();
    communes.forEach((data, i) =>
      env.remote.set(communeId(i + 1), communeSpreadsheet(env.log, communeId(i + 1), data, data.formSet ? TEST_CATALOGUE : BUILTIN_CATALOGUE)),
    );
    consolidateCommand(env, { now: env.clock.now });
    // Column A names each commune, as the README asks; the name listed twice is labelled by its row.
    fillUnitList(env, communes.map((data, i) => [data.meta.unit, linkOf(communeId(i + 1))] as const));
    consolidateCommand(env, { now: env.clock.now });
    const sidebar = sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());

    const box = sandbox();
    let cli;
    try {
      // The files named as Sheets labels the rows (its messages name them so), the same names as the list expected.
      const labels = ['Thử 1', 'Thử 2', 'Thử 3', 'Trùng', 'trùng (dòng 7)', 'Thử 6', 'Thử 7', 'Thử 8'];
      const files = communes.map((data, i) => {
        writeFileSync(box.path(labels[i]!), JSON.stringify(data));
        return labels[i]!;
      });
      writeFileSync(box.path('ds.txt'), communes.map((data) => data.meta.unit).join('\n'));
      cli = await box.run('consolidate', ...files, '--out', 'th.xlsx', '--skip-rejected', '--expected-list', 'ds.txt');
      expect(cli.code).toBe(0);
      const cliValues = readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(box.path('th.xlsx'))))).values;
      const blank = (v: unknown): unknown => (v === '' || v === undefined ? null : v);
      const cliTh = Object.fromEntries(Object.entries(cliValues).filter(([n]) => n.startsWith('TH')).map(([n, v]) => [n, blank(v)]));
      expect(sheetTotals(env.ss)).toEqual(cliTh);
    } finally {
      box.dispose();
    }
    const cliRejections = cli.stderr.split('\n').filter((l) => l.startsWith('Từ chối ')).map((l) => l.slice('Từ chối '.length));
    // An error, the commune twice (both files), another period, another set.
    expect(cliRejections).toHaveLength(5);
    expect(sidebar.findings?.map((f) => f.message.split('\n')[0])).toEqual(cliRejections);
    expect(sidebar.lead).toBe(GAS_TEXT.district.done(3, 7));
  }, 60_000);
});

/** Lines that say a tie decided the form set or the period (AGGREGATE_TEXT.grouping.setTie, periodTie). */
const tieLines = (lines: readonly string[]): string[] => lines.filter((l) => / có số tệp bằng nhau \(mỗi (bộ|kỳ) \d+ tệp\)/.test(l));

describe('cchc consolidate without --forms and the pane’s Tổng hợp on files whose sets and periods tie, in two orders', () => {
  it('choose the same set and period whatever the order, reject the same files, write the same totals and say the same ties', async () => {
    const json = (data: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(data));
    // Two files of the built-in set, one of each of two periods, and two of the test set (data, and a workbook carrying it):
    // the sets tie, and so do the built-in files' periods.
    const files: (readonly [string, Uint8Array])[] = [
      ['tan.json', json(testSetCommune('Tân Lập'))],
      ['hoa.xlsx', await xlsxBytes(testSetCommune('Hòa Phong'))],
      ['lam.json', json(commune({ unit: 'Phú Lâm', period: 'Q1' }))],
      ['son.json', json(commune({ unit: 'Sơn Hà' }))],
    ];
    const first = await cliAndPaneTies(files);
    const second = await cliAndPaneTies([...files].reverse());
    for (const r of [first, second]) {
      expect(r.cli.rejections.sort()).toEqual([
        'Từ chối hoa.xlsx: số liệu theo bộ biểu mẫu “thu-nghiem” phiên bản 1, khác bộ biểu mẫu đang tổng hợp (“cchc-xa-2023” phiên bản 1).',
        'Từ chối lam.json: số liệu kỳ Quý I năm 2026, khác kỳ đang tổng hợp (6 tháng đầu năm 2026).',
        'Từ chối tan.json: số liệu theo bộ biểu mẫu “thu-nghiem” phiên bản 1, khác bộ biểu mẫu đang tổng hợp (“cchc-xa-2023” phiên bản 1).',
      ]);
      expect(r.cli.ties).toEqual([
        'Các tệp theo các bộ biểu mẫu “cchc-xa-2023” phiên bản 1 và “thu-nghiem” phiên bản 1 có số tệp bằng nhau (mỗi bộ 2 tệp): tổng hợp theo bộ “cchc-xa-2023” phiên bản 1, bộ có mã đứng trước theo thứ tự chữ cái (cùng mã thì phiên bản mới hơn), dù các tệp được đưa vào theo thứ tự nào. Muốn tổng hợp theo bộ khác, hãy chỉ bộ đó bằng --forms.',
        'Các kỳ Quý I năm 2026 và 6 tháng đầu năm 2026 có số tệp bằng nhau (mỗi kỳ 1 tệp): tổng hợp kỳ gần nhất, 6 tháng đầu năm 2026 (tệp kỳ cũ hơn thường là tệp còn sót lại), dù các tệp được đưa vào theo thứ tự nào.',
      ]);
      // The pane says the same but its own way to another set.
      expect(r.pane.ties).toEqual([r.cli.ties[0]!.replace(CLI_TEXT.consolidate.setTieHint, UI_TEXT.consolidate.setTieHint), r.cli.ties[1]]);
      expect(r.pane.ties[0]).toMatch(/hãy chọn lại chỉ các tệp theo bộ đó\.$/);
      expect({ rejections: r.pane.rejections.sort(), values: r.pane.values }).toEqual({ rejections: r.cli.rejections, values: r.cli.values });
    }
    expect(second.cli.values).toEqual(first.cli.values);
    expect(second.cli.rejections).toEqual(first.cli.rejections);
  }, 120_000);
});

/** `cliAndPane` with each one's tie lines too. */
async function cliAndPaneTies(files: readonly (readonly [string, Uint8Array])[]) {
  const { cli, pane } = await cliAndPaneLines(files);
  return {
    cli: { rejections: rejections(cli.lines), ties: tieLines(cli.lines), values: cli.values },
    pane: { rejections: rejections(pane.lines), ties: tieLines(pane.lines), values: pane.values },
  };
}

describe('Apps Script’s Tổng hợp on communes whose periods tie, listed in two orders', () => {
  it('totals the latest period whatever the order of the list, says the tie in the summary as the CLI does, and writes the same totals', () => {
    const communes: ReportData[] = [commune({ unit: 'Thử 1', period: 'Q1' }), commune({ unit: 'Thử 2' }, { '1': { '2.1': 41 } })];
    const run = (order: readonly number[]) => {
      const env = fakeEnv();
      order.forEach((c, i) => env.remote.set(communeId(i + 1), communeSpreadsheet(env.log, communeId(i + 1), communes[c]!, BUILTIN_CATALOGUE)));
      consolidateCommand(env, { now: env.clock.now });
      fillUnitList(env, order.map((c, i) => [communes[c]!.meta.unit, linkOf(communeId(i + 1))] as const));
      consolidateCommand(env, { now: env.clock.now });
      const sidebar = sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());
      return { sidebar, totals: sheetTotals(env.ss), rejected: sidebar.findings?.map((f) => f.message.split('\n')[0]) };
    };
    const first = run([0, 1]);
    const second = run([1, 0]);
    expect(first.rejected).toEqual(['Thử 1: số liệu kỳ Quý I năm 2026, khác kỳ đang tổng hợp (6 tháng đầu năm 2026).']);
    expect(first.sidebar.lead).toBe(GAS_TEXT.district.done(1, 2));
    expect(first.sidebar.summary).toContain(
      'Các kỳ Quý I năm 2026 và 6 tháng đầu năm 2026 có số tệp bằng nhau (mỗi kỳ 1 tệp): tổng hợp kỳ gần nhất, 6 tháng đầu năm 2026 (tệp kỳ cũ hơn thường là tệp còn sót lại), dù các tệp được đưa vào theo thứ tự nào.',
    );
    expect({ rejected: second.rejected, summary: second.sidebar.summary, lead: second.sidebar.lead, totals: second.totals }).toEqual({
      rejected: first.rejected,
      summary: first.sidebar.summary,
      lead: first.sidebar.lead,
      totals: first.totals,
    });
  }, 60_000);

  it('says the tie when none of the chosen period’s communes could be totalled (each listed twice)', () => {
    const communes: ReportData[] = [commune({ unit: 'Thử 1', period: 'Y' }), commune({ unit: 'Thử 1', period: 'Y' }), commune({ unit: 'Thử 2' }), commune({ unit: 'Thử 3' })];
    const env = fakeEnv();
    communes.forEach((c, i) => env.remote.set(communeId(i + 1), communeSpreadsheet(env.log, communeId(i + 1), c, BUILTIN_CATALOGUE)));
    consolidateCommand(env, { now: env.clock.now });
    fillUnitList(env, communes.map((c, i) => [`${c.meta.unit} (${i + 1})`, linkOf(communeId(i + 1))] as const));
    consolidateCommand(env, { now: env.clock.now });
    const sidebar = sidebarPayload(env.app.ui.sidebars.at(-1)!.getContent());
    expect(sidebar.lead).toBe(GAS_TEXT.district.noneAccepted(4));
    expect(sidebar.summary).toBe(
      'Các kỳ 6 tháng đầu năm 2026 và Năm 2026 có số tệp bằng nhau (mỗi kỳ 2 tệp): tổng hợp kỳ gần nhất, Năm 2026 (tệp kỳ cũ hơn thường là tệp còn sót lại), dù các tệp được đưa vào theo thứ tự nào.',
    );
  }, 60_000);
});
