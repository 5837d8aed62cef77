// Hands the built report to the user: a download where the web view allows it, else the add-in's own page in the system browser (Mac).
/// <reference types="office-js" />
import type { ReportData } from '../../core/data/types';
import { UI_TEXT } from '../../core/i18n/messages';
import { buildDocx } from '../shared/build-docx';
import { downloadBytes } from '../shared/download-bytes';
import { encodeFragment } from '../shared/fragment-codec';
import { fileNameOf } from '../shared/report-file-name';

export interface DeliverEnv {
  /** Office on Mac: its web view blocks downloads. */
  readonly blocksDownloads: boolean;
  /** Opens a URL in the system browser (Office.context.ui.openBrowserWindow). */
  readonly openBrowserWindow: (url: string) => void;
  /** Absolute URL of the add-in's static report page (report.html next to the pane). */
  readonly reportPageUrl: string;
  readonly download: (bytes: Uint8Array, fileName: string) => void;
}

/** The environment of the running pane. */
export function officeDeliverEnv(): DeliverEnv {
  const mac = typeof Office !== 'undefined' && Office.context?.platform === Office.PlatformType.Mac;
  return {
    blocksDownloads: mac,
    openBrowserWindow: (url) => Office.context.ui.openBrowserWindow(url),
    reportPageUrl: new URL('report.html', window.location.href).href,
    download: (bytes, name) => downloadBytes(bytes, name),
  };
}

/**
 * Mac: the data goes in the URL fragment (which browsers never send to a server) of the
 * add-in's static page, which rebuilds the same file and downloads it. Elsewhere: built here.
 */
export async function deliverReport(data: ReportData, draft: boolean, env: DeliverEnv): Promise<string> {
  if (env.blocksDownloads) {
    env.openBrowserWindow(`${env.reportPageUrl.split('#')[0]}#${await encodeFragment({ data, draft })}`);
    return UI_TEXT.reportOpenedInBrowser;
  }
  const name = fileNameOf(data);
  env.download(await buildDocx(data, draft), name);
  return UI_TEXT.reportDownloaded(name);
}
