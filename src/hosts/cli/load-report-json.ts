// Report data from a JSON file: parsed, validated by the schema of the set it follows, every problem named in one line.
import { JsonSyntaxError, parseJsonText } from '../../core/data/json-syntax';
import { parseReportData } from '../../core/data/schema';
import type { ReportData } from '../../core/data/types';
import { BUILTIN_SET } from '../../core/forms/builtin';
import type { FormSetDef, FormSetIdentity } from '../../core/forms/form-set';
import { CLI_TEXT } from '../../core/i18n/cli';
import { CliError } from './cli-error';
import { UnreadableFileError } from './read-input-bytes';
import { catalogueOf, chooseSetFor, namedIdentity, sameSet, setLabel } from './resolve-form-set';
import { ownSet } from '../../core/forms/choose-form-set';
import { FORMSET_TEXT } from '../../core/i18n/form-sets';

/** Report data with the set it was read by, and the set it names itself (the built-in one when it names none). */
export interface SetReportData {
  readonly data: ReportData;
  readonly set: FormSetDef;
  readonly own: FormSetIdentity;
}

function parseJson(text: string, shown: string): unknown {
  try {
    return parseJsonText(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new UnreadableFileError(CLI_TEXT.notJson(shown, e.message));
    throw e;
  }
}

/**
 * Validates JSON text as report data of the set it names (`formSet`), which must be the built-in one or `given`
 * (chooseFormSet); a CliError names the file and each problem (unknown fields by name), or the set it needs.
 */
export function readReportJson(text: string, shown: string, given?: FormSetDef): SetReportData {
  const json = parseJson(text, shown);
  const named = namedIdentity(json);
  const set = chooseSetFor(shown, { ...(given ? { given } : {}), named });
  const parsed = parseReportData(json, catalogueOf(set));
  if (!parsed.ok) throw new CliError(CLI_TEXT.badData(shown, parsed.problems));
  return { data: parsed.data, set, own: named ?? BUILTIN_SET };
}

/**
 * Validates JSON text as an earlier report's data (--previous, --compare), by the set it names itself (ownSet: the built-in one
 * or one of `known`), whatever set the current report follows; a CliError names the file and each problem, or the set it needs.
 */
export function readOwnReportJson(text: string, shown: string, known: readonly FormSetDef[]): SetReportData {
  const json = parseJson(text, shown);
  const named = namedIdentity(json);
  const set = ownSet({ builtin: BUILTIN_SET, named, known });
  if (!set) throw new CliError(`${shown}: ${FORMSET_TEXT.choose.earlierNeedsSet(setLabel(named ?? BUILTIN_SET))}`);
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
