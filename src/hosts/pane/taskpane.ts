// Entry of the pane page (the modern bundle, injected by pane-loader.ts): binds the ribbon commands at once, then decides the mode (Excel, Word, a plain browser) and wires the DOM to the controller.
/// <reference types="office-js" />
import { fileHost } from './file-host';
import { PaneController, type PaneHost } from './pane-controller';
import { buildDocx } from './build-docx';
import { downloadBytes, XLSX_MIME } from './download-bytes';
import { fileNameOf } from './report-file-name';
import { UI_TEXT } from '../../core/i18n/messages';
import { MIN_EXCEL_API } from '../excel/apply-plan';
import { registerCommands, type CommandTarget } from './commands';
import { CHANGE_EVENTS_API, excelHost, watchChanges } from './excel-pane-host';
import { excelSupports } from '../excel/office-support';
import { officeDeliverEnv } from './deliver-report';
import { domView, fillTexts, listShippedSets, offerDownload, showMode } from './pane-view';
import { BUILTIN_SET } from '../../core/forms/builtin';
import type { FormSetDef } from '../../core/forms/form-set';
import { KnownSets, setLine } from './pane-sets';
import { pageAddress, showGuidance } from './unsupported-guidance';
import { wordHost } from './word-pane-host';

/** The sets the pane knows besides the built-in one: those shipped with the add-in, and any chosen from a file. */
const known = new KnownSets();
/** The shipped sets as the chooser lists them (`shipped:<i>`), once loaded. */
let shipped: readonly FormSetDef[] = [];

function standaloneHost(): PaneHost {
  return fileHost(
    'standalone',
    async (data, draft, set) => {
      const name = fileNameOf(data);
      downloadBytes(await buildDocx(data, draft, set), name);
      return UI_TEXT.reportDownloaded(name);
    },
    known,
  );
}

/** Loads the shipped sets (their own chunk, after the pane is up: the first load stays small) and lists them in the chooser. */
function loadShippedSets(doc: Document): void {
  void import(/* webpackChunkName: "shipped-sets" */ './shipped-sets')
    .then(({ SHIPPED_SETS }) => {
      shipped = SHIPPED_SETS;
      for (const set of shipped) known.add(set);
      listShippedSets(doc, shipped.map(setLine));
      doc.body.dataset.shippedSets = String(shipped.length);
    })
    .catch(() => undefined);
}

/** "Bộ biểu mẫu": the chooser (built-in, shipped, from a file) and the file it may open. */
function wireSetChoice(doc: Document, controller: PaneController): void {
  const choice = doc.getElementById('set-choice') as HTMLSelectElement | null;
  const file = doc.getElementById('set-file') as HTMLInputElement | null;
  const done = (ok: boolean): void => {
    doc.body.dataset.setChosen = ok ? 'yes' : 'failed';
  };
  choice?.addEventListener('change', () => {
    const value = choice.value;
    // The chooser is a menu of actions: it goes back to its prompt, so the same entry may be chosen again.
    choice.value = '';
    if (value === 'file') return file?.click();
    const set = value === 'builtin' ? BUILTIN_SET : shipped[Number(value.replace(/^shipped:/, ''))];
    if (!set) return;
    void controller.chooseSet(setLine(set), async () => ({ set })).then(done);
  });
  file?.addEventListener('change', () => {
    const picked = file.files?.[0];
    if (!picked) return;
    void controller
      // The reader, the checker and ExcelJS load only now, as their own chunks.
      .chooseSet(picked.name, async () => (await import(/* webpackChunkName: "set-engine" */ './load-set-file')).loadSetFile(picked))
      .then((ok) => {
        done(ok);
        // The same file may be picked again after a fix.
        file.value = '';
      });
  });
}

function wire(doc: Document, host: PaneHost): PaneController {
  const view = domView(doc);
  const controller = new PaneController(view, host);
  showMode(doc, host.mode);
  wireSetChoice(doc, controller);
  loadShippedSets(doc);
  const byId = (id: string): HTMLElement | null => doc.getElementById(id);
  byId('layout')?.addEventListener('click', () => void controller.layout());
  byId('check')?.addEventListener('click', () => void controller.check());
  byId('generate')?.addEventListener('click', () => void controller.generate().then(() => publishTiming(doc, controller)));
  const input = byId('file') as HTMLInputElement | null;
  input?.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    const label = byId('file-name');
    if (label) label.textContent = UI_TEXT.fileChosen(file.name);
    void controller.open(file).then((check) => {
      doc.body.dataset.checked = check ? 'yes' : 'failed';
    });
  });
  const previous = byId('previous-file') as HTMLInputElement | null;
  previous?.addEventListener('change', () => {
    void controller.choosePrevious(previous.files?.[0] ?? null).then((text) => {
      const label = byId('previous-name');
      if (label && text !== undefined) label.textContent = text;
      doc.body.dataset.previous = text === undefined ? 'failed' : 'yes';
    });
  });
  const carried = byId('carry-file') as HTMLInputElement | null;
  carried?.addEventListener('change', () => {
    const file = carried.files?.[0];
    if (!file) return;
    void controller.carry(file).then((ok) => {
      doc.body.dataset.carried = ok ? 'yes' : 'failed';
      // The same file may be picked again after a fix.
      carried.value = '';
    });
  });
  // Last year's files for the district report's comparisons: kept until picked again (none: no comparison).
  let lastYear: File[] = [];
  const lastYearInput = byId('last-year-files') as HTMLInputElement | null;
  lastYearInput?.addEventListener('change', () => {
    lastYear = Array.from(lastYearInput.files ?? []);
    const label = byId('last-year-names');
    if (label) label.textContent = lastYear.length > 0 ? UI_TEXT.consolidate.lastYearChosen(lastYear.length) : UI_TEXT.consolidate.lastYearNone;
  });
  const many = byId('consolidate-files') as HTMLInputElement | null;
  many?.addEventListener('change', () => {
    const files = Array.from(many.files ?? []);
    void controller
      .consolidate(files, {
        // The reading and the core's work load on demand, as their own chunk: the first load stays small.
        consolidate: async (picked, skip, progress) => (await import(/* webpackChunkName: "consolidate" */ './consolidate-files')).consolidatePicked(picked, skip, progress, lastYear, known.list()),
        save: (file, kind) => downloadBytes(file.bytes, file.name, doc, kind === 'xlsx' ? XLSX_MIME : undefined),
      })
      .then((ok) => {
        doc.body.dataset.consolidated = ok ? 'yes' : 'failed';
        // The same files may be picked again after a fix.
        many.value = '';
      });
  });
  if (host.mode === 'excel') {
    let stop: (() => Promise<void>) | null = null;
    const auto = byId('autocheck') as HTMLInputElement | null;
    // WorksheetCollection.onChanged is ExcelApi 1.9: older Excel (2016, 2019) gets no automatic check.
    const option = byId('autocheck-option');
    if (option && !excelSupports(CHANGE_EVENTS_API)) option.hidden = true;
    auto?.addEventListener('change', () => {
      if (auto.checked) void watchChanges(() => void controller.check()).then((s) => (stop = s));
      else void stop?.().then(() => (stop = null));
    });
  }
  return controller;
}

/** The report's build time, for `npm run bench:pane`. */
function publishTiming(doc: Document, controller: PaneController): void {
  if (controller.lastReportMs !== null) doc.body.dataset.reportMs = String(controller.lastReportMs);
}

/** The Excel pane: its ribbon report waits behind a download button (see deliverReport). */
function excelPane(doc: Document): PaneController {
  const env = officeDeliverEnv((bytes, name) =>
    offerDownload(doc, () => {
      downloadBytes(bytes, name);
      domView(doc).message('ok', UI_TEXT.reportDownloaded(name));
    }),
  );
  const controller = wire(doc, excelHost(env, known));
  void controller.showWorkbookSet();
  return controller;
}

/**
 * Binds the ribbon commands now, while the script loads; they run once `ready` settles. Office.js
 * is loaded before this bundle (a classic script in the head), so Office.actions exists already.
 */
function bindRibbon(): (target: CommandTarget | null) => void {
  let settle: (target: CommandTarget | null) => void = () => undefined;
  const ready = new Promise<CommandTarget | null>((resolve) => (settle = resolve));
  if (typeof Office !== 'undefined' && typeof Office.actions?.associate === 'function') {
    registerCommands((name, handler) => Office.actions.associate(name, handler), ready);
  }
  return settle;
}

function whenDomReady(run: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}

function start(): void {
  const settle = bindRibbon();
  whenDomReady(() => {
    fillTexts(document);
    if (typeof Office === 'undefined') {
      wire(document, standaloneHost());
      document.body.dataset.ready = 'standalone';
      settle(null);
      return;
    }
    void Office.onReady((info) => {
      if (info.host === Office.HostType.Excel) {
        // Defined names (ExcelApi 1.4) are the template's backbone: older Excel gets what to use instead.
        if (!excelSupports(MIN_EXCEL_API)) {
          showGuidance(document, 'oldExcel', pageAddress(window.location.href));
          return settle(null);
        }
        const controller = excelPane(document);
        settle({ controller, reveal: () => Office.addin.showAsTaskpane() });
      } else if (info.host === Office.HostType.Word) {
        wire(document, wordHost(known));
        settle(null);
      } else {
        wire(document, standaloneHost());
        document.body.dataset.ready = 'standalone';
        return settle(null);
      }
      document.body.dataset.ready = String(info.host);
    });
  });
}

start();
