// The form sets the pane knows (the built-in one, those shipped with the add-in, one chosen from a file), the "Bộ biểu mẫu" line, and which set a picked file follows.
import { BUILTIN_SET, isBuiltinSet } from '../../core/forms/builtin';
import { CarriedSetError, readCarriedSet } from '../../core/forms/carried-set';
import { ownSet, sameSet, setLabel } from '../../core/forms/choose-form-set';
import type { FormSetDef, FormSetIdentity } from '../../core/forms/form-set';
import { FORMSET_TEXT } from '../../core/i18n/form-sets';
import { UserError } from '../../core/errors/user-error';

const T = FORMSET_TEXT.pane;

/** A file's set cannot be used: its carried copy is damaged, or its data names a set the pane does not know. */
export class FormSetFileError extends UserError {}

/** "Bộ biểu mẫu thử nghiệm (“thu-nghiem” phiên bản 1), Sở Nội vụ tỉnh …" */
export function setLine(set: FormSetDef): string {
  return T.line(isBuiltinSet(set) ? T.builtinName : set.name, setLabel(set), set.issuer ?? null);
}

/** The set a workbook's named cells carry, the built-in one when they carry none; a damaged copy is refused naming the file. */
export function carriedSetIn(file: string, values: Readonly<Record<string, unknown>>): FormSetDef {
  try {
    return readCarriedSet(values) ?? BUILTIN_SET;
  } catch (e) {
    if (e instanceof CarriedSetError) throw new FormSetFileError(T.damaged(file, e.message));
    throw e;
  }
}

/** The set report data follows: the built-in one when it names none, else the known set it names; refused naming the set otherwise. */
export function namedSetIn(file: string, named: FormSetIdentity | null, known: readonly FormSetDef[]): FormSetDef {
  const found = ownSet({ builtin: BUILTIN_SET, named, known });
  if (!found) throw new FormSetFileError(T.dataNeedsSet(file, setLabel(named ?? BUILTIN_SET)));
  return found;
}

/** The sets a pane knows besides the built-in one: shipped with the add-in, and any chosen from a file; a later one of the same identity replaces the earlier. */
export class KnownSets {
  private sets: FormSetDef[] = [];
  add(set: FormSetDef): void {
    if (isBuiltinSet(set)) return;
    this.sets = [...this.sets.filter((s) => !sameSet(s, set)), set];
  }
  list(): readonly FormSetDef[] {
    return this.sets;
  }
}
