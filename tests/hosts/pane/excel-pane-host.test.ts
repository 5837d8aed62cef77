// The Excel host wiring: every action waits for cell editing to end (delayForCellEdit), and the re-check as the user types is debounced.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { excelHost, watchChanges } from '../../../src/hosts/pane/excel-pane-host';
import { officeDeliverEnv, type DeliverEnv } from '../../../src/hosts/pane/deliver-report';
import { PaneController, type PaneView } from '../../../src/hosts/pane/pane-controller';
import { registerCommands, COMMANDS, type CommandEvent } from '../../../src/hosts/pane/commands';
import { fakeExcel, findName, findSheet, typeInto, type FakeState } from '../excel/fake-excel';
import { MARK_FILL } from '../../../src/hosts/excel/mark-findings';
import { UI_TEXT } from '../../../src/core/i18n/messages';
import { BUILTIN_SET } from '../../../src/core/forms/builtin';
import { setLabel } from '../../../src/core/forms/choose-form-set';
import { setLine } from '../../../src/hosts/pane/pane-sets';
import { asTestSetData, TEST_SET } from '../../fixtures/form-sets/test-set';
import { TEMPLATE_VERSION } from '../../../src/core/layout/names';
import { KNOWN_TEMPLATE_VERSIONS } from '../../../src/core/layout/template-versions';
import { keptWorkbook, snapshotOf } from '../../fixtures/versions/kept-workbooks';
import { excelHolding } from '../excel/kept-in-excel';

type Batch = (context: unknown) => Promise<unknown>;

interface ExcelDouble {
  readonly state: FakeState;
  readonly options: unknown[];
  handlers: (() => Promise<void>)[];
  removed: number;
}

/** Installs a global `Excel.run` over the recording double, and an `Office` answering every API set. */
function installExcel(supports: (version: string) => boolean = () => true, holding?: FakeState): ExcelDouble {
  const { context, state } = fakeExcel(holding);
  const double: ExcelDouble = { options: [], handlers: [], removed: 0, state };
  const ctx = context as unknown as Record<string, unknown>;
  const workbook = ctx.workbook as Record<string, unknown>;
  const worksheets = workbook.worksheets as Record<string, unknown>;
  worksheets.onChanged = {
    add: (h: () => Promise<void>) => {
      double.handlers.push(h);
      return { context, remove: () => void double.removed++ };
    },
  };
  const g = globalThis as Record<string, unknown>;
  g.Excel = {
    run: (a: unknown, b?: Batch) => {
      const batch = (typeof a === 'function' ? a : b) as Batch;
      double.options.push(typeof a === 'function' ? null : a);
      return batch(context);
    },
  };
  g.Office = { context: { requirements: { isSetSupported: (_set: string, version: string) => supports(version) } } };
  return double;
}

afterEach(() => {
  const g = globalThis as Record<string, unknown>;
  delete g.Excel;
  delete g.Office;
  delete g.window;
  jest.useRealTimers();
});

const env: DeliverEnv = {
  route: 'download',
  openBrowserWindow: () => undefined,
  reportPageUrl: 'https://x/report.html',
  paneAddress: 'https://x/taskpane.html',
  download: () => undefined,
  offer: () => undefined,
};

describe('excelHost', () => {
  it('runs layout, check and select as batches that wait for cell editing to end', async () => {
    const double = installExcel();
    const host = excelHost(env);
    if (!host.layout || !host.check || !host.select) throw new Error('the Excel host lays out, checks and selects');
    expect(await host.layout()).toMatch(/^Đã lập/u);
    const check = await host.check();
    expect(check.result.errors).toBeGreaterThan(0); // an empty template: Thông tin chung is missing
    await host.select(check.result.findings.find((f) => f.cell)!.cell!);
    expect(double.options).toEqual([{ delayForCellEdit: true }, { delayForCellEdit: true }, { delayForCellEdit: true }]);
  });
});

describe('excelHost with a form set', () => {
  it('Chọn bộ biểu mẫu… lays the workbook out with the set; the line, Kiểm tra and the ribbon then follow the set it carries', async () => {
    const double = installExcel();
    const host = excelHost(env);
    const lines: string[] = [];
    const messages: string[] = [];
    const view: PaneView = { busy: () => undefined, message: (_k, t) => messages.push(t), findings: () => undefined, draftWanted: () => false, formSet: (l) => lines.push(l) };
    const controller = new PaneController(view, host);
    await controller.showWorkbookSet();
    expect(lines).toEqual([setLine(BUILTIN_SET)]);
    expect(await controller.chooseSet('bo-bieu-mau.xlsx', async () => ({ set: TEST_SET }))).toBe(true);
    expect(messages.at(-1)).toContain(setLabel(TEST_SET));
    expect(lines.at(-1)).toBe(setLine(TEST_SET));
    expect(findSheet(double.state, 'Biểu mẫu 8')).toBeDefined();
    expect(await host.workbookSet?.()).toEqual(TEST_SET);
    const check = await controller.check();
    expect(check?.set).toEqual(TEST_SET);
    // The ribbon's Kiểm tra reads the same set.
    let ready: (t: { controller: PaneController; reveal: () => Promise<void> }) => void = () => undefined;
    const handlers = new Map<string, (e: CommandEvent) => void>();
    registerCommands((name, h) => handlers.set(name, h), new Promise((ok) => (ready = ok)));
    ready({ controller, reveal: async () => undefined });
    lines.length = 0;
    await new Promise<void>((done) => handlers.get(COMMANDS.check)?.({ completed: done }));
    expect(lines).toEqual([setLine(TEST_SET)]);
  });
});

/** The sample as the commune's Q1 report, picked as a .json file. */
function previousFile(name: string, meta: Record<string, unknown> = {}): { name: string; arrayBuffer: () => Promise<ArrayBuffer> } {
  const sample = JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')) as { meta: object };
  const bytes = new TextEncoder().encode(JSON.stringify({ ...sample, meta: { ...sample.meta, period: 'Q1', year: 2026, ...meta } }));
  return { name, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

describe('excelHost: an earlier report of the set the open workbook carries', () => {
  it('reads data naming that set once the pane has seen the workbook, though the set was neither shipped nor chosen in this session', async () => {
    installExcel();
    const first = excelHost(env);
    const quiet: PaneView = { busy: () => undefined, message: () => undefined, findings: () => undefined, draftWanted: () => false, formSet: () => undefined };
    expect(await new PaneController(quiet, first).chooseSet('bo-bieu-mau.xlsx', async () => ({ set: TEST_SET }))).toBe(true);
    // The pane opened again on the same workbook: it knows no set but the built-in one until it reads the workbook's.
    const host = excelHost(env);
    const sample = JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')) as { meta: object; forms: object };
    const bytes = new TextEncoder().encode(JSON.stringify(asTestSetData({ ...sample, meta: { ...sample.meta, period: 'Q1' } })));
    const file = { name: 'quy-1.json', arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
    await expect(host.readEarlier!(file)).rejects.toThrow(setLabel(TEST_SET));
    await new PaneController(quiet, host).showWorkbookSet();
    const read = await host.readEarlier!(file);
    expect(read.data?.meta).toMatchObject({ period: 'Q1' });
    expect(read.data?.forms['8']).toEqual({ '1': 1000, '1.1': 400, '3': 1 });
  });
});

describe('excelHost: Kiểm tra with findings the pane adds', () => {
  it('marks the added findings with the checker\'s, in the same batch, and counts them in the totals', async () => {
    const double = installExcel();
    const host = excelHost(env);
    await host.layout!();
    const plain = await host.check();
    expect(findSheet(double.state, 'Biểu mẫu 4')?.cells.get('D12')?.fill).not.toBe(MARK_FILL.warning);
    const extra = { form: 4 as const, row: '2.1', cell: "'Biểu mẫu 4'!D12", severity: 'warning' as const, rule: 'standing-jump' as const, message: 'thêm' };
    const check = await host.check(() => [extra]);
    expect(check.result.warnings).toBe(plain.result.warnings + 1);
    expect(check.result.findings).toContainEqual(extra);
    expect(findSheet(double.state, 'Biểu mẫu 4')?.cells.get('D12')?.fill).toBe(MARK_FILL.warning);
  });
});

describe('excelHost: Lấy số liệu kỳ trước', () => {
  it('carries a picked previous report into the laid-out workbook in one batch that waits for cell editing', async () => {
    const double = installExcel();
    const host = excelHost(env);
    await host.layout!();
    const { message: text, previous } = await host.carry!(previousFile('quy-1.json'));
    expect(previous.meta).toMatchObject({ period: 'Q1', year: 2026 });
    expect(text).toBe('Đã lấy 24 ô từ báo cáo Quý I năm 2026; mỗi ô có ghi chú để kiểm tra lại.');
    expect(double.options).toEqual([{ delayForCellEdit: true }, { delayForCellEdit: true }]);
    const check = await host.check();
    expect(check.data?.meta).toMatchObject({ unit: 'Hòa Phong', period: 'H1', year: 2026 });
    expect(check.data?.forms['3']?.['1.1']).toBe(158);
    expect(check.data?.forms['3']?.['3.3.1']).toBeUndefined();
  });

  it('Kiểm tra removes the note of a carried cell edited since, and keeps the others, in the same syncs', async () => {
    const double = installExcel();
    const host = excelHost(env);
    await host.layout!();
    await host.carry!(previousFile('quy-1.json'));
    const [, edited] = findName(double.state, 'BM3_1_1')!;
    const [, kept] = findName(double.state, 'BM3_2_1')!;
    const noteOf = (at: { sheet: string; cell: string }): string | undefined => findSheet(double.state, at.sheet)?.cells.get(at.cell)?.note;
    expect(noteOf(edited)).toMatch(/^Lấy từ báo cáo kỳ trước/);
    typeInto(double.state, edited.sheet, edited.cell, 160);
    const before = double.state.log.length;
    await host.check();
    expect(noteOf(edited)).toBeUndefined();
    expect(noteOf(kept)).toMatch(/^Lấy từ báo cáo kỳ trước/);
    expect(double.state.log.slice(before).filter((l) => l.startsWith('deleteNote'))).toEqual([`deleteNote ${edited.sheet}!${edited.cell}`]);
    // Nothing else to remove the next time.
    const again = double.state.log.length;
    await host.check();
    expect(double.state.log.slice(again).filter((l) => l.startsWith('deleteNote'))).toEqual([]);
  });

  it('says the notes were not added on Excel before ExcelApi 1.18, and names the file of a refused report', async () => {
    installExcel((version) => version !== '1.18');
    const host = excelHost(env);
    await host.layout!();
    expect((await host.carry!(previousFile('quy-1.json'))).message).toBe(
      'Đã lấy 24 ô từ báo cáo Quý I năm 2026. Phiên bản Excel này không thêm được ghi chú vào ô (cần Excel API 1.18): số liệu đã được lấy nhưng không có ghi chú đánh dấu; hãy kiểm tra lại các dòng không đổi.',
    );
    await expect(host.carry!(previousFile('xa-khac.json', { unit: 'Thái Học' }))).rejects.toThrow(/^xa-khac\.json: Báo cáo kỳ trước là của xã Thái Học/);
  });
});

describe('excelHost: Lấy số liệu kỳ trước on a workbook Kiểm tra refuses', () => {
  it.each(KNOWN_TEMPLATE_VERSIONS.filter((v) => v !== TEMPLATE_VERSION))(
    'an intact one of version %s: refused before anything is written, to be upgraded first, in Kiểm tra’s words but for pressing the carry again',
    async (version) => {
      const double = installExcel(() => true, excelHolding(snapshotOf(await keptWorkbook(version))));
      const host = excelHost(env);
      const carried = await host.carry!(previousFile('quy-1.json', { unit: 'Tân Lập', unitKind: 'phường', year: 2025 })).then(
        () => null,
        (e: unknown) => e,
      );
      expect(double.state.log).toEqual([]);
      const checked = await host.check().then(
        () => null,
        (e: unknown) => e,
      );
      expect((carried as Error).message).toBe(UI_TEXT.olderTemplate(version, TEMPLATE_VERSION, undefined, UI_TEXT.damageHint.excel.upgradeToCarry));
      expect((checked as Error).message).toBe(UI_TEXT.olderTemplate(version, TEMPLATE_VERSION));
      // Kiểm tra ends by checking again; the carry, the same but for pressing the carry again.
      expect((checked as Error).message).toMatch(/rồi kiểm tra lại\.$/);
      expect((carried as Error).message).toBe((checked as Error).message.replace(/rồi kiểm tra lại\.$/, 'rồi bấm lại “Lấy số liệu kỳ trước”.'));
    },
  );
});

/** Office.context.platform for the installed double (values: https://learn.microsoft.com/javascript/api/office/office.platformtype). */
function onPlatform(platform: 'PC' | 'Mac' | 'OfficeOnline'): void {
  const g = globalThis as Record<string, unknown>;
  const office = g.Office as { context: Record<string, unknown> };
  g.Office = { ...office, context: { ...office.context, platform }, PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS' } };
}

describe('excelHost: Lập biểu mẫu and printing', () => {
  it('on Windows and Mac says where to set "1 page wide" before printing (Excel there may not apply it: office-js#1860); not on the web', async () => {
    for (const [platform, said] of [['PC', true], ['Mac', true], ['OfficeOnline', false]] as const) {
      installExcel();
      onPlatform(platform);
      const text = await excelHost(env).layout!();
      expect([platform, text.includes(UI_TEXT.layoutPrintFit)]).toEqual([platform, said]);
      expect(text).toMatch(/^Đã lập/u);
    }
    expect(UI_TEXT.layoutPrintFit).toContain('Bố trí Trang (Page Layout)');
  });
});

/** A pane view that records its messages and asks for a draft (the template carried from the sample has findings). */
function recordingView(): PaneView & { messages: string[]; revealed: number } {
  const messages: string[] = [];
  const view = {
    messages,
    revealed: 0,
    busy: () => undefined,
    message: (_kind: string, text: string) => void messages.push(text),
    findings: () => undefined,
    draftWanted: () => true,
    reveal: () => void view.revealed++,
  };
  return view;
}

describe('excelHost: the report from the ribbon and from the pane', () => {
  // Office.context.platform values: https://learn.microsoft.com/javascript/api/office/office.platformtype
  for (const platform of ['PC', 'OfficeOnline'] as const) {
    it(`on ${platform}, a ribbon click offers the download button; the pane's own button downloads at once`, async () => {
      installExcel();
      onPlatform(platform);
      const g = globalThis as Record<string, unknown>;
      g.window = { location: { href: 'https://cchc.example.vn/addin/taskpane.html?_host_Info=Excel' } };
      const offered: string[] = [];
      const downloaded: string[] = [];
      const env = { ...officeDeliverEnv((_bytes, name) => void offered.push(name)), download: (_bytes: Uint8Array, name: string) => void downloaded.push(name) };
      expect(env.route).toBe('download');
      const host = excelHost(env);
      await host.layout!();
      await host.carry!(previousFile('quy-1.json'));
      const view = recordingView();
      const controller = new PaneController(view, host);
      // The ribbon's "Tạo báo cáo": the command as Office.actions.associate binds it.
      const handlers = new Map<string, (event: CommandEvent) => void>();
      registerCommands((name, handler) => void handlers.set(name, handler), Promise.resolve({ controller, reveal: async () => undefined }));
      const completed = new Promise<void>((resolve) => handlers.get(COMMANDS.generate)!({ completed: resolve }));
      await completed;
      expect(downloaded).toEqual([]);
      expect(offered).toHaveLength(1);
      expect(offered[0]).toMatch(/\.docx$/u);
      expect(view.messages.at(-1)).toContain('Tải báo cáo về máy');
      // The pane's own "Tạo báo cáo" button: a click in the pane, so the file is saved at once.
      expect(await controller.generate()).toBe(true);
      expect(offered).toHaveLength(1);
      expect(downloaded).toEqual(offered);
    });
  }
});

describe('watchChanges', () => {
  it('calls back once, after the typing has stopped, however many changes came before; stops listening on request', async () => {
    jest.useFakeTimers();
    const double = installExcel();
    const onChange = jest.fn();
    const stop = await watchChanges(onChange, 1500);
    expect(double.handlers).toHaveLength(1);
    const fire = double.handlers[0]!;
    await fire();
    jest.advanceTimersByTime(1000);
    await fire();
    jest.advanceTimersByTime(1000);
    await fire();
    expect(onChange).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1500);
    expect(onChange).toHaveBeenCalledTimes(1);
    await fire();
    await stop();
    jest.advanceTimersByTime(5000);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(double.removed).toBe(1);
  });
});
