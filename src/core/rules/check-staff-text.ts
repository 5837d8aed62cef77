// Checks on the staff's own text (Thuyết minh) and the unit's name: what a copied report or a retyped figure leaves behind.
import { NARRATIVE_KEYS, UNIT_KINDS } from '../data/types';
import type { Meta, NarrativeKey, ReportData } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { COMMON_TEXT } from '../i18n/common';
import { REPORT_TEXT } from '../i18n/report';
import { RULE_TEXT } from '../i18n/rules';
import {
  FIGURE_PATTERNS,
  KIND_LIST,
  KIND_LIST_BEFORE,
  KIND_NOT_A_UNIT_AFTER,
  KIND_NOT_A_UNIT_BEFORE,
  PERIOD_WITH_YEAR,
  PROPER_NAME,
  figureValue,
} from './staff-text-patterns';
import { RULE_IDS, type Finding } from './types';
import { numberAt } from './values';

export interface StaffTextCells {
  /** The sheet address of a narrative cell (Thuyết minh), or null. */
  readonly narrativeCellOf?: (key: NarrativeKey) => string | null;
  /** The sheet address of the unit's name in Thông tin chung, or null. */
  readonly unitCell?: string | null;
}

const fold = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');
const capitalised = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
/** Unit kinds as they are written in running text, lower-case or opening a sentence, longest first. */
const KIND_WORD = new RegExp(
  `(?<!\\p{L})(${[...UNIT_KINDS].sort((a, b) => b.length - a.length).flatMap((k) => [k, capitalised(k)]).join('|')})(?!\\p{L})`,
  'gu',
);

/** The unit's name without a kind typed before it ("Xã Thái Học" → "Thái Học"). */
function bareUnitName(unit: string): { readonly name: string; readonly kind: string | null } {
  const u = unit.normalize('NFC').trim();
  const kind = UNIT_KINDS.find((k) => fold(u).startsWith(`${k} `));
  return kind ? { name: u.slice(kind.length).trim(), kind } : { name: u, kind: null };
}

/** The words around a match, within its clause (never across a comma or a full stop). */
const lastWords = (s: string, n: number): string => (s.split(/[.,;:!?()]/u).pop() ?? '').trim().split(/\s+/u).slice(-n).join(' ');
const firstWords = (s: string, n: number): string => (s.split(/[.,;:!?()]/u)[0] ?? '').trim().split(/\s+/u).slice(0, n).join(' ');

interface TextFinding {
  readonly rule: Finding['rule'];
  readonly message: string;
}

function unitFindings(text: string, meta: Meta): TextFinding[] {
  const out: TextFinding[] = [];
  const own = fold(bareUnitName(meta.unit).name);
  const ownKind = meta.unitKind;
  const seen = new Set<string>();
  for (const m of text.matchAll(KIND_WORD)) {
    const word = m[1] ?? '';
    const kind = fold(word);
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + word.length);
    if (KIND_NOT_A_UNIT_BEFORE.test(before) || (kind === 'xã' && KIND_NOT_A_UNIT_AFTER.test(after))) continue;
    const name = PROPER_NAME.exec(after)?.[1];
    const ownName = bareUnitName(meta.unit).name;
    let found: TextFinding | null = null;
    if (name) {
      const isOwn = fold(name) === own || fold(name).startsWith(`${own} `);
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
  for (const m of text.matchAll(PERIOD_WITH_YEAR)) {
    const year = Number(m[2]);
    // Section IV plans the next period, which after a year report is in the next year.
    if (year === meta.year || (section === 'IV' && year === meta.year + 1)) continue;
    const message = RULE_TEXT.staff.otherPeriod(m[1] ?? '', REPORT_TEXT.periodWithYear(meta.period, meta.year));
    if (!out.includes(message)) out.push(message);
  }
  return out;
}

function figureFindings(text: string, data: ReportData, catalogue: FormCatalogue): string[] {
  const out: string[] = [];
  // The patterns speak of the built-in set's rows: a set without one of them has nothing to compare it with.
  const patterns = FIGURE_PATTERNS.filter((p) => p.keys.every((key) => catalogue.row(p.form, key) !== undefined));
  for (const sentence of text.split(/(?<=[.;!?])\s+|\n+/u)) {
    for (const p of patterns) {
      if (!p.topic.test(sentence)) continue;
      const rows = p.keys.map((key) => ({ key, value: numberAt(data.forms, { form: p.form, key }, catalogue) }));
      const reported = rows.filter((r): r is { key: string; value: number } => r.value !== null);
      if (reported.length === 0) continue;
      for (const m of sentence.matchAll(p.figure)) {
        if (reported.some((r) => r.value === figureValue(m[1] ?? ''))) continue;
        const values = reported.map((r) => RULE_TEXT.staff.rowValue(r.key, COMMON_TEXT.formatNumber(r.value)));
        out.push(RULE_TEXT.staff.figureMismatch(m[0].trim(), COMMON_TEXT.formName(p.form), values));
      }
    }
  }
  return out;
}

/**
 * Warnings on the staff's text, each quoting the phrase: another unit named, another period's
 * year, a figure that differs from the form row it speaks of, another kind's word for the unit;
 * and a unit name typed with its kind. Never errors: the staff may mean what they wrote.
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
    for (const m of figureFindings(text, data, catalogue)) out.push(finding(RULE_IDS.textFigureMismatch, m));
  }
  return out;
}
