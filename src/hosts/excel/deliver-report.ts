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

/**
 * The environment of the running pane. Office on Mac and on iPad run the pane in WKWebView, which
 * ignores downloads (OfficeDev/office-js#2700, closed "by design"); there the system browser takes
 * over through Office.context.ui.openBrowserWindow, which needs OpenBrowserWindowApi 1.1 (Windows,
 * Mac, iPad; not Office on the web, where downloads work). Without that set the download is tried.
 */
export function officeDeliverEnv(): DeliverEnv {
  const platform = Office.context?.platform;
  const wkWebView = platform === Office.PlatformType.Mac || platform === Office.PlatformType.iOS;
  const canOpenBrowser = Office.context?.requirements?.isSetSupported('OpenBrowserWindowApi', '1.1') === true;
  return {
    blocksDownloads: wkWebView && canOpenBrowser,
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
