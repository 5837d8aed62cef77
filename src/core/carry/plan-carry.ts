// Pure: what to carry from the commune's previous report into the new period's workbook, cell by defined name, never over what is typed.
import { unitKey, unitName } from '../aggregate/grouping';
import type { CellValue, Meta, ReportData } from '../data/types';
import { UNIT_KINDS, type UnitKind } from '../data/types';
import { UserError } from '../errors/user-error';
import type { RowRef } from '../forms/across-periods';
import type { FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import { definedName } from '../forms/catalogue';
import { isInputRow } from '../forms/types';
import { CARRY_TEXT } from '../i18n/carry';
import { LAYOUT_TEXT } from '../i18n/layout';
import { infoCellValues } from '../layout/info-sheet';
import { infoCellName, type InfoField } from '../layout/names';
import type { PlanValue } from '../layout/types';
import { hostValue } from '../read/host-value';
import { periodOf } from '../read/read-header';
import { carryNote } from './carry-note';
import { comparePeriods, nextPeriod, type PeriodOfYear } from './period-order';

/** The previous report cannot be carried from: another commune, not earlier, or no header. The message says why, in Vietnamese. */
export class CarryRefusedError extends UserError {}

/** One cell to fill: its defined name, the value, and for form cells the note marking it as carried. */
export interface CarryWrite {
  readonly name: string;
  readonly value: PlanValue;
  readonly note?: string;
}

export interface CarryPlan {
  /** The previous report, as named in notes and messages: "Quý I năm 2025". */
  readonly from: string;
  /** The period being laid out: as typed in the target, else the one after the previous report. */
  readonly target: PeriodOfYear;
  /** Only cells that are empty in the target; header cells first, then form cells (those with a note). */
  readonly writes: readonly CarryWrite[];
}

/**
 * Header fields that stay with the commune from one report to the next. The period and year are
 * the new ones; the number, date, data dates and basis belong to each report and stay empty
 * (the data dates then default to Nghị định 09/2019's cut-off for the new period).
 */
const HEADER_CARRIED: readonly InfoField[] = [
  'unit', 'unitKind', 'superior', 'province', 'place', 'signerForm', 'signerBody', 'signerTitle', 'signerName', 'recipients', 'formerUnits',
];

/** "Quý I năm 2025". */
export function periodName(p: PeriodOfYear): string {
  return CARRY_TEXT.periodOf(p.period, p.year);
}

const isEmpty = (v: unknown): boolean => hostValue(v).kind === 'empty';

/**
 * A header cell as typed by a person: empty, or still holding what the layout put there ("xã",
 * "TM.", "CHỦ TỊCH"), counts as not typed, so a phường's or a vice-chairman's report is carried
 * whole instead of being kept at the layout's guess.
 */
function headerTyped(field: InfoField, v: unknown): boolean {
  const h = hostValue(v);
  if (h.kind === 'empty') return false;
  const preset = LAYOUT_TEXT.infoDefaults[field];
  return !(preset !== undefined && h.kind === 'text' && unitKey(h.value) === unitKey(preset));
}

function typedText(v: unknown): string | undefined {
  const h = hostValue(v);
  return h.kind === 'text' ? h.value.trim() : h.kind === 'number' ? String(h.value) : undefined;
}

function typedYear(v: unknown): number | undefined {
  const h = hostValue(v);
  const n = h.kind === 'number' ? h.value : h.kind === 'text' && /^\s*\d{4}\s*$/.test(h.value) ? Number(h.value) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

/** The period the target is for: what its header says, the rest from the report after the previous one. */
function targetPeriod(previous: Meta, current: Readonly<Record<string, unknown>>): PeriodOfYear {
  const text = typedText(current[infoCellName('period')]);
  const period = text === undefined ? undefined : periodOf(text);
  const year = typedYear(current[infoCellName('year')]);
  const next = nextPeriod(previous);
  if (period === undefined) return year === undefined ? next : { period: next.period, year };
  if (year !== undefined) return { period, year };
  // A period typed without its year: the first such period after the previous report.
  return { period, year: comparePeriods({ period, year: previous.year }, previous) > 0 ? previous.year : previous.year + 1 };
}

/** Refuses another commune's report: names compared as consolidation does (NFC, case, spacing); the kind only where the target has one. */
function checkSameUnit(previous: Meta, current: Readonly<Record<string, unknown>>): void {
  const unit = typedText(current[infoCellName('unit')]);
  if (unit === undefined) return;
  const kindCell = current[infoCellName('unitKind')];
  const kindText = headerTyped('unitKind', kindCell) ? typedText(kindCell) : undefined;
  const kind = UNIT_KINDS.find((k) => kindText !== undefined && unitKey(k) === unitKey(kindText));
  const sameName = unitKey(unit) === unitKey(previous.unit);
  const sameKind = kind === undefined || kind === previous.unitKind;
  if (!sameName || !sameKind) {
    const target = kind === undefined ? unit : unitName({ unit, unitKind: kind as UnitKind });
    throw new CarryRefusedError(CARRY_TEXT.otherUnit(unitName(previous), target));
  }
}

/** The rows carried into `target`: the standing rows always, the year's plan only within the same year. */
export function carriedRows(previous: PeriodOfYear, target: PeriodOfYear, catalogue: FormCatalogue): readonly RowRef[] {
  return previous.year === target.year ? [...catalogue.standing, ...catalogue.yearPlan] : catalogue.standing;
}

/**
 * What to write into the target workbook, given its named cells as read now (`current`, by defined
 * name; an empty record for a fresh template). Throws CarryRefusedError for a previous report of
 * another commune, or one that is not earlier than the target.
 */
export function planCarry(previous: ReportData, current: Readonly<Record<string, unknown>>, catalogue: FormCatalogue = BUILTIN_CATALOGUE): CarryPlan {
  const prev = previous.meta;
  checkSameUnit(prev, current);
  const target = targetPeriod(prev, current);
  const from = periodName(prev);
  if (comparePeriods(prev, target) >= 0) throw new CarryRefusedError(CARRY_TEXT.notEarlier(from, periodName(target)));

  const writes: CarryWrite[] = [];
  const header = infoCellValues({ ...prev, period: target.period, year: target.year });
  for (const field of [...HEADER_CARRIED, 'period', 'year'] as const) {
    const name = infoCellName(field);
    const value = header[field];
    if (value !== null && !headerTyped(field, current[name])) writes.push({ name, value });
  }
  for (const { form, key } of carriedRows(prev, target, catalogue)) {
    const row = catalogue.row(form, key);
    const value: CellValue | undefined = previous.forms[`${form}`]?.[key];
    if (!row || !isInputRow(row) || value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    const name = definedName(form, key);
    if (isEmpty(current[name])) writes.push({ name, value, note: carryNote(from, value) });
  }
  return { from, target, writes };
}

/** The previous report's data, or a refusal when its header was too incomplete to read (a workbook without unit or period). */
export function requirePreviousData(data: ReportData | null): ReportData {
  if (!data) throw new CarryRefusedError(CARRY_TEXT.previousIncomplete);
  return data;
}
