// Shows the sidebar page (apps-script/sidebar.html) with a payload: every text in it comes from the catalogue.
import { COMMON_TEXT, GAS_TEXT } from '../../core/i18n/messages';
import type { Finding } from '../../core/rules/types';
import type { GasEnv } from './gas-types';

export const SIDEBAR_FILE = 'sidebar';

export interface SidebarFinding {
  readonly severity: Finding['severity'];
  readonly label: string;
  readonly cell: string | null;
  readonly message: string;
}

export interface SidebarPayload {
  readonly title: string;
  /** The form set the spreadsheet follows: name, version, issuing body (setLine). */
  readonly formSet?: string;
  readonly lead?: string;
  readonly summary?: string;
  readonly hint?: string;
  readonly findings?: readonly SidebarFinding[];
  readonly links?: readonly { readonly label: string; readonly url: string }[];
  readonly sections?: readonly { readonly heading: string; readonly paragraphs: readonly string[] }[];
  /** Buttons that call a top-level function of the script (google.script.run). */
  readonly actions?: readonly { readonly label: string; readonly fn: string }[];
  /** A function the page calls every POLL_MS for a fresh payload, while work goes on in another execution. */
  readonly poll?: string;
  readonly close: string;
}

export function sidebarFindings(findings: readonly Finding[]): SidebarFinding[] {
  return findings.map((f) => ({ severity: f.severity, label: COMMON_TEXT.severityLabels[f.severity], cell: f.cell, message: f.message }));
}

/** JSON safe to print inside a <script> element: no "</script>", no line separators. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The payload with its close button's word: what the page draws, first or on a poll. */
export function fullPayload(payload: Omit<SidebarPayload, 'close'>): SidebarPayload {
  return { ...payload, close: GAS_TEXT.close };
}

export function showSidebar(env: GasEnv, payload: Omit<SidebarPayload, 'close'>): void {
  const template = env.HtmlService.createTemplateFromFile(SIDEBAR_FILE);
  template.payload = scriptJson(fullPayload(payload));
  env.SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(payload.title));
}
