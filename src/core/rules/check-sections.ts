// Sections of the report left without text: a report without its assessment, next tasks or proposals is not finished (DOMAIN.md).
import type { NarrativeKey, ReportData } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { RULE_TEXT } from '../i18n/rules';
import { SECTION_TEXT } from '../i18n/sections';
import { SECTIONS_UNDER_HEADING } from '../report/outline';
import { RULE_IDS, type Finding } from './types';

/**
 * A warning for each section the report prints under its own heading with nothing to fill it: no
 * staff text (`narrative` in the data, the `Thuyết minh` sheet) and no sentence of the set (`Câu văn`)
 * — in the built-in set I.4, III.1, III.2, IV and V, which only the staff can write.
 */
export function checkEmptySections(data: ReportData, catalogue: FormCatalogue, cellOf?: (key: NarrativeKey) => string | null): Finding[] {
  const generated = new Set(catalogue.sentences.map((s) => s.section));
  return SECTIONS_UNDER_HEADING.filter((section) => !generated.has(section) && !data.narrative[section]?.trim()).map((section) => ({
    form: null,
    row: null,
    cell: cellOf?.(section) ?? null,
    severity: 'warning',
    rule: RULE_IDS.sectionEmpty,
    message: RULE_TEXT.sectionEmpty(RULE_TEXT.staff.where(section), SECTION_TEXT.titles[section]),
  }));
}
