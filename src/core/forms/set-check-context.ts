// What the set checker's parts share: the set's forms and rows by number and key, row references resolved, and problems said at their place.
import { FORMSET_TEXT } from '../i18n/form-sets';
import type { RowRef } from '../rules/validation-rule';
import { parseRowText } from './build-catalogue';
import type { FormSetDef, SetCondition, SetRow } from './form-set';
import type { SetLocator, SetPlace, SetProblem } from './set-problem';
import type { FormNumber } from './types';

const T = FORMSET_TEXT.check;

export interface IndexedRow {
  readonly row: SetRow;
  readonly formIndex: number;
  readonly rowIndex: number;
}

/** A reference as the set wrote it, resolved: the row it names, or why it names none. */
export type Resolved = { readonly ref: RowRef; readonly row: SetRow } | { readonly ref: RowRef; readonly row: null; readonly problem: string };

export interface SetCheckContext {
  readonly def: FormSetDef;
  readonly where: SetLocator;
  readonly problems: SetProblem[];
  /** Each form number's rows by key; where a number or key comes twice, the first (the later one is a problem of its own). */
  readonly forms: ReadonlyMap<number, ReadonlyMap<string, IndexedRow>>;
  /** `text` ("2.1", "BM7 6.7.1") read from form `from`; `field` is the column the problem names. */
  resolve(text: string, from: number, field: string): Resolved;
  /** Adds a problem: the item's name, then `text`. */
  say(place: SetPlace | null, item: string, text: string): void;
}

/** The workbook line of a place ("'Chỉ tiêu'!G12" → 12), for naming the item; null for a JSON path. */
export function lineOf(place: SetPlace | null): number | null {
  if (place?.sheet == null || place.cell === null) return null;
  const m = /^\$?[A-Z]+\$?(\d+)$/.exec(place.cell);
  return m ? Number(m[1]) : null;
}

/** The kind of a row as the authoring workbook words it ("tỷ lệ"); an unknown kind as written. */
export function kindWord(kind: string): string {
  return (FORMSET_TEXT.words.kinds as Readonly<Record<string, string>>)[kind] ?? kind;
}

export function checkContext(def: FormSetDef, where: SetLocator): SetCheckContext {
  const forms = new Map<number, Map<string, IndexedRow>>();
  def.forms.forEach((form, formIndex) => {
    if (forms.has(form.number)) return;
    const rows = new Map<string, IndexedRow>();
    form.rows.forEach((row, rowIndex) => {
      if (!rows.has(row.key)) rows.set(row.key, { row, formIndex, rowIndex });
    });
    forms.set(form.number, rows);
  });
  const problems: SetProblem[] = [];
  return {
    def,
    where,
    problems,
    forms,
    resolve(text, from, field) {
      const ref = parseRowText(text, from);
      const rows = forms.get(ref.form);
      if (!rows) return { ref, row: null, problem: T.unknownRowForm(field, text.trim(), ref.form) };
      const hit = rows.get(ref.key);
      return hit ? { ref, row: hit.row } : { ref, row: null, problem: T.unknownRow(field, text.trim(), ref.form) };
    },
    say(place, item, text) {
      problems.push({ place, message: T.problem(item, text) });
    },
  };
}

/**
 * A condition (`Khi`, `Không cần khi`): its row must be a code row that lists the answer it names.
 * `tell` says the problem at the condition's place.
 */
export function checkCondition(ctx: SetCheckContext, condition: SetCondition, from: number, field: string, tell: (text: string) => void): void {
  const hit = ctx.resolve(condition.key, from, field);
  if (hit.row === null) {
    tell(hit.problem);
    return;
  }
  const quoted = T.condition(condition.key.trim(), condition.equals);
  if (hit.row.kind !== 'code') {
    tell(T.conditionNotCode(field, quoted, condition.key.trim(), kindWord(hit.row.kind)));
    return;
  }
  const codes = (hit.row.codes ?? []).map((c) => c.value);
  if (!codes.includes(condition.equals)) tell(T.conditionNoSuchCode(field, quoted, condition.key.trim(), condition.equals, codes));
}

/** A row reference of a form the set knows, as the core's rules name rows. */
export const refOf = (form: number, key: string): RowRef => ({ form: form as FormNumber, key });
