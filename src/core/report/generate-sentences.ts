// Generated sentences of one section, from the forms: wording from the catalogue, an empty row never read as 0.
import type { NarrativeKey, ReportData } from '../data/types';
import { COMMON_TEXT } from '../i18n/common';
import { REPORT_TEXT } from '../i18n/report';
import type { SentenceValues } from '../i18n/report';
import { findRow } from '../forms/catalogue';
import type { FormNumber } from '../forms/types';
import { SENTENCES } from './sentences';
import type { SentenceDef } from './sentences';
import { decimalsOf, labelInSentence, readForm, valueInWords } from './values';
import type { FormReader } from './values';

/** What every sentence may say about the unit, besides the numbers. */
export interface SentenceContext {
  readonly ubnd: string;
  readonly kind: string;
  readonly superior: string;
  readonly year: number;
}

function valuesOf(reader: FormReader, ctx: SentenceContext): SentenceValues {
  const need = (key: string): number => {
    const n = reader.num(key);
    // A template asked for a row its clause did not list in `needs`: a bug in the tables, not in the data.
    if (n === null) throw new Error(REPORT_TEXT.sentenceReadEmptyRow(key, reader.form));
    return n;
  };
  return {
    ...ctx,
    n: need,
    f: (key) => COMMON_TEXT.formatNumber(need(key), decimalsOf(findRow(reader.form, key))),
    r: (key) => {
      const n = reader.num(key);
      return n === null ? null : COMMON_TEXT.formatNumber(n, 1);
    },
  };
}

const capitalise = (s: string): string => {
  const [first = ''] = [...s];
  return first.toLocaleUpperCase('vi') + s.slice(first.length);
};

/** One sentence's text, or null when none of its clauses applies. */
export function sentenceText(def: SentenceDef, reader: FormReader, ctx: SentenceContext): string | null {
  const values = valuesOf(reader, ctx);
  const listed = new Set<string>();
  let text = '';
  let lastWasTemplate = false;
  const push = (part: string, sep: string) => {
    text = text ? text + sep + part : part;
  };
  for (const clause of def.clauses) {
    if (clause.when && reader.num(clause.when.key) !== clause.when.equals) continue;
    // Typed by SentenceId: every id of the table has its wording, checked when compiling.
    const template = REPORT_TEXT.sentences[clause.id];
    if (clause.needs.every((k) => reader.num(k) !== null)) {
      // A clause continues the one before with its own joiner only when both read as prose.
      push(template(values), lastWasTemplate ? (clause.sep ?? '; ') : '; ');
      lastWasTemplate = true;
      continue;
    }
    lastWasTemplate = false;
    // Fallback: each row the clause needs, with its value or "chưa có số liệu", each row named once.
    for (const key of clause.needs) {
      if (listed.has(key)) continue;
      listed.add(key);
      const label = labelInSentence(reader.form, key);
      const words = valueInWords(reader, key);
      push(words === null ? REPORT_TEXT.missingClause(label) : REPORT_TEXT.valueClause(label, words), '; ');
    }
  }
  return text ? `${capitalise(text)}.` : null;
}

/** The generated sentences of a section, in order. */
export function generateSentences(data: ReportData, section: NarrativeKey, ctx: SentenceContext): readonly string[] {
  const readers = new Map<FormNumber, FormReader>();
  const out: string[] = [];
  for (const def of SENTENCES) {
    if (def.section !== section) continue;
    let reader = readers.get(def.form);
    if (!reader) {
      reader = readForm(data, def.form);
      readers.set(def.form, reader);
    }
    const text = sentenceText(def, reader, ctx);
    if (text) out.push(text);
  }
  return out;
}
