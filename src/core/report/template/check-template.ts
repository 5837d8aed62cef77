// Checks one sentence template (`Câu văn`) before a set is used: it parses, names only what the engine supplies, and selects only on values that can occur.
import type { RowKind } from '../../forms/types';
import { REPORT_TEXT } from '../../i18n/report';
import { suppliedArguments, type ArgumentDomain } from './clause-facts';
import { isParsed, LIST_TAGS, parseTemplate } from './format-template';

/** A row the sentence reads, as the checker needs it: its kind, and a code row's codes. */
export interface TemplateRow {
  readonly kind: RowKind;
  readonly codes?: readonly number[];
}

export const TEMPLATE_PROBLEMS = ['syntax', 'unknown-argument', 'unknown-value', 'unsupported', 'unknown-tag'] as const;
export type TemplateProblemCode = (typeof TEMPLATE_PROBLEMS)[number];

/** One problem of a template, with its Vietnamese message; `name` the argument or tag, `value` the select value. */
export interface TemplateProblem {
  readonly code: TemplateProblemCode;
  readonly message: string;
  readonly name?: string;
  readonly value?: string;
  /** Where a syntax error is, counted in characters from 0. */
  readonly offset?: number;
}

const T = REPORT_TEXT.template.check;

/** The values a select on this argument may name besides `other` (null: any). */
function allowedValues(domain: ArgumentDomain, row: TemplateRow | undefined, isRowValue: boolean): readonly string[] | null {
  if (domain.kind === 'choice') return domain.values;
  if (isRowValue && row?.kind === 'code' && row.codes) return row.codes.map(String);
  return null;
}

/**
 * The problems of a template that reads these rows (in the order its `Dòng` lists them: a, b, …);
 * an empty list when it can be used. Never throws.
 */
export function checkTemplate(template: string, rows: readonly TemplateRow[]): readonly TemplateProblem[] {
  const parsed = parseTemplate(template);
  if (!isParsed(parsed)) {
    const explain = (T.syntaxKinds as Readonly<Record<string, string>>)[parsed.kind] ?? T.syntaxOther(parsed.kind);
    return [{ code: 'syntax', offset: parsed.offset, message: T.syntax(parsed.offset + 1, explain) }];
  }
  const supplied = suppliedArguments(rows.map((r) => r.kind));
  const aliases = rows.map((_, i) => String.fromCharCode(97 + i));
  const problems: TemplateProblem[] = [];
  const seen = new Set<string>();
  const once = (p: TemplateProblem): void => {
    const key = `${p.code}:${p.name ?? ''}:${p.value ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push(p);
  };
  for (const use of parsed.uses) {
    if (use.kind === 'tag') {
      if (!LIST_TAGS.includes(use.name)) once({ code: 'unknown-tag', name: use.name, message: T.unknownTag(use.name, LIST_TAGS) });
      continue;
    }
    const domain = supplied.get(use.name);
    if (!domain) {
      once({ code: 'unknown-argument', name: use.name, message: T.unknownArgument(use.name, aliases) });
      continue;
    }
    if (use.kind === 'unsupported') {
      once({ code: 'unsupported', name: use.name, message: T.unsupported(use.name, use.what) });
      continue;
    }
    if (use.kind !== 'select') continue;
    const index = aliases.indexOf(use.name);
    const allowed = allowedValues(domain, rows[index], index >= 0);
    for (const value of use.values) {
      if (value === 'other') continue;
      const ok = allowed ? allowed.includes(value) : domain.kind === 'count' ? /^\d+$/u.test(value) : true;
      if (!ok) once({ code: 'unknown-value', name: use.name, value, message: T.unknownValue(use.name, value, allowed ?? []) });
    }
  }
  return problems;
}
