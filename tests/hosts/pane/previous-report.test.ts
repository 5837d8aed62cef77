// The pane's "Báo cáo cùng kỳ năm trước": read once, then used by "Kiểm tra" (warnings across periods) and by the report (comparisons); a file that does not fit is refused with the reason.
import type { ReportData } from '../../../src/core/data/types';
import { PERIODS_TEXT } from '../../../src/core/i18n/messages';
import { checkReport } from '../../../src/core/rules/check';
import type { CheckResult } from '../../../src/core/rules/types';
import { PaneController, withExtraFindings, type PaneHost, type PaneView } from '../../../src/hosts/pane/pane-controller';
import type { PickedFile } from '../../../src/hosts/pane/read-input-file';
import { report } from '../../core/rules/sample-pair';
import type { FormCatalogue } from '../../../src/core/forms/build-catalogue';
import { checkAcrossPeriods } from '../../../src/core/rules/check-across-periods';
import { asTestSetData, TEST_CATALOGUE, TEST_SET } from '../../fixtures/form-sets/test-set';
import { fileHost } from '../../../src/hosts/pane/file-host';
import { KnownSets } from '../../../src/hosts/pane/pane-sets';
import { FORMSET_TEXT } from '../../../src/core/i18n/form-sets';

const picked = (name: string, data: unknown): PickedFile => ({
  name,
  arrayBuffer: async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(data));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  },
});

function setup(current: ReportData = report(), catalogue?: FormCatalogue) {
  const log: string[] = [];
  const delivered: ReportData[] = [];
  let shown: CheckResult | null = null;
  const view: PaneView = {
    busy: () => undefined,
    message: (k, t) => log.push(`${k}:${t}`),
    findings: (r) => {
      shown = r;
    },
    draftWanted: () => false,
  };
  const host: PaneHost = {
    mode: 'standalone',
    check: async (extra) =>
      withExtraFindings({ result: checkReport(current), data: current, cellOf: (form, key) => `'Biểu mẫu ${form}'!D${key}`, ...(catalogue ? { catalogue } : {}) }, extra),
    carry: async () => ({ message: 'đã lấy', previous: report({ period: 'Q1' }, { '1': { '2.1': 30 } }) }),
    deliver: async (d) => {
      delivered.push(d);
      return 'đã tải';
    },
  };
  return { controller: new PaneController(view, host), log, delivered, shown: (): CheckResult | null => shown };
}

describe('the pane with a report of the same period last year', () => {
  it('passes it to the report as its previous block, and says which report it took', async () => {
    const s = setup();
    const text = await s.controller.choosePrevious(picked('h1-2025.json', report({ year: 2025 }, { '3': { '3.3.1': 1100 } })));
    expect(text).toBe(PERIODS_TEXT.pane.previousChosen('h1-2025.json', 'xã Hòa Phong, 6 tháng đầu năm 2025'));
    expect(await s.controller.generate()).toBe(true);
    expect(s.delivered[0]?.previous?.year).toBe(2025);
    expect(s.delivered[0]?.previous?.period).toBe('H1');
    expect(s.delivered[0]?.previous?.forms['3']?.['3.3.1']).toBe(1100);
  });

  it('without one (or after clearing it) the report has no previous block', async () => {
    const s = setup();
    await s.controller.choosePrevious(picked('h1-2025.json', report({ year: 2025 })));
    expect(await s.controller.choosePrevious(null)).toBe(PERIODS_TEXT.pane.previousNone);
    expect(await s.controller.generate()).toBe(true);
    expect(s.delivered[0]?.previous).toBeUndefined();
  });

  it('adds the warnings across periods to "Kiểm tra", at their cells', async () => {
    const s = setup();
    await s.controller.choosePrevious(picked('h1-2025.json', report({ year: 2025 }, { '4': { '2.1': 10 } })));
    await s.controller.check();
    const found = s.shown()?.findings.filter((f) => f.rule === 'standing-jump') ?? [];
    expect(found.map((f) => `${f.form}:${f.row} ${f.cell}`)).toEqual(["4:2.1 'Biểu mẫu 4'!D2.1"]);
    expect(s.shown()?.warnings).toBe(1);
  });

  it("warns by the rows of the set the workbook carries, as the CLI and Apps Script do (a province's set without Biểu mẫu 5)", async () => {
    const s = setup(report(), TEST_CATALOGUE);
    const earlier = report({ year: 2025 }, { '4': { '2.1': 10 }, '5': { '1.1': 400, '1.2': 400 } });
    await s.controller.choosePrevious(picked('h1-2025.json', earlier));
    await s.controller.check();
    const across = s.shown()?.findings.filter((f) => f.rule === 'standing-jump') ?? [];
    const cellOf = (form: number, key: string): string => `'Biểu mẫu ${form}'!D${key}`;
    expect(across).toEqual(checkAcrossPeriods(report(), earlier, { cellOf }, TEST_CATALOGUE).filter((f) => f.rule === 'standing-jump'));
    expect(across.map((f) => f.form)).toEqual([4]);
  });

  it("reads last year's data of a set the pane knows (a shipped one) by that set, as Lấy số liệu kỳ trước does; one it does not know is refused", async () => {
    const known = new KnownSets();
    known.add(TEST_SET);
    const log: string[] = [];
    const view: PaneView = { busy: () => undefined, message: (k, t) => log.push(`${k}:${t}`), findings: () => undefined, draftWanted: () => false };
    const controller = new PaneController(view, fileHost('standalone', async () => 'đã tải', known));
    const earlier = asTestSetData(report({ year: 2025 }));
    expect(await controller.choosePrevious(picked('h1-2025.json', earlier))).toBe(PERIODS_TEXT.pane.previousChosen('h1-2025.json', 'xã Hòa Phong, 6 tháng đầu năm 2025'));
    const unknown = new PaneController(view, fileHost('standalone', async () => 'đã tải'));
    expect(await unknown.choosePrevious(picked('h1-2025.json', earlier))).toBeUndefined();
    expect(log).toEqual([`error:${FORMSET_TEXT.pane.dataNeedsSet('h1-2025.json', '“thu-nghiem” phiên bản 1')}`]);
  });

  it('after "Lấy số liệu kỳ trước", checks against the period carried from, before last year\'s', async () => {
    const s = setup();
    await s.controller.choosePrevious(picked('h1-2025.json', report({ year: 2025 }, { '4': { '2.1': 10 } })));
    expect(await s.controller.carry(picked('q1.xlsx', {}))).toBe(true);
    await s.controller.check();
    expect(s.shown()?.findings.map((f) => f.rule)).toEqual(['plan-changed']);
  });

  it("refuses another commune's report, in check and in the report", async () => {
    const s = setup();
    await s.controller.choosePrevious(picked('khac.json', report({ year: 2025, unit: 'Tịnh Kỳ' })));
    expect(await s.controller.generate()).toBe(false);
    expect(s.delivered).toEqual([]);
    expect(s.log.some((l) => l.startsWith('error:') && l.includes('xã Tịnh Kỳ') && l.includes('cùng một đơn vị'))).toBe(true);
  });

  it('checks against an earlier period of the same year, but refuses it for the comparison (not the same period)', async () => {
    const s = setup();
    await s.controller.choosePrevious(picked('q1.json', report({ period: 'Q1' }, { '1': { '2.1': 30 } })));
    await s.controller.check();
    expect(s.shown()?.findings.map((f) => f.rule)).toEqual(['plan-changed']);
    expect(await s.controller.generate()).toBe(false);
    expect(s.log[s.log.length - 1]).toMatch(/^error:Báo cáo cùng kỳ năm trước phải là báo cáo cùng kỳ/);
  });

  it('a file that cannot be read is named in an error and nothing is kept', async () => {
    const s = setup();
    const bad: PickedFile = { name: 'hong.json', arrayBuffer: async () => new TextEncoder().encode('{').buffer as ArrayBuffer };
    expect(await s.controller.choosePrevious(bad)).toBeUndefined();
    expect(s.log.some((l) => l.startsWith('error:') && l.includes('hong.json'))).toBe(true);
    expect(await s.controller.generate()).toBe(true);
    expect(s.delivered[0]?.previous).toBeUndefined();
  });
});
