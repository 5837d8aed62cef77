// Generated sentences of one section: the set's templates (`Câu văn`) filled with the facts of the rows they read, an empty row never read as 0.
import { villageOf } from '../data/place-words';
import type { NarrativeKey, Period, ReportData } from '../data/types';
import type { SetSentence } from '../forms/form-set';
import type { FormCatalogue } from '../forms/build-catalogue';
import type { FormNumber } from '../forms/types';
import { COMMON_TEXT } from '../i18n/common';
import { REPORT_TEXT } from '../i18n/report';
import { clauseArguments, isTypedKind, sentenceFigure, type ClauseRow, type SentenceContextText } from './template/clause-facts';
import { fillTemplate, isParsed, parseTemplate } from './template/format-template';
import { readForm, rowTopic } from './values';
import type { FormReader } from './values';
import { rowComparison, type YearOnYearBase } from './year-on-year';

/** What every sentence may say about the unit, besides the numbers. */
export interface SentenceContext {
  readonly ubnd: string;
  readonly kind: string;
  readonly superior: string;
  readonly year: number;
  /** The report's period, for "trong quý I" / "trong năm"; without it sentences say "trong kỳ báo cáo". */
  readonly period?: Period;
  /** The same period of an earlier year: the rows DOMAIN.md lists are compared with it; absent, no comparison. */
  readonly previous?: YearOnYearBase;
  /**
   * A final report: it never says "chưa có số liệu". Its compulsory inputs are all filled (the builder
   * refuses it otherwise), so an empty row left is one the set lets a report leave empty, and it goes unsaid.
   */
  readonly final?: boolean;
  /** What the province is called ("tỉnh", "thành phố"); absent: "tỉnh". */
  readonly provinceKind?: string;
}

const contextText = (ctx: SentenceContext): SentenceContextText => ({
  ubnd: ctx.ubnd,
  kind: ctx.kind,
  superior: ctx.superior,
  year: String(ctx.year),
  within: REPORT_TEXT.within(ctx.period),
  village: villageOf(ctx.kind),
  province_kind: ctx.provinceKind ?? COMMON_TEXT.provinceKinds.province,
});

const capitalise = (s: string): string => {
  const [first = ''] = [...s];
  return first.toLocaleUpperCase('vi') + s.slice(first.length);
};

/**
 * A row that can only be 0 needs no number of its own: its wholes are all 0 (nothing assigned,
 * nothing done), or the other parts of its whole already make the whole up.
 */
function impliedZero(reader: FormReader, key: string, catalogue: FormCatalogue): boolean {
  const zeros = catalogue.impliedZeros.get(reader.form) ?? [];
  if (zeros.some(([wholes, parts]) => parts.includes(key) && wholes.every((w) => reader.num(w) === 0))) return true;
  return (catalogue.partitions.get(reader.form) ?? []).some(([whole, parts]) => {
    const total = reader.num(whole);
    if (!parts.includes(key) || total === null) return false;
    return parts.reduce((sum, p) => sum + (reader.num(p) ?? 0), 0) === total;
  });
}

/** A row of the clause as its template reads it. */
function clauseRow(reader: FormReader, key: string, ctx: SentenceContext, catalogue: FormCatalogue): ClauseRow {
  const row = catalogue.row(reader.form, key);
  if (!row) throw new RangeError(REPORT_TEXT.template.unknownRow(key, reader.form));
  const value = reader.num(key);
  // A code is a choice, selected on as typed ("0", "1", "2"); every other figure as a sentence prints it ("01 hồ sơ").
  const printed = value === null ? '' : row.kind === 'code' ? String(value) : sentenceFigure(value, row.kind);
  return { kind: row.kind, value, printed, vs: () => rowComparison(reader.form, key, value, ctx.previous, catalogue) };
}

function fill(clause: SetSentence, rows: readonly ClauseRow[], context: SentenceContextText): string {
  const parsed = parseTemplate(clause.template);
  // The set's checker refuses a template that does not parse; the built-in set's are tested.
  if (!isParsed(parsed)) throw new RangeError(REPORT_TEXT.template.notParsed(clause.section, clause.order));
  return fillTemplate(parsed, clauseArguments(parsed.names, rows, context));
}

interface Rendered {
  readonly text: string | null;
  /** Whether any row the sentence reads holds a number. */
  readonly reported: boolean;
}

/**
 * One sentence: its clauses, each used when at least one row a person types holds a number, joined
 * (`joiner`, "; " unless given), capitalised and closed with a full stop; the typed rows left empty
 * are named once at its end ("chưa có số liệu về …"), so an empty row never reads as 0.
 */
function render(clauses: readonly SetSentence[], reader: FormReader, ctx: SentenceContext, catalogue: FormCatalogue): Rendered {
  const context = contextText(ctx);
  const missing: string[] = [];
  let reported = false;
  let text = '';
  let lastWritten = false;
  for (const clause of clauses) {
    if (clause.when && reader.num(clause.when.key) !== clause.when.equals) {
      lastWritten = false;
      continue;
    }
    const rows = clause.rows.map((key) => clauseRow(reader, key, ctx, catalogue));
    const typed = clause.rows.filter((_, i) => isTypedKind(rows[i]?.kind));
    const empty = typed.filter((k) => reader.num(k) === null);
    for (const k of empty) if (!missing.includes(k) && !impliedZero(reader, k, catalogue)) missing.push(k);
    // An empty clause is named at the end; the next one still continues what was written before it.
    if (empty.length === typed.length) continue;
    reported = true;
    const part = fill(clause, rows, context);
    if (!part) continue;
    // A clause continues the one before with its own joiner only when that one was written.
    text = text ? text + (lastWritten ? (clause.joiner ?? '; ') : '; ') + part : part;
    lastWritten = true;
  }
  if (missing.length && !ctx.final) {
    const topics = REPORT_TEXT.missingRows(missing.map((k) => rowTopic(reader.form, k, { village: context.village, provinceKind: context.province_kind }, catalogue)));
    text = text ? `${text}; ${topics}` : topics;
  }
  return { text: text ? `${capitalise(text)}.` : null, reported };
}

const asFormNumber = (n: number, catalogue: FormCatalogue): FormNumber => {
  if (!catalogue.findForm(n)) throw new RangeError(REPORT_TEXT.template.unknownForm(n));
  return n;
};

/** The sentences of a section: clauses sharing `order` make one sentence, sentences in order, clauses in the set's order. */
function sentencesOf(set: readonly SetSentence[], section: NarrativeKey): readonly (readonly SetSentence[])[] {
  const byOrder = new Map<number, SetSentence[]>();
  for (const s of set) {
    if (s.section !== section) continue;
    const clauses = byOrder.get(s.order);
    if (clauses) clauses.push(s);
    else byOrder.set(s.order, [s]);
  }
  return [...byOrder.entries()].sort(([a], [b]) => a - b).map(([, clauses]) => clauses);
}

/**
 * The generated sentences of a section, in order: the catalogue's sentences over its rows. A section none of whose
 * rows is reported gets one sentence saying so, naming the forms to fill, instead of a "chưa có số liệu" per sentence
 * (in a draft: a final report says nothing of rows the set lets it leave empty).
 */
export function generateSentences(data: ReportData, section: NarrativeKey, ctx: SentenceContext, catalogue: FormCatalogue): readonly string[] {
  const readers = new Map<FormNumber, FormReader>();
  const out: string[] = [];
  const forms: FormNumber[] = [];
  let reported = false;
  for (const clauses of sentencesOf(catalogue.sentences, section)) {
    const [first] = clauses;
    if (!first) continue;
    const form = asFormNumber(first.form, catalogue);
    let reader = readers.get(form);
    if (!reader) {
      reader = readForm(data, form, catalogue);
      readers.set(form, reader);
      forms.push(form);
    }
    const r = render(clauses, reader, ctx, catalogue);
    reported ||= r.reported;
    if (r.text) out.push(r.text);
  }
  return forms.length && !reported && !ctx.final ? [REPORT_TEXT.emptySection(forms)] : out;
}
