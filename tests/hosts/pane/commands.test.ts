// The ribbon commands: bound before Office is ready, run once it is, always show the report's outcome in the pane, always complete their event.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import { UI_TEXT } from '../../../src/core/i18n/messages';
import type { CheckResult, Finding } from '../../../src/core/rules/types';
import { COMMANDS, registerCommands, type CommandEvent, type CommandTarget } from '../../../src/hosts/pane/commands';
import { deliverReport, type DeliverEnv, type DeliverRoute } from '../../../src/hosts/pane/deliver-report';
import { PaneController, type PaneView } from '../../../src/hosts/pane/pane-controller';

const parsed = parseReportData(JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf8')));
if (!parsed.ok) throw new Error('sample');
const sample = parsed.data;
const clean: CheckResult = { findings: [], errors: 0, warnings: 0, infos: 0 };
const warning: Finding = { form: 4, row: '2.2', cell: "'Biểu mẫu 4'!D9", severity: 'warning', rule: 'missing', message: 'Biểu mẫu 4, dòng 2.2: …' };

/** Office.actions.associate as the add-in commands page describes it: one handler per FunctionName, run with an event to complete. */
function ribbon() {
  const handlers = new Map<string, (event: CommandEvent) => void>();
  const associate = (name: string, handler: (event: CommandEvent) => void): void => void handlers.set(name, handler);
  /** Clicks a ribbon button; resolves once the handler calls event.completed(). */
  const click = (name: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const handler = handlers.get(name);
      if (!handler) return reject(new Error(`${name} is not associated`));
      let completed = 0;
      handler({ completed: () => resolve(++completed) });
    });
  return { handlers, associate, click };
}

/** A pane that starts hidden, as in the shared runtime when the user never opened it; `log` keeps messages and reveals in order. */
function hiddenPane(route: DeliverRoute) {
  const log: string[] = [];
  let visible = false;
  const view: PaneView = {
    busy: () => undefined,
    message: (kind, text) => log.push(`${kind}:${text}`),
    findings: () => undefined,
    draftWanted: () => false,
  };
  const env: DeliverEnv = {
    route,
    openBrowserWindow: (url) => log.push(`browser:${url.split('#')[0]}`),
    reportPageUrl: 'https://cchc.example.vn/addin/report.html',
    paneAddress: 'https://cchc.example.vn/addin/taskpane.html',
    download: (_b, name) => log.push(`download:${name}`),
    offer: (_b, name) => log.push(`offer:${name}`),
  };
  const controller = new PaneController(view, {
    mode: 'excel',
    check: async () => ({ result: clean, data: sample }),
    deliver: (data, draft, trigger) => deliverReport(data, draft, env, trigger),
  });
  const target: CommandTarget = {
    controller,
    reveal: async () => {
      visible = true;
      log.push('reveal');
    },
  };
  return { log, target, visible: () => visible };
}

describe('registerCommands', () => {
  it('associates every command at once, and a click before Office is ready runs once it is', async () => {
    const r = ribbon();
    let ready: (t: CommandTarget | null) => void = () => undefined;
    registerCommands(r.associate, new Promise((resolve) => (ready = resolve)));
    expect([...r.handlers.keys()].sort()).toEqual(Object.values(COMMANDS).sort());

    const pane = hiddenPane('download');
    const clicked = r.click(COMMANDS.check);
    await new Promise((ok) => setTimeout(ok, 10));
    expect(pane.log).toEqual([]);
    ready(pane.target);
    expect(await clicked).toBe(1);
    expect(pane.log).toContain(`ok:${UI_TEXT.checkClean} ${UI_TEXT.checkTotals(0, 0, 0)}`);
  });

  it('generate with the pane hidden shows the pane with the result: a download button, not a download nobody sees', async () => {
    const r = ribbon();
    const pane = hiddenPane('download');
    registerCommands(r.associate, Promise.resolve(pane.target));
    expect(await r.click(COMMANDS.generate)).toBe(1);
    const name = 'Báo cáo CCHC xã Hòa Phong - 6 tháng đầu năm 2026.docx';
    expect(pane.visible()).toBe(true);
    expect(pane.log.filter((l) => l.startsWith('download:'))).toEqual([]);
    expect(pane.log).toContain(`offer:${name}`);
    const result = pane.log.findIndex((l) => l.startsWith(`ok:${UI_TEXT.reportReady(name)}`));
    expect(result).toBeGreaterThanOrEqual(0);
    expect(pane.log.indexOf('reveal')).toBeGreaterThan(result);
  });

  it('generate on a Mac without OpenBrowserWindowApi reports no success, says what to do, and shows the pane', async () => {
    const r = ribbon();
    const pane = hiddenPane('none');
    registerCommands(r.associate, Promise.resolve(pane.target));
    expect(await r.click(COMMANDS.generate)).toBe(1);
    // The check passed and says so; nothing after it claims a report.
    const checked = pane.log.indexOf(`ok:${UI_TEXT.checkClean} ${UI_TEXT.checkTotals(0, 0, 0)}`);
    expect(checked).toBeGreaterThanOrEqual(0);
    expect(pane.log.slice(checked + 1)).toEqual([`error:${UI_TEXT.reportCannotDownload('https://cchc.example.vn/addin/taskpane.html')}`, 'reveal']);
  });

  it('generate on a Mac with OpenBrowserWindowApi opens the report page in the browser and says so', async () => {
    const r = ribbon();
    const pane = hiddenPane('browser');
    registerCommands(r.associate, Promise.resolve(pane.target));
    expect(await r.click(COMMANDS.generate)).toBe(1);
    expect(pane.log).toContain('browser:https://cchc.example.vn/addin/report.html');
    expect(pane.log.some((l) => l.startsWith(`ok:${UI_TEXT.reportOpenedInBrowser}`))).toBe(true);
    expect(pane.visible()).toBe(true);
  });

  it('always completes the event: work that throws, a pane that will not show, no workbook, Office never ready', async () => {
    const failing: CommandTarget = {
      controller: {
        layout: async () => Promise.reject(new Error('layout')),
        check: async () => Promise.reject(new Error('check')),
        generate: async () => Promise.reject(new Error('generate')),
      },
      reveal: async () => Promise.reject(new Error('showAsTaskpane')),
    };
    for (const ready of [Promise.resolve(failing), Promise.resolve(null), Promise.reject(new Error('onReady'))]) {
      const r = ribbon();
      registerCommands(r.associate, ready);
      for (const name of Object.values(COMMANDS)) expect(await r.click(name)).toBe(1);
    }
    const never = ribbon();
    registerCommands(never.associate, new Promise(() => undefined), 20);
    for (const name of Object.values(COMMANDS)) expect(await never.click(name)).toBe(1);
  });

  it('shows the pane when the layout fails or the check finds something, not after a clean check', async () => {
    const reveals: string[] = [];
    const target = (layout: boolean, findings: number): CommandTarget => ({
      controller: {
        layout: async () => layout,
        check: async () => ({ result: { ...clean, warnings: findings, findings: Array.from({ length: findings }, () => warning) }, data: null }),
        generate: async () => true,
      },
      reveal: async () => void reveals.push(`${layout}/${findings}`),
    });
    for (const [layout, findings] of [[true, 0], [false, 0], [true, 2]] as const) {
      const r = ribbon();
      registerCommands(r.associate, Promise.resolve(target(layout, findings)));
      await r.click(COMMANDS.layout);
      await r.click(COMMANDS.check);
    }
    expect(reveals).toEqual(['false/0', 'true/2']);
  });
});
