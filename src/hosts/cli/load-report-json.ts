// Report data from a JSON file: parsed, validated by the core's schema, every problem named in one line.
import { parseReportData } from '../../core/data/schema';
import type { ReportData } from '../../core/data/types';
import { CLI_TEXT } from '../../core/i18n/messages';
import { CliError } from './cli-error';

/** Where JSON.parse stopped, in Vietnamese (its own message is English). */
function syntaxDetail(text: string, message: string): string {
  const at = /position (\d+)/.exec(message)?.[1];
  if (at !== undefined) {
    const before = text.replace(/^\uFEFF/, '').slice(0, Number(at)).split('\n');
    return CLI_TEXT.jsonSyntaxAt(before.length, (before[before.length - 1]?.length ?? 0) + 1);
  }
  return /end of JSON/i.test(message) ? CLI_TEXT.jsonEnded : CLI_TEXT.jsonSyntax;
}

/** Validates JSON text as report data; a CliError names the file and each problem (unknown fields by name). */
export function reportDataFromJson(text: string, shown: string): ReportData {
  let json: unknown;
  try {
    // A byte-order mark is what Windows Notepad puts first; it is not part of the JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(CLI_TEXT.notJson(shown, syntaxDetail(text, (e as Error).message)));
  }
  const parsed = parseReportData(json);
  if (!parsed.ok) throw new CliError(CLI_TEXT.badData(shown, parsed.problems));
  return parsed.data;
}
