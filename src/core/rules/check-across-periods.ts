// Warnings across two reports of one commune (DOMAIN.md "Rows across periods"): a plan that changed, a lũy kế that shrank, a standing count that jumped.
import { unitKey } from '../data/unit-key';
import { PERIODS, type FormsData, type Meta, type ReportData } from '../data/types';
import { STANDING_JUMP_SHARE, type RowRef } from '../forms/across-periods';
import type { FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import { roundHalfAway } from '../forms/compute';
import type { FormNumber } from '../forms/types';
import { UserError } from '../errors/user-error';
import { COMMON_TEXT } from '../i18n/common';
import { PERIODS_TEXT } from '../i18n/periods';
import { RULE_TEXT } from '../i18n/rules';
import { labelInFinding } from './describe';
import { RULE_IDS, type Finding } from './types';

/** Two reports that can be compared, or why they cannot (a Vietnamese sentence). */
export type Pairing = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const sameUnit = (a: Meta, b: Meta): boolean => a.unitKind === b.unitKind && unitKey(a.unit) === unitKey(b.unit);
const nameOf = (m: Meta): string => PERIODS_TEXT.reportName(m.unitKind, m.unit, m.period, m.year);
/** Position of a period on a time line: year, then Q1 < H1 < Q3 < Y. */
const order = (m: Meta): number => m.year * PERIODS.length + PERIODS.indexOf(m.period);

/** The earlier report of the same commune, as `check --previous` needs it. */
export function pairAcrossPeriods(current: Meta, previous: Meta): Pairing {
  if (!sameUnit(current, previous)) return { ok: false, reason: PERIODS_TEXT.otherUnit(nameOf(current), nameOf(previous)) };
  if (order(previous) >= order(current)) return { ok: false, reason: PERIODS_TEXT.notEarlier(nameOf(previous), nameOf(current)) };
  return { ok: true };
}

/** The same period of an earlier year, of the same commune, as the comparison in the report needs it. */
export function pairSamePeriod(current: Meta, previous: Meta): Pairing {
  if (!sameUnit(current, previous)) return { ok: false, reason: PERIODS_TEXT.otherUnit(nameOf(current), nameOf(previous)) };
  if (previous.period !== current.period || previous.year >= current.year) {
    return { ok: false, reason: PERIODS_TEXT.notSamePeriodEarlier(nameOf(previous), nameOf(current)) };
  }
  return { ok: true };
}

const numberAt = (forms: FormsData, ref: RowRef): number | null => {
  const v = forms[`${ref.form}`]?.[ref.key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

/** Both reports' numbers of a row; null when either is empty or text (its own checks speak of that). */
function pair(current: FormsData, previous: FormsData, ref: RowRef): readonly [now: number, before: number] | null {
  const now = numberAt(current, ref);
  const before = numberAt(previous, ref);
  return now === null || before === null ? null : [now, before];
}

export interface AcrossPeriodsOptions {
  /** The sheet address of a form cell of the current report, when it came from a workbook. */
  readonly cellOf?: (form: FormNumber, key: string) => string | null;
}

/**
 * The warnings of `current` against an earlier report of the same commune. Call pairAcrossPeriods first:
 * these are warnings only (plans are revised and communes merge), never errors.
 */
export function checkAcrossPeriods(
  current: ReportData,
  previous: ReportData,
  options: AcrossPeriodsOptions = {},
  catalogue: FormCatalogue = BUILTIN_CATALOGUE,
): Finding[] {
  const now = current.meta;
  const before = previous.meta;
  const findings: Finding[] = [];
  const add = (ref: RowRef, rule: Finding['rule'], message: string): void => {
    findings.push({ form: ref.form, row: ref.key, cell: options.cellOf?.(ref.form, ref.key) ?? null, severity: 'warning', rule, message });
  };
  const where = (ref: RowRef): string => RULE_TEXT.where(ref.form, ref.key);
  if (now.year === before.year) {
    for (const ref of catalogue.yearPlan) {
      const p = pair(current.forms, previous.forms, ref);
      if (p && p[0] !== p[1]) {
        add(ref, RULE_IDS.planChanged, PERIODS_TEXT.planChanged(where(ref), labelInFinding(ref.form, ref.key, catalogue), p[0], now.period, p[1], before.period, now.year));
      }
    }
    for (const ref of catalogue.cumulative) {
      const p = pair(current.forms, previous.forms, ref);
      if (p && p[0] < p[1]) {
        add(ref, RULE_IDS.cumulativeShrank, PERIODS_TEXT.cumulativeShrank(where(ref), labelInFinding(ref.form, ref.key, catalogue), p[0], now.period, p[1], before.period, now.year));
      }
    }
  }
  // Standing rows that are counts: codes and entered percents do not "jump by half".
  for (const ref of catalogue.standing.filter((r) => catalogue.row(r.form, r.key)?.kind === 'count')) {
    const p = pair(current.forms, previous.forms, ref);
    // A previous 0 is no base to measure "half" against.
    if (!p || p[1] <= 0) continue;
    const moved = Math.abs(p[0] - p[1]);
    if (moved <= STANDING_JUMP_SHARE * p[1]) continue;
    const share = COMMON_TEXT.formatNumber(roundHalfAway((moved / p[1]) * 100, 1), 1);
    add(
      ref,
      RULE_IDS.standingJump,
      PERIODS_TEXT.standingJump(where(ref), labelInFinding(ref.form, ref.key, catalogue), p[0], now.period, now.year, p[1], before.period, before.year, share),
    );
  }
  return findings;
}

/** An earlier report that cannot serve (another commune's, not earlier, not the same period): the message says why, in Vietnamese. */
export class EarlierReportError extends UserError {}

/**
 * The warnings of `current` against an earlier report of the same commune, as every host adds them to its check (`cchc check
 * --previous`, the pane's and Sheets' Kiểm tra): the earlier report read by its own set (ownSet), compared by row keys, by the
 * rows of `catalogue` (the current report's set). Another commune's report, or one not earlier, throws EarlierReportError.
 */
export function warningsAgainst(current: ReportData, earlier: ReportData, options: AcrossPeriodsOptions = {}, catalogue: FormCatalogue = BUILTIN_CATALOGUE): Finding[] {
  const pairing = pairAcrossPeriods(current.meta, earlier.meta);
  if (!pairing.ok) throw new EarlierReportError(pairing.reason);
  return checkAcrossPeriods(current, earlier, options, catalogue);
}

/**
 * The report data with the same period of an earlier year attached as its `previous` block (replacing one it carried), as every
 * host's report compares (`cchc report --compare`, the pane's and Sheets' last year's report): its rows by their keys. Another
 * commune's report, another period's or a later year's throws EarlierReportError.
 */
export function withSamePeriodOf(data: ReportData, earlier: ReportData): ReportData {
  const pairing = pairSamePeriod(data.meta, earlier.meta);
  if (!pairing.ok) throw new EarlierReportError(pairing.reason);
  return { ...data, previous: { period: earlier.meta.period, year: earlier.meta.year, forms: earlier.forms } };
}
