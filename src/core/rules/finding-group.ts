// Which sheet a finding belongs to, in the workbook's order: Thông tin chung, Biểu mẫu 1…n, Thuyết minh (a host groups findings by it).
import { RULE_IDS, type Finding } from './types';

/** Findings on the staff's own text (Thuyết minh): never on a form row, and not on the header either. */
const ON_STAFF_TEXT: readonly string[] = [RULE_IDS.textOtherUnit, RULE_IDS.textOtherPeriod, RULE_IDS.textFigureMismatch, RULE_IDS.textWrongKind];

/** Past every form's number: the staff's text comes after the forms, as its sheet does. */
export const NARRATIVE_GROUP = Number.MAX_SAFE_INTEGER;
/** Before every form: the header. */
export const HEADER_GROUP = 0;

/** The group of a finding: its form's number, HEADER_GROUP or NARRATIVE_GROUP (a staff-text finding read from JSON has no cell to tell). */
export function findingGroup(f: Pick<Finding, 'form' | 'rule'>): number {
  if (f.form !== null) return f.form;
  return ON_STAFF_TEXT.includes(f.rule) ? NARRATIVE_GROUP : HEADER_GROUP;
}
