// The generated sentences as they were before the templates (frozen oracle for the equality test): wording as TypeScript functions.
import type { NarrativeKey, Period, ReportData, UnitKind } from '../../../../src/core/data/types';
import { UNIT_KINDS } from '../../../../src/core/data/types';
import { COMMON_TEXT } from '../../../../src/core/i18n/common';
import { REPORT_TEXT } from '../../../../src/core/i18n/report';
import type { SentenceValues } from './legacy-wording';
import { SENTENCE_WORDING } from './legacy-wording';
import { findRow } from '../../../../src/core/forms/catalogue';
import type { FormNumber } from '../../../../src/core/forms/types';
import { IMPLIED_ZEROS, PARTITIONS } from '../../../../src/core/report/sentences';
import { SENTENCES } from './legacy-sentence-table';
import type { SentenceDef } from './legacy-sentence-table';
import { decimalsOf, readForm, rowTopic } from '../../../../src/core/report/values';
import { rowComparison, type YearOnYearBase } from '../../../../src/core/report/year-on-year';
import type { FormReader } from '../../../../src/core/report/values';

/** What every sentence may say about the unit, besides the numbers. */
interface SentenceContext {
  readonly ubnd: string;
  readonly kind: string;
  readonly superior: string;
  readonly year: number;
  /** The report's period, for "trong quý I" / "trong năm"; without it sentences say "trong kỳ báo cáo". */
  readonly period?: Period;
  /** The same period of an earlier year: the rows DOMAIN.md lists are compared with it; absent, no comparison. */
  readonly previous?: YearOnYearBase;
}

const isUnitKind = (k: string): k is UnitKind => (UNIT_KINDS as readonly string[]).includes(k);
/** What the unit calls its villages; a consolidated text (no single kind) uses the xã's word. */
const villageOf = (kind: string): string => COMMON_TEXT.villageWords[isUnitKind(kind) ? kind : 'xã'];

function valuesOf(reader: FormReader, ctx: SentenceContext): SentenceValues {
  const need = (key: string): number => {
    const n = reader.num(key);
    // A template asked for a row that holds no number without asking `has` first: a bug in the wording, not in the data.
    if (n === null) throw new Error(`legacy wording read empty row ${key} of form ${reader.form}`);
    return n;
  };
  return {
    ubnd: ctx.ubnd,
    kind: ctx.kind,
    superior: ctx.superior,
    year: ctx.year,
    within: REPORT_TEXT.within(ctx.period),
    village: villageOf(ctx.kind),
    has: (key) => reader.num(key) !== null,
    n: need,
    f: (key) => COMMON_TEXT.formatNumber(need(key), decimalsOf(findRow(reader.form, key))),
    r: (key) => {
      const n = reader.num(key);
      return n === null ? null : COMMON_TEXT.formatNumber(n, 1);
    },
    fmt: (x) => COMMON_TEXT.formatNumber(x, 2),
    vs: (key) => rowComparison(reader.form, key, reader.num(key), ctx.previous),
  };
}

const capitalise = (s: string): string => {
  const [first = ''] = [...s];
  return first.toLocaleUpperCase('vi') + s.slice(first.length);
};

/**
 * A row that can only be 0 needs no number of its own: its wholes are all 0 (nothing assigned,
 * nothing done), or the other parts of its whole already make the whole up.
 */
function impliedZero(reader: FormReader, key: string): boolean {
  if ((IMPLIED_ZEROS[reader.form] ?? []).some(([wholes, parts]) => parts.includes(key) && wholes.every((w) => reader.num(w) === 0))) return true;
  return (PARTITIONS[reader.form] ?? []).some(([whole, parts]) => {
    const total = reader.num(whole);
    if (!parts.includes(key) || total === null) return false;
    return parts.reduce((sum, p) => sum + (reader.num(p) ?? 0), 0) === total;
  });
}

interface Rendered {
  readonly text: string | null;
  /** Whether any row the sentence reads holds a number. */
  readonly reported: boolean;
}

function render(def: SentenceDef, reader: FormReader, ctx: SentenceContext): Rendered {
  const values = valuesOf(reader, ctx);
  const missing: string[] = [];
  let reported = false;
  let text = '';
  let lastWritten = false;
  for (const clause of def.clauses) {
    if (clause.when && reader.num(clause.when.key) !== clause.when.equals) {
      lastWritten = false;
      continue;
    }
    const empty = clause.needs.filter((k) => reader.num(k) === null);
    for (const k of empty) if (!missing.includes(k) && !impliedZero(reader, k)) missing.push(k);
    // An empty clause is named at the end; the next one still continues what was written before it.
    if (empty.length === clause.needs.length) continue;
    reported = true;
    // Typed by SentenceId: every id of the table has its wording, checked when compiling.
    const part = SENTENCE_WORDING[clause.id](values);
    if (!part) continue;
    // A clause continues the one before with its own joiner only when that one was written.
    text = text ? text + (lastWritten ? (clause.sep ?? '; ') : '; ') + part : part;
    lastWritten = true;
  }
  if (missing.length) {
    const topics = REPORT_TEXT.missingRows(missing.map((k) => rowTopic(reader.form, k, values.village)));
    text = text ? `${text}; ${topics}` : topics;
  }
  return { text: text ? `${capitalise(text)}.` : null, reported };
}

/** One sentence's text, or null when none of its clauses applies. */
export function sentenceText(def: SentenceDef, reader: FormReader, ctx: SentenceContext): string | null {
  return render(def, reader, ctx).text;
}

/**
 * The generated sentences of a section, in order. A section none of whose rows is reported gets
 * one sentence saying so, naming the forms to fill, instead of a "chưa có số liệu" per sentence.
 */
export function generateSentences(data: ReportData, section: NarrativeKey, ctx: SentenceContext): readonly string[] {
  const readers = new Map<FormNumber, FormReader>();
  const out: string[] = [];
  const forms: FormNumber[] = [];
  let reported = false;
  for (const def of SENTENCES) {
    if (def.section !== section) continue;
    let reader = readers.get(def.form);
    if (!reader) {
      reader = readForm(data, def.form);
      readers.set(def.form, reader);
      forms.push(def.form);
    }
    const r = render(def, reader, ctx);
    reported ||= r.reported;
    if (r.text) out.push(r.text);
  }
  return forms.length && !reported ? [REPORT_TEXT.emptySection(forms)] : out;
}
