// What one file given to consolidation turns out to be, whichever host read it: a commune's data, or a rejection with its reason and findings.
import type { FormsData } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import { AGGREGATE_TEXT } from '../i18n/aggregate';
import { COMMON_TEXT } from '../i18n/common';
import { checkRead, type ReadInput } from '../read/check-named-values';
import { unitName, type Candidate } from './grouping';
import { unitRowsReported } from './incomplete-rows';

export interface CheckedCandidate {
  readonly candidate: Candidate;
  /** The forms to total when the file is accepted; null when it is already rejected. */
  readonly forms: FormsData | null;
  /** Warnings found (they never reject a file). */
  readonly warnings: number;
}

/** A file that could not be read at all (damaged, not our template, bad JSON): `reason` is the reader's sentence. */
export function unreadableCandidate(file: string, reason: string): Candidate {
  return { file, rejected: { file, kind: 'unreadable', unit: null, reason, details: [] } };
}

/** A file of another form set than the one consolidated (the one given, else the one most files follow): `set` and `chosen` are their labels. */
export function otherSetCandidate(file: string, unit: string | null, set: string, chosen: string): Candidate {
  return { file, rejected: { file, kind: 'other-set', unit, reason: AGGREGATE_TEXT.grouping.otherSet(set, chosen), details: [] } };
}

/** Checks what was read as `cchc check` does: errors reject the file (each listed), a header that names no commune and period too. */
export function checkedCandidate(file: string, input: ReadInput, catalogue: FormCatalogue = BUILTIN_CATALOGUE): CheckedCandidate {
  const result = checkRead(input, catalogue);
  const unit = input.data ? unitName(input.data.meta) : null;
  if (result.errors > 0) {
    const details = result.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `  [${COMMON_TEXT.severityLabels.error}] ${f.cell ? `${f.cell} — ` : ''}${f.message}`);
    return { candidate: { file, rejected: { file, kind: 'errors', unit, reason: AGGREGATE_TEXT.grouping.hasErrors(result.errors), details } }, forms: null, warnings: result.warnings };
  }
  if (!input.data) {
    return { candidate: { file, rejected: { file, kind: 'no-header', unit: null, reason: AGGREGATE_TEXT.grouping.noHeader, details: [] } }, forms: null, warnings: result.warnings };
  }
  return {
    candidate: { file, unit: { file, meta: input.data.meta, rowsReported: unitRowsReported(input.forms, catalogue) } },
    forms: input.forms,
    warnings: result.warnings,
  };
}
