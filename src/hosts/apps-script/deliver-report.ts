// A report model made into a Google Doc and a .docx beside the spreadsheet (or in the user's own Drive), with the links and the sentence that says where they are.
import { GAS_TEXT } from '../../core/i18n/messages';
import type { ReportDocument } from '../../core/report/model';
import { saveReport } from './export-docx';
import type { GasEnv, GasSpreadsheet } from './gas-types';
import { renderReportDoc } from './render-doc';

export interface DeliveredReport {
  readonly lead: string;
  readonly links: readonly { readonly label: string; readonly url: string }[];
}

/** yyyy-mm-dd hh:mm of now in the spreadsheet's time zone, to tell successive reports apart in Drive. */
export function stamp(env: GasEnv, timeZone: string, d: Date): string {
  return env.Utilities.formatDate(d, timeZone, 'yyyy-MM-dd HH:mm');
}

export function deliverReport(env: GasEnv, ss: GasSpreadsheet, name: string, model: ReportDocument, images: readonly GoogleAppsScript.Base.BlobSource[] = []): DeliveredReport {
  const doc = env.DocumentApp.create(name);
  // Read before saveAndClose: a closed Document is not to be used again (DocumentApp reference).
  const docId = doc.getId();
  const docUrl = doc.getUrl();
  // Saves and closes the Doc: the export reads the saved document.
  renderReportDoc(env.Docs, doc, model, images, env.DocumentApp);
  const { docx, inMyDrive } = saveReport(env, ss.getId(), docId, `${name}.docx`);
  const links: { label: string; url: string }[] = [{ label: GAS_TEXT.reportDocLink, url: docUrl }];
  if (docx.ok) links.push({ label: GAS_TEXT.reportDocxLink, url: docx.file.getUrl() });
  const failed = docx.ok ? null : docx.tooLarge ? GAS_TEXT.reportDocxTooLarge : GAS_TEXT.reportDocxFailed(docx.status);
  const lead = [docx.ok ? (inMyDrive ? null : GAS_TEXT.reportDone) : failed, inMyDrive ? GAS_TEXT.reportInMyDrive : null]
    .filter((t): t is string => t !== null)
    .join(' ');
  return { lead, links };
}
