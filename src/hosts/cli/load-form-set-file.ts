// Reads a form set a command was given — its authoring workbook or its JSON, told apart by content — and checks it; a set with a problem is never returned.
import { resolve } from 'node:path';
import { JsonSyntaxError, parseJsonText } from '../../core/data/json-syntax';
import { UserError } from '../../core/errors/user-error';
import { checkFormSet, type CheckFormSetOptions } from '../../core/forms/check-form-set';
import { formSetFromJson, looksLikeFormSet, type FormSetLoad } from '../../core/forms/load-form-set';
import { CLI_TEXT } from '../../core/i18n/cli';
import { FORMSET_TEXT } from '../../core/i18n/form-sets';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import { isZip, readInputBytes } from './read-input-bytes';
import type { AuthoringRead } from '../shared/authoring-grids';

/** Reads an authoring workbook's bytes (read-authoring-workbook.ts). */
export type AuthoringReader = (bytes: Uint8Array) => Promise<AuthoringRead>;

async function fromWorkbook(bytes: Uint8Array, file: string, options: CheckFormSetOptions, reader?: AuthoringReader): Promise<FormSetLoad> {
  // Loaded only for a workbook: the reader and ExcelJS cost nothing to a JSON set.
  const readAuthoringWorkbook = reader ?? (await import('./xlsx/read-authoring-workbook')).readAuthoringWorkbook;
  let result;
  try {
    result = await readAuthoringWorkbook(bytes);
  } catch (e) {
    // A damaged or foreign workbook is unreadable input (exit 2), said in the reader's own words.
    if (e instanceof UserError) throw new CliError(CLI_TEXT.notTemplate(file, e.message));
    // Anything else the reader meets (not a zip after all, a damaged part) is a file that is not a readable workbook.
    throw new CliError(CLI_TEXT.notXlsx(file));
  }
  if ('problems' in result) return { problems: result.problems };
  const problems = checkFormSet(result.set, result.where, options);
  return problems.length > 0 ? { problems } : { set: result.set };
}

/**
 * The set in `file` (relative to io.cwd), checked (`reader`: the workbook reader, else loaded on demand): `{ set }` or every problem at its place. Input that is not a
 * set at all — missing, damaged, not JSON, JSON of something else — is a CliError (exit 2).
 */
export async function loadFormSetFile(file: string, io: CliIo, options: CheckFormSetOptions = {}, reader?: AuthoringReader): Promise<FormSetLoad> {
  const bytes = await readInputBytes(resolve(io.cwd, file), file);
  if (isZip(bytes)) return fromWorkbook(bytes, file, options, reader);
  if (/\.xlsx$/i.test(file)) throw new CliError(CLI_TEXT.notXlsx(file));
  let json: unknown;
  try {
    json = parseJsonText(new TextDecoder('utf-8').decode(bytes));
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new CliError(CLI_TEXT.notJson(file, e.message));
    throw e;
  }
  if (!looksLikeFormSet(json)) throw new CliError(FORMSET_TEXT.cli.notFormSet(file));
  return formSetFromJson(json, options);
}
