// Report data from a JSON file: parsed, validated by the core's schema, every problem named in one line.
import { JsonSyntaxError, parseJsonText } from '../../core/data/json-syntax';
import { parseReportData } from '../../core/data/schema';
import type { ReportData } from '../../core/data/types';
import { CLI_TEXT } from '../../core/i18n/messages';
import { CliError } from './cli-error';

/** Validates JSON text as report data; a CliError names the file and each problem (unknown fields by name). */
export function reportDataFromJson(text: string, shown: string): ReportData {
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new CliError(CLI_TEXT.notJson(shown, e.message));
    throw e;
  }
  const parsed = parseReportData(json);
  if (!parsed.ok) throw new CliError(CLI_TEXT.badData(shown, parsed.problems));
  return parsed.data;
}
