// The compulsory inputs left empty: what a final report may not go out without (DOMAIN.md "What a signed report may not say").
import type { FormsData } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { isInputRow, type FormNumber, type FormRow } from '../forms/types';
import { UserError } from '../errors/user-error';
import { RULE_TEXT } from '../i18n/rules';
import type { RowRef } from './validation-rule';
import { isBlank, numberAt, sameRef, formValues } from './values';

/** An input the set requires of a report: every input unless the set says `Bắt buộc: không`. */
export const isCompulsory = (row: FormRow): boolean => isInputRow(row) && row.required !== false;

/** Whether the set expects a value in the row: not when it says the row is not needed given another's answer (`Không cần khi`: 5.1 when 5 = 0). */
export const isExpected = (forms: FormsData, row: RowRef, catalogue: FormCatalogue): boolean =>
  !catalogue.relevance.some((r) => sameRef(r.row, row) && numberAt(forms, r.unlessEquals.row, catalogue) === r.unlessEquals.equals);

/** An empty compulsory input, as a person finds it: its form, row key, label as the form prints it, and cell where there is one. */
export interface EmptyInput {
  readonly form: FormNumber;
  readonly row: string;
  readonly label: string;
  readonly cell: string | null;
}

/**
 * The compulsory inputs (the set's `Bắt buộc`, default every input) that are empty, in the forms'
 * printed order; a row the set does not expect given another answer is not asked for. A final report
 * is refused while this is not empty: it would have to say "chưa có số liệu", which a signed report may not.
 */
export function emptyCompulsoryInputs(
  forms: FormsData,
  catalogue: FormCatalogue,
  cellOf: (form: FormNumber, key: string) => string | null = () => null,
): readonly EmptyInput[] {
  const out: EmptyInput[] = [];
  for (const form of catalogue.forms) {
    const values = formValues(forms, form.number);
    for (const row of form.rows) {
      if (!isCompulsory(row) || !isBlank(values[row.key]) || !isExpected(forms, { form: form.number, key: row.key }, catalogue)) continue;
      out.push({ form: form.number, row: row.key, label: row.label, cell: cellOf(form.number, row.key) });
    }
  }
  return out;
}

/** The refusal's lines: what is wrong, then one line per empty input ("- Biểu mẫu 1, dòng 2.1 “Số nhiệm vụ đề ra trong kế hoạch”, ô 'Biểu mẫu 1'!D8"). */
export function emptyInputLines(empty: readonly EmptyInput[]): readonly string[] {
  return [RULE_TEXT.compulsory.lead(empty.length), ...empty.map((e) => RULE_TEXT.compulsory.item(e.form, e.row, e.label, e.cell))];
}

/** A final report asked for while compulsory inputs are empty; `message` lists them, `inputs` holds them for a host that shows them its own way. */
export class IncompleteReportError extends UserError {
  constructor(readonly inputs: readonly EmptyInput[]) {
    super(emptyInputLines(inputs).join('\n'));
  }
}
