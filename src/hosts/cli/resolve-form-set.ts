// Which form set a command follows: `--forms S` loaded and checked once, combined (chooseFormSet) with what the input carries or names.
import { BUILTIN_SET } from '../../core/forms/builtin';
import { CarriedSetError, readCarriedSet } from '../../core/forms/carried-set';
import { chooseFormSet, FormSetMismatchError, type FormSetChoice } from '../../core/forms/choose-form-set';
import type { FormSetDef } from '../../core/forms/form-set';
import { placeText, type SetProblem } from '../../core/forms/set-problem';
import { FORMSET_TEXT } from '../../core/i18n/form-sets';
import { CliError } from './cli-error';
import type { CliIo } from './cli-io';
import type { OptionHelp } from './commands/types';

const T = FORMSET_TEXT.exportCommand;

/** The `--forms S` option, as parseCommandArgs takes it and as the help prints it. */
export const FORMS_ARG = { forms: { type: 'string' } } as const;
export const FORMS_HELP: OptionHelp = { flag: '--forms S', text: FORMSET_TEXT.option.help };

/** A set with problems: exit 2, every problem at its place (as `cchc forms export` says it). */
export const setUnreadable = (file: string, problems: readonly SetProblem[]): CliError =>
  new CliError(T.setUnreadable(file, problems.map((p) => T.problemAt(placeText(p.place) ?? '', p.message))));

/** The set in `file` (an authoring workbook or its JSON), checked as `cchc forms check` checks it; any problem is a CliError naming the file. */
export async function loadSetFile(file: string, io: CliIo): Promise<FormSetDef> {
  // Loaded only when a set is given: its checker and schema (zod) cost nothing to a command without --forms.
  const { loadFormSetFile } = await import('./load-form-set-file');
  const loaded = await loadFormSetFile(file, io);
  if ('problems' in loaded) throw setUnreadable(file, loaded.problems);
  return loaded.set;
}

/** The set given with `--forms`, or undefined when none was. */
export async function loadGivenSet(file: string | undefined, io: CliIo): Promise<FormSetDef | undefined> {
  return file === undefined ? undefined : loadSetFile(file, io);
}

export { catalogueOf } from '../../core/forms/builtin';

export { sameSet, setLabel } from '../../core/forms/choose-form-set';

/** The set a workbook's named cells carry (null: none, the built-in set); a damaged copy is a CliError naming the file. */
export function carriedSetOf(file: string, values: Readonly<Record<string, unknown>>): FormSetDef | null {
  try {
    return readCarriedSet(values);
  } catch (e) {
    if (e instanceof CarriedSetError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  }
}

/** chooseFormSet for `file`: a mismatch is a CliError (exit 2) naming the file and both sets. */
export function chooseSetFor(file: string, choice: Omit<FormSetChoice, 'builtin'>): FormSetDef {
  try {
    return chooseFormSet({ builtin: BUILTIN_SET, ...choice });
  } catch (e) {
    if (e instanceof FormSetMismatchError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  }
}

export { namedIdentity } from '../../core/forms/choose-form-set';
