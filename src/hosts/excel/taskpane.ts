// Entry of the pane page: decides the mode (Excel, Word, or a plain browser), wires the DOM to the controller, binds ribbon commands.
/// <reference types="office-js" />
import { fileHost } from '../shared/file-host';
import { PaneController, type PaneHost } from '../shared/pane-controller';
import { buildDocx } from '../shared/build-docx';
import { downloadBytes } from '../shared/download-bytes';
import { fileNameOf } from '../shared/report-file-name';
import { UI_TEXT } from '../../core/i18n/messages';
import { registerCommands } from './commands';
import { CHANGE_EVENTS_API, excelHost, watchChanges } from './excel-host';
import { excelSupports } from './office-support';
import { officeDeliverEnv } from './deliver-report';
import { domView, fillTexts, showMode } from './pane-view';
import { wordHost } from '../word/word-host';

function standaloneHost(): PaneHost {
  return fileHost('standalone', async (data, draft) => {
    const name = fileNameOf(data);
    downloadBytes(await buildDocx(data, draft), name);
    return UI_TEXT.reportDownloaded(name);
  });
}

function wire(doc: Document, host: PaneHost): PaneController {
  const view = domView(doc);
  const controller = new PaneController(view, host);
  showMode(doc, host.mode);
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
    registerCommands(controller, () => void Office.addin.showAsTaskpane().catch(() => undefined));
  }
  return controller;
}

/** The report's build time, for `npm run bench:pane`. */
function publishTiming(doc: Document, controller: PaneController): void {
  if (controller.lastReportMs !== null) doc.body.dataset.reportMs = String(controller.lastReportMs);
}

function start(): void {
  fillTexts(document);
  const standalone = (): void => {
    wire(document, standaloneHost());
    document.body.dataset.ready = 'standalone';
  };
  if (typeof Office === 'undefined') {
    standalone();
    return;
  }
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) wire(document, excelHost(officeDeliverEnv()));
    else if (info.host === Office.HostType.Word) wire(document, wordHost());
    else return standalone();
    document.body.dataset.ready = String(info.host);
  });
}

start();
