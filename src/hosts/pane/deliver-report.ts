// Hands the built report to the user: a download where the web view allows it (after a click in the pane when asked from the ribbon), the add-in's own page in the system browser on Mac/iPad, or what to do instead.
import { UserError } from '../../core/errors/user-error';
/// <reference types="office-js" />
import type { ReportData } from '../../core/data/types';
import { BUILTIN_SET, isBuiltinSet } from '../../core/forms/builtin';
import type { FormSetDef } from '../../core/forms/form-set';
import { UI_TEXT } from '../../core/i18n/messages';
import { buildDocx } from './build-docx';
import { downloadBytes } from './download-bytes';
import { encodeFragment } from './fragment-codec';
import type { Trigger } from './pane-controller';
import { fileNameOf } from './report-file-name';
import { pageAddress } from './unsupported-guidance';

/**
 * How this Office can hand a file over: `download` (Windows, the web), `browser` (Mac and iPad
 * with OpenBrowserWindowApi 1.1), or `none` (Mac and iPad without it: nothing saves a file).
 */
export type DeliverRoute = 'download' | 'browser' | 'none';

export interface DeliverEnv {
  readonly route: DeliverRoute;
  /** Opens a URL in the system browser (Office.context.ui.openBrowserWindow). */
  readonly openBrowserWindow: (url: string) => void;
  /** Absolute URL of the add-in's static report page (report.html next to the pane). */
  readonly reportPageUrl: string;
  /** The pane's own address, which in Chrome, Edge or Safari is the standalone page. */
  readonly paneAddress: string;
  /** Saves the file now (a click in the pane started it). */
  readonly download: (bytes: Uint8Array, fileName: string) => void;
  /** Shows a button in the pane whose click saves the file (the ribbon started it). */
  readonly offer: (bytes: Uint8Array, fileName: string) => void;
}

/** Nothing on this Office can save the file; the message says what to use instead. */
export class ReportNotDeliveredError extends UserError {
  constructor(paneAddress: string) {
    super(UI_TEXT.reportCannotDownload(paneAddress));
  }
}

/**
 * The route of the running Office. Office on Mac and on iPad runs the pane in WKWebView, which
 * ignores downloads (OfficeDev/office-js#2700, closed "by design"); there the system browser takes
 * over through Office.context.ui.openBrowserWindow, which needs OpenBrowserWindowApi 1.1 (Windows,
 * Mac, iPad; not Office on the web, where downloads work):
 * https://learn.microsoft.com/javascript/api/requirement-sets/common/open-browser-window-api-requirement-sets
 * A Mac or iPad without that set has no route: a download there would be ignored silently.
 */
export function officeDeliverEnv(offer: DeliverEnv['offer']): DeliverEnv {
  const platform = Office.context?.platform;
  const wkWebView = platform === Office.PlatformType.Mac || platform === Office.PlatformType.iOS;
  const canOpenBrowser = Office.context?.requirements?.isSetSupported('OpenBrowserWindowApi', '1.1') === true;
  return {
    route: wkWebView ? (canOpenBrowser ? 'browser' : 'none') : 'download',
    openBrowserWindow: (url) => Office.context.ui.openBrowserWindow(url),
    reportPageUrl: new URL('report.html', window.location.href).href,
    paneAddress: pageAddress(window.location.href),
    download: (bytes, name) => downloadBytes(bytes, name),
    offer,
  };
}

/**
 * Mac/iPad: the data goes in the URL fragment (which browsers never send to a server) of the
 * add-in's static page, which rebuilds the same file and downloads it. Elsewhere the file is built
 * here and saved at once after a click in the pane, or offered behind a button in the pane when
 * the ribbon asked (a function command has no user gesture, and its pane may be hidden).
 * Throws ReportNotDeliveredError where nothing can save it, so no success is ever reported.
 */
export async function deliverReport(data: ReportData, draft: boolean, env: DeliverEnv, trigger: Trigger = 'pane', set: FormSetDef = BUILTIN_SET): Promise<string> {
  if (env.route === 'none') throw new ReportNotDeliveredError(env.paneAddress);
  if (env.route === 'browser') {
    // A set other than the built-in one travels with the data: the report page has no workbook to read it from.
    env.openBrowserWindow(`${env.reportPageUrl.split('#')[0]}#${await encodeFragment({ data, draft, ...(isBuiltinSet(set) ? {} : { set }) })}`);
    return UI_TEXT.reportOpenedInBrowser;
  }
  const name = fileNameOf(data);
  const bytes = await buildDocx(data, draft, set);
  if (trigger === 'ribbon') {
    env.offer(bytes, name);
    return UI_TEXT.reportReady(name);
  }
  env.download(bytes, name);
  return UI_TEXT.reportDownloaded(name);
}
