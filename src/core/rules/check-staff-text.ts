// Checks on the staff's own text (Thuyết minh) and the unit's name: what a copied report or a retyped figure leaves behind.
import { NARRATIVE_KEYS, UNIT_KINDS } from '../data/types';
import { unitKey } from '../data/unit-key';
import type { Meta, NarrativeKey, ReportData } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { REPORT_TEXT } from '../i18n/report';
import { RULE_TEXT } from '../i18n/rules';
import {
  COMPARED_BEFORE,
  KIND_LIST,
  KIND_LIST_BEFORE,
  KIND_NOT_A_UNIT_BEFORE,
  kindNotAUnitAfter,
  properNameAfter,
  periodsWithYear,
} from './staff-text-patterns';
import { denialFindings, figureFindings, type TextFinding } from './staff-text-rows';
import { RULE_IDS, type Finding } from './types';
import { wholeWordMatches } from './word-bounds';

/** Sections that speak of the period to come (IV) and of proposals (V). */
const FORWARD_SECTIONS: readonly NarrativeKey[] = ['IV', 'V'];

export interface StaffTextCells {
  /** The sheet address of a narrative cell (Thuyết minh), or null. */
  readonly narrativeCellOf?: (key: NarrativeKey) => string | null;
  /** The sheet address of the unit's name in Thông tin chung, or null. */
  readonly unitCell?: string | null;
}

/** Names folded for comparing, as units are compared everywhere (data/unit-key). */
const fold = unitKey;
const capitalised = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
/** Unit kinds as they are written in running text, lower-case or opening a sentence, longest first; standing apart from letters (`wholeWordMatches`). */
const KIND_WORD = new RegExp(`(${[...UNIT_KINDS].sort((a, b) => b.length - a.length).flatMap((k) => [k, capitalised(k)]).join('|')})`, 'gu');

/** The unit's name without a kind typed before it ("Xã Thái Học" → "Thái Học"). */
function bareUnitName(unit: string): { readonly name: string; readonly kind: string | null } {
  const u = unit.normalize('NFC').trim();
  const kind = UNIT_KINDS.find((k) => fold(u).startsWith(`${k} `));
  return kind ? { name: u.slice(kind.length).trim(), kind } : { name: u, kind: null };
}

/** The words around a match, within its clause (never across a comma or a full stop). */
const lastWords = (s: string, n: number): string => (s.split(/[.,;:!?()]/u).pop() ?? '').trim().split(/\s+/u).slice(-n).join(' ');
const firstWords = (s: string, n: number): string => (s.split(/[.,;:!?()]/u)[0] ?? '').trim().split(/\s+/u).slice(0, n).join(' ');

function unitFindings(text: string, meta: Meta): TextFinding[] {
  const out: TextFinding[] = [];
  const own = fold(bareUnitName(meta.unit).name);
  // A former unit merged into this one (the header's Đơn vị cũ) is named in its history, under whatever kind it had.
  const former = (meta.formerUnits ?? []).map((u) => fold(bareUnitName(u).name)).filter((u) => u !== '');
  const named = (name: string, unit: string): boolean => fold(name) === unit || fold(name).startsWith(`${unit} `);
  const ownKind = meta.unitKind;
  const seen = new Set<string>();
  for (const { groups: m } of [...wholeWordMatches(text, KIND_WORD, 'letter')]) {
    const word = m[1] ?? '';
    const kind = fold(word);
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + word.length);
    if (KIND_NOT_A_UNIT_BEFORE.test(before) || (kind === 'xã' && kindNotAUnitAfter(after))) continue;
    const name = properNameAfter(after);
    const ownName = bareUnitName(meta.unit).name;
    let found: TextFinding | null = null;
    if (name) {
      const isOwn = named(name, own);
      if (!isOwn && former.some((u) => named(name, u))) continue;
      if (!isOwn) found = { rule: RULE_IDS.textOtherUnit, message: RULE_TEXT.staff.otherUnit(`${word} ${name}`, ownKind, ownName) };
      else if (kind !== ownKind) found = { rule: RULE_IDS.textWrongKind, message: RULE_TEXT.staff.wrongKind(`${word} ${name}`, word, ownKind, ownName) };
    } else if (kind !== ownKind && !KIND_LIST.test(after) && !KIND_LIST_BEFORE.test(before)) {
      const quote = `${lastWords(before, 2)} ${word} ${firstWords(after, 2)}`.trim();
      found = { rule: RULE_IDS.textWrongKind, message: RULE_TEXT.staff.wrongKind(quote, word, ownKind, ownName) };
    }
    // Once per name, or once per kind word, in a section: the first occurrence is quoted.
    const once = `${found?.rule ?? ''}:${name ? fold(name) : kind}`;
    if (found && !seen.has(once)) {
      seen.add(once);
      out.push(found);
    }
  }
  return out;
}

function periodFindings(text: string, section: NarrativeKey, meta: Meta): string[] {
  const out: string[] = [];
  for (const { groups: m } of periodsWithYear(text)) {
    const year = Number(m[2]);
    // Section IV plans the next period, which after a year report is in the next year.
    if (year === meta.year || (section === 'IV' && year === meta.year + 1)) continue;
    // "so với 6 tháng đầu năm 2025", "cùng kỳ năm 2025": last year's period, compared with, not copied.
    if (year === meta.year - 1 && COMPARED_BEFORE.test(text.slice(0, m.index))) continue;
    const message = RULE_TEXT.staff.otherPeriod(m[1] ?? '', REPORT_TEXT.periodWithYear(meta.period, meta.year));
    if (!out.includes(message)) out.push(message);
  }
  return out;
}

/**
 * Warnings on the staff's text, each quoting the phrase: another unit named (not a former unit of
 * this one), another period's year (not last year's compared with), a figure or a percent that
 * differs from the form row it speaks of, a denial of a row above 0, another kind's word for the
 * unit; and a unit name typed with its kind. Never errors: the staff may mean what they wrote.
 */
export function checkStaffText(data: ReportData, cells: StaffTextCells, catalogue: FormCatalogue): Finding[] {
  const out: Finding[] = [];
  const { meta } = data;
  const typedKind = bareUnitName(meta.unit).kind;
  if (typedKind) {
    out.push({
      form: null,
      row: null,
      cell: cells.unitCell ?? null,
      severity: 'warning',
      rule: RULE_IDS.unitNameHasKind,
      message: RULE_TEXT.staff.unitNameHasKind(meta.unit.trim(), bareUnitName(meta.unit).name),
    });
  }
  for (const section of NARRATIVE_KEYS) {
    const raw = data.narrative[section];
    if (!raw?.trim()) continue;
    const text = raw.normalize('NFC');
    const where = RULE_TEXT.staff.where(section);
    const finding = (rule: Finding['rule'], message: string): Finding => ({
      form: null,
      row: null,
      cell: cells.narrativeCellOf?.(section) ?? null,
      severity: 'warning',
      rule,
      message: `${where}: ${message}`,
    });
    for (const f of unitFindings(text, meta)) out.push(finding(f.rule, f.message));
    for (const m of periodFindings(text, section, meta)) out.push(finding(RULE_IDS.textOtherPeriod, m));
    // Section IV plans what comes next and V proposes: their figures are aims ("phấn đấu hoàn thành 100% kế hoạch"), not results.
    if (!FORWARD_SECTIONS.includes(section)) {
      for (const f of figureFindings(text, data, catalogue)) out.push(finding(f.rule, f.message));
      for (const f of denialFindings(text, data, catalogue)) out.push(finding(f.rule, f.message));
    }
  }
  return out;
}
