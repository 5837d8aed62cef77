// The pane's behaviour without a DOM: generate refuses on errors (and reveals the pane), builds drafts when asked, shows errors as messages.
import { chartDistrict } from '../../fixtures/chart-communes';
import type { ReportData } from '../../../src/core/data/types';
import { UI_TEXT } from '../../../src/core/i18n/messages';
import type { CheckResult, Finding } from '../../../src/core/rules/types';
import { UserError } from '../../../src/core/errors/user-error';
import { WorkbookFormatError } from '../../../src/core/read/workbook-format-error';
import { ExcelTooOldError } from '../../../src/hosts/excel/apply-plan';
import { NotLaidOutError, WorkbookDamagedError } from '../../../src/hosts/excel/check-workbook';
import { messageOf, PaneController, type PaneHost, type PaneView } from '../../../src/hosts/pane/pane-controller';
import { InputFileError } from '../../../src/hosts/pane/read-input-file';
import { ReportNotDeliveredError } from '../../../src/hosts/pane/deliver-report';
import { sample } from '../../core/report/fixtures';
import { finalReportData } from '../../fixtures/final-report/final-report-data';
import { buildWorkbookPlan, cellLocator } from '../../../src/core/layout/build-workbook-plan';

const error: Finding = { form: 1, row: '2.2', cell: "'Biểu mẫu 1'!D8", severity: 'error', rule: 'part-exceeds-whole', message: 'Biểu mẫu 1, dòng 2.2: …' };
/** The sample commune: every compulsory input filled, so a clean check gives a final report. */
const data: ReportData = sample();
const result = (findings: Finding[]): CheckResult => ({
  findings,
  errors: findings.filter((f) => f.severity === 'error').length,
  warnings: 0,
  infos: 0,
});

function setup(findings: Finding[], draft = false) {
  const log: string[] = [];
  const delivered: boolean[] = [];
  const view: PaneView = {
    busy: (t) => log.push(`busy:${t ?? '-'}`),
    message: (k, t) => log.push(`${k}:${t}`),
    findings: (r, pick) => {
      log.push(`findings:${r.findings.length}`);
      if (pick && r.findings[0]?.cell) pick(r.findings[0].cell);
    },
    draftWanted: () => draft,
    reveal: () => log.push('reveal'),
  };
  const selected: string[] = [];
  const host: PaneHost = {
    mode: 'excel',
    check: async () => ({ result: result(findings), data }),
    deliver: async (_d, isDraft) => {
      delivered.push(isDraft);
      return 'đã giao';
    },
    select: async (cell) => {
      selected.push(cell);
    },
  };
  let t = 0;
  return { controller: new PaneController(view, host, () => (t += 100)), log, delivered, selected };
}

describe('PaneController', () => {
  it('refuses to generate with errors, says how many, and reveals the pane', async () => {
    const s = setup([error]);
    expect(await s.controller.generate()).toBe(false);
    expect(s.delivered).toEqual([]);
    expect(s.log).toContain(`error:${UI_TEXT.checkBlocked(1)}`);
    expect(s.log).toContain('reveal');
    expect(s.selected).toEqual(["'Biểu mẫu 1'!D8"]);
  });

  it('builds a draft despite errors when asked', async () => {
    const s = setup([error], true);
    expect(await s.controller.generate()).toBe(true);
    expect(s.delivered).toEqual([true]);
  });

  it('generates a final report when clean, timing it', async () => {
    const s = setup([]);
    expect(await s.controller.generate()).toBe(true);
    expect(s.delivered).toEqual([false]);
    expect(s.controller.lastReportMs).toBe(100);
    expect(s.log[s.log.length - 1]).toBe(`ok:đã giao ${UI_TEXT.timing(100)}`);
  });

  it('refuses a final report while compulsory inputs are empty, listing each with its cell, and reveals the pane', async () => {
    const half = finalReportData('half-filled-xa-h1');
    const cellOf = cellLocator(buildWorkbookPlan(half));
    const run = (draft: boolean) => {
      const log: string[] = [];
      const delivered: boolean[] = [];
      const controller = new PaneController(
        { busy: () => undefined, message: (k, t) => log.push(`${k}:${t}`), findings: () => undefined, draftWanted: () => draft, reveal: () => log.push('reveal') },
        {
          mode: 'excel',
          check: async () => ({ result: result([]), data: half, cellOf }),
          deliver: async (_d, isDraft) => {
            delivered.push(isDraft);
            return 'đã giao';
          },
        },
      );
      return { controller, log, delivered };
    };
    const final = run(false);
    expect(await final.controller.generate()).toBe(false);
    expect(final.delivered).toEqual([]);
    const message = final.log.find((l) => l.startsWith('error:'))!.slice('error:'.length).split('\n');
    expect(message[0]).toMatch(/^Chưa lập được báo cáo chính thức: còn 4 chỉ tiêu bắt buộc để trống/u);
    expect(message.slice(1, 5)).toEqual([
      `- Biểu mẫu 1, dòng 3.1 “Số bộ phận chuyên môn các chức danh công chức xã đã kiểm tra”, ô ${cellOf(1, '3.1')}`,
      `- Biểu mẫu 3, dòng 3.3.2 “Số hồ sơ TTHC giải quyết đúng hạn”, ô ${cellOf(3, '3.3.2')}`,
      `- Biểu mẫu 6, dòng 2 “Đã thực hiện”, ô ${cellOf(6, '2')}`,
      `- Biểu mẫu 7, dòng 6.7.2 “Số hồ sơ TTHC đã tiếp nhận trực tuyến”, ô ${cellOf(7, '6.7.2')}`,
    ]);
    expect(message.at(-1)).toBe(UI_TEXT.reportNeedsInputs);
    expect(final.log).toContain('reveal');
    // “Tạo bản dự thảo”: the same data gives a draft.
    const draft = run(true);
    expect(await draft.controller.generate()).toBe(true);
    expect(draft.delivered).toEqual([true]);
  });

  it('tells the host whether the pane or the ribbon asked for the report', async () => {
    const triggers: string[] = [];
    const s = setup([]);
    const controller = new PaneController(
      { busy: () => undefined, message: (k, t) => s.log.push(`${k}:${t}`), findings: () => undefined, draftWanted: () => false },
      {
        mode: 'excel',
        check: async () => ({ result: result([]), data }),
        deliver: async (_d, _draft, trigger) => {
          triggers.push(trigger);
          return 'ok';
        },
      },
    );
    await controller.generate();
    await controller.generate('ribbon');
    expect(triggers).toEqual(['pane', 'ribbon']);
  });

  it('shows a report it could not deliver as the guidance itself, not as an unexpected error', async () => {
    const s = setup([]);
    const controller = new PaneController(
      { busy: () => undefined, message: (k, t) => s.log.push(`${k}:${t}`), findings: () => undefined, draftWanted: () => false },
      { mode: 'excel', check: async () => ({ result: result([]), data }), deliver: async () => Promise.reject(new ReportNotDeliveredError('https://x/taskpane.html')) },
    );
    expect(await controller.generate('ribbon')).toBe(false);
    expect(s.log[s.log.length - 1]).toBe(`error:${UI_TEXT.reportCannotDownload('https://x/taskpane.html')}`);
  });

  it('shows a thrown error as its Vietnamese message and leaves the buttons usable', async () => {
    const s = setup([]);
    const failing = new PaneController(
      { busy: () => undefined, message: (k, t) => s.log.push(`${k}:${t}`), findings: () => undefined, draftWanted: () => false },
      { mode: 'standalone', check: async () => Promise.reject(new InputFileError('Không đọc được tệp x.xlsx: hỏng')), deliver: async () => '' },
    );
    expect(await failing.check()).toBeUndefined();
    expect(s.log).toContain('error:Không đọc được tệp x.xlsx: hỏng');
    expect(await failing.check()).toBeUndefined();
  });
});

describe('messageOf', () => {
  it('shows every error a user may see as its own Vietnamese message, recognised by class, not by name', () => {
    const own = [
      new InputFileError('Tệp x.xlsx: hỏng.'),
      new ReportNotDeliveredError('https://cchc.example.vn/taskpane.html'),
      new NotLaidOutError(),
      new WorkbookDamagedError(['Biểu mẫu 4'], []),
      new ExcelTooOldError(),
      new WorkbookFormatError('Không phải sổ CCHC.'),
    ];
    for (const e of own) {
      expect(e).toBeInstanceOf(UserError);
      expect(messageOf(e)).toBe(e.message);
      expect(e.message).toMatch(/[ạ-ỹ]/u);
    }
    expect(messageOf(new ExcelTooOldError())).toBe(UI_TEXT.excelTooOld);
    // An error that only carries the name of one of ours is still unexpected.
    const impostor = new Error('boom');
    impostor.name = 'InputFileError';
    expect(messageOf(impostor)).toBe(UI_TEXT.unexpected('boom'));
    expect(messageOf('lạ')).toBe(UI_TEXT.unexpected('lạ'));
  });
});

describe('messageOf, errors of Office and of the browser', () => {
  it('words an Office error (a string code) as Excel/Word reported it, a browser DOMException (a number code) as unexpected', () => {
    // OfficeExtension.Error: name "RichApi.Error", code a string (https://learn.microsoft.com/javascript/api/office/officeextension.error).
    const office = Object.assign(new Error('The requested resource does not exist.'), { name: 'RichApi.Error', code: 'ItemNotFound' });
    expect(messageOf(office)).toBe(UI_TEXT.officeError('The requested resource does not exist.'));
    // In a browser a DOMException is an Error ("its [[Prototype]] is %Error.prototype%", https://webidl.spec.whatwg.org/#es-DOMException-specialness)
    // with a numeric legacy code, 8 for NotFoundError (https://developer.mozilla.org/docs/Web/API/DOMException#error_names).
    // Made here as the pane sees it: Jest's DOMException comes from another realm than its Error.
    const browser = Object.assign(new Error('A requested file or directory could not be found.'), { name: 'NotFoundError', code: 8 });
    expect(messageOf(browser)).toBe(UI_TEXT.unexpected('A requested file or directory could not be found.'));
  });
});

describe('PaneController.consolidate', () => {
  const file = { name: 'a.json', arrayBuffer: async () => new ArrayBuffer(0) };
  const bytes = (name: string) => ({ name, bytes: new Uint8Array([80, 75]) });

  function consolidateSetup(skip: boolean) {
    const log: string[] = [];
    const view: PaneView = {
      busy: (t) => log.push(`busy:${t ?? '-'}`),
      message: (k, t) => log.push(`${k}:${t}`),
      findings: () => undefined,
      draftWanted: () => false,
      skipRejectedWanted: () => skip,
    };
    const host: PaneHost = { mode: 'standalone', check: async () => ({ result: result([]), data }), deliver: async () => '' };
    return { controller: new PaneController(view, host), log };
  }

  it('shows progress, downloads the workbook then the report, and says what it did', async () => {
    const s = consolidateSetup(true);
    const saved: string[] = [];
    const ok = await s.controller.consolidate([file], {
      consolidate: async (files, skip, progress) => {
        progress(`Đang đọc 1/${files.length}: a.json`);
        expect(skip).toBe(true);
        return { ok: true, lines: ['Từ chối b.json: …', 'Đã tổng hợp 1/2 đơn vị'], workbook: bytes('T.xlsx'), report: bytes('T.docx') };
      },
      save: (f, kind) => saved.push(`${kind}:${f.name}`),
    });
    expect(ok).toBe(true);
    expect(saved).toEqual(['xlsx:T.xlsx', 'docx:T.docx']);
    expect(s.log).toEqual([`busy:${UI_TEXT.consolidate.building}`, 'busy:Đang đọc 1/1: a.json', 'busy:-', 'ok:Từ chối b.json: …\nĐã tổng hợp 1/2 đơn vị']);
  });

  it('downloads nothing when files are rejected, and shows every reason as an error', async () => {
    const s = consolidateSetup(false);
    const saved: string[] = [];
    const ok = await s.controller.consolidate([file], {
      consolidate: async () => ({ ok: false, lines: ['Từ chối a.json: …', 'Không tổng hợp: 1 tệp bị từ chối.'], workbook: null, report: null }),
      save: (f) => saved.push(f.name),
    });
    expect(ok).toBe(false);
    expect(saved).toEqual([]);
    expect(s.log.at(-1)).toBe('error:Từ chối a.json: …\nKhông tổng hợp: 1 tệp bị từ chối.');
  });

  it('hands the district report the text the office typed, as it stands when the files are picked', async () => {
    const typed = { issuer: 'Sở Nội vụ tỉnh Thử', assessment: 'Đánh giá.', expectedList: 'xã An\nxã Bình' };
    const view: PaneView = { busy: () => undefined, message: () => undefined, findings: () => undefined, draftWanted: () => false, officeInputs: () => typed };
    const host: PaneHost = { mode: 'standalone', check: async () => ({ result: result([]), data }), deliver: async () => '' };
    const given: unknown[] = [];
    await new PaneController(view, host).consolidate([file], {
      consolidate: async (_files, _skip, _progress, inputs) => {
        given.push(inputs);
        return { ok: false, lines: ['Không tổng hợp.'], workbook: null, report: null };
      },
      save: () => undefined,
    });
    expect(given).toEqual([typed]);
  });

  it('shows the charts of a consolidation that built its files, and hides them when it did not', async () => {
    const shown: number[] = [];
    const log: string[] = [];
    const view: PaneView = { busy: () => undefined, message: (k) => log.push(k), findings: () => undefined, draftWanted: () => false, charts: (c) => shown.push(c.length) };
    const host: PaneHost = { mode: 'standalone', check: async () => ({ result: result([]), data }), deliver: async () => '' };
    const controller = new PaneController(view, host);
    const chart = chartDistrict(3).charts[0];
    if (!chart) throw new Error('no chart');
    await controller.consolidate([file], {
      consolidate: async () => ({ ok: true, lines: ['ok'], workbook: bytes('T.xlsx'), report: bytes('T.docx'), charts: [chart, chart] }),
      save: () => undefined,
    });
    await controller.consolidate([file], { consolidate: async () => ({ ok: false, lines: ['x'], workbook: null, report: null }), save: () => undefined });
    expect(shown).toEqual([2, 0]);
  });

  it('does nothing without files', async () => {
    const s = consolidateSetup(false);
    expect(await s.controller.consolidate([], { consolidate: async () => Promise.reject(new Error('x')), save: () => undefined })).toBe(false);
    expect(s.log).toEqual([]);
  });
});

describe('PaneController.carry', () => {
  const file = { name: 'quy-1.xlsx', arrayBuffer: async () => new ArrayBuffer(0) };
  function carrySetup(carry?: PaneHost['carry']) {
    const log: string[] = [];
    const view: PaneView = { busy: (t) => log.push(`busy:${t ?? '-'}`), message: (k, t) => log.push(`${k}:${t}`), findings: () => undefined, draftWanted: () => false };
    const host: PaneHost = { mode: 'excel', check: async () => ({ result: result([]), data }), deliver: async () => '', ...(carry ? { carry } : {}) };
    return { controller: new PaneController(view, host), log };
  }

  it('reads the picked file with progress shown and says what was carried', async () => {
    const s = carrySetup(async (f) => ({ message: `đã lấy từ ${f.name}`, previous: data }));
    expect(await s.controller.carry(file)).toBe(true);
    expect(s.log).toEqual([`busy:${UI_TEXT.reading('quy-1.xlsx')}`, 'busy:-', 'ok:đã lấy từ quy-1.xlsx']);
  });

  it('shows a refusal as an error message, and does nothing where the host cannot carry', async () => {
    const s = carrySetup(async () => {
      throw new UserError('quy-1.xlsx: Báo cáo kỳ trước là của xã Thái Học');
    });
    expect(await s.controller.carry(file)).toBe(false);
    expect(s.log).toContain('error:quy-1.xlsx: Báo cáo kỳ trước là của xã Thái Học');
    const none = carrySetup();
    expect(await none.controller.carry(file)).toBe(false);
    expect(none.log).toEqual([]);
  });
});
