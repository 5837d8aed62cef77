// Report data from a JSON file: parsed, validated by the schema of the set it follows, every problem named in one line.
import { JsonSyntaxError, parseJsonText } from '../../core/data/json-syntax';
import { parseReportData } from '../../core/data/schema';
import type { ReportData } from '../../core/data/types';
import { BUILTIN_SET } from '../../core/forms/builtin';
import type { FormSetDef, FormSetIdentity } from '../../core/forms/form-set';
import { CLI_TEXT } from '../../core/i18n/messages';
import { CliError } from './cli-error';
import { catalogueOf, chooseSetFor, namedIdentity, sameSet } from './resolve-form-set';

/** Report data with the set it was read by, and the set it names itself (the built-in one when it names none). */
export interface SetReportData {
  readonly data: ReportData;
  readonly set: FormSetDef;
  readonly own: FormSetIdentity;
}

/**
 * Validates JSON text as report data of the set it names (`formSet`), which must be the built-in one or `given`
 * (chooseFormSet); a CliError names the file and each problem (unknown fields by name), or the set it needs.
 */
export function readReportJson(text: string, shown: string, given?: FormSetDef): SetReportData {
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new CliError(CLI_TEXT.notJson(shown, e.message));
    throw e;
  }
  const named = namedIdentity(json);
  const set = chooseSetFor(shown, { ...(given ? { given } : {}), named });
  const parsed = parseReportData(json, catalogueOf(set));
  if (!parsed.ok) throw new CliError(CLI_TEXT.badData(shown, parsed.problems));
  return { data: parsed.data, set, own: named ?? BUILTIN_SET };
}

/**
 * The set JSON text names (the built-in one when it names none) when that is not `given`; null when it is, or when the text
 * is not JSON (readReportJson then says why).
 */
export function otherSetNamed(text: string, given: FormSetDef): FormSetIdentity | null {
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return null;
    throw e;
  }
  const own = namedIdentity(json) ?? BUILTIN_SET;
  return sameSet(own, given) ? null : own;
}

/** Validates JSON text as report data (of the built-in set, or of `given`). */
export function reportDataFromJson(text: string, shown: string, given?: FormSetDef): ReportData {
  return readReportJson(text, shown, given).data;
}
