// The named arguments a sentence template reads (README "Câu văn"): each row's value and facts, facts between rows, sums, counts, and the unit's context.
import type { RowKind } from '../../forms/types';
import { COMMON_TEXT } from '../../i18n/common';
import { REPORT_TEXT } from '../../i18n/report';

/** What a row's `_is` fact says: no number, 0, 1, 100 (a percent or ratio), below 0, anything else. */
export const ROW_STATES = ['empty', 'zero', 'one', 'all', 'negative', 'other'] as const;
/** What a `_of_` fact says of a part against its whole: either empty, part 0, part = whole, part > whole, part < whole. */
export const PART_STATES = ['empty', 'none', 'all', 'more', 'part'] as const;
/** What a text's `_is` fact says: nothing to say, or something. */
export const TEXT_STATES = ['empty', 'other'] as const;

/** The context every template may read (`province_kind`: "tỉnh", or "thành phố" for a centrally-run city). */
export const CONTEXT_NAMES = ['ubnd', 'kind', 'superior', 'year', 'within', 'village', 'province_kind'] as const;
export type SentenceContextText = Readonly<Record<(typeof CONTEXT_NAMES)[number], string>>;

/** Rows a person types: the ones that count as reported or missing, and the ones sums and counts run over. */
const TYPED: readonly RowKind[] = ['count', 'money', 'percent', 'code'];
export const isTypedKind = (kind: RowKind | undefined): boolean => kind !== undefined && TYPED.includes(kind);

/** The name of the row at a position in the sentence's `rows`: a, b, c, … */
export const rowAlias = (i: number): string => String.fromCharCode(97 + i);

/** The values a select on an argument may choose by: a closed list, whole numbers, or anything (a printed text). */
export type ArgumentDomain = { readonly kind: 'choice'; readonly values: readonly string[] } | { readonly kind: 'count' } | { readonly kind: 'text' };

const TEXT: ArgumentDomain = { kind: 'text' };
const COUNT: ArgumentDomain = { kind: 'count' };
const choice = (values: readonly string[]): ArgumentDomain => ({ kind: 'choice', values });

/** Every argument the engine supplies to a clause reading rows of these kinds, with what a select on it may choose. */
export function suppliedArguments(kinds: readonly RowKind[]): ReadonlyMap<string, ArgumentDomain> {
  const out = new Map<string, ArgumentDomain>(CONTEXT_NAMES.map((n) => [n, TEXT]));
  const aliases = kinds.map((_, i) => rowAlias(i));
  const parts = [...aliases, 'rest'];
  for (const a of aliases) {
    out.set(a, TEXT).set(`${a}_is`, choice(ROW_STATES)).set(`${a}_vs`, TEXT).set(`${a}_vs_is`, choice(TEXT_STATES));
  }
  for (const part of parts) for (const whole of aliases) if (part !== whole) out.set(`${part}_of_${whole}`, choice(PART_STATES));
  out.set('rest', TEXT).set('rest_is', choice(ROW_STATES));
  for (const n of ['count_empty', 'count_zero', 'count_positive']) out.set(n, COUNT);
  out.set('first_positive', choice(aliases.filter((_, i) => TYPED.includes(kinds[i] ?? 'section'))));
  return out;
}

/** A row as a clause reads it. */
export interface ClauseRow {
  readonly kind: RowKind;
  /** Its number, null when empty or text (a ratio: empty where its whole is 0 or empty). */
  readonly value: number | null;
  /** Its printed figure, one style with the appendix: Vietnamese notation. */
  readonly printed: string;
  /** The comparison with the same period of last year ("" for none), asked only when a template uses it. */
  readonly vs: () => string;
}

function stateOf(n: number | null, kind: RowKind | 'computed'): (typeof ROW_STATES)[number] {
  if (n === null) return 'empty';
  if (n === 0) return 'zero';
  if (n < 0) return 'negative';
  if (n === 100 && (kind === 'percent' || kind === 'ratio')) return 'all';
  return n === 1 ? 'one' : 'other';
}

function partOf(part: number | null, whole: number | null): (typeof PART_STATES)[number] {
  if (part === null || whole === null) return 'empty';
  if (part === 0) return 'none';
  if (part === whole) return 'all';
  return part > whole ? 'more' : 'part';
}

/**
 * A figure as a sentence prints it: Vietnamese notation (up to two decimals), and a count from 1 to 9 with its leading
 * zero ("01 hồ sơ", DOMAIN.md), as the reference writes counts; never a percent, an amount or a code.
 */
export function sentenceFigure(n: number | null, kind: RowKind): string {
  if (n === null) return '';
  if ((kind === 'count' || kind === 'sum') && Number.isInteger(n) && n >= 1 && n <= 9) return `0${n}`;
  return COMMON_TEXT.formatNumber(n, kind === 'ratio' || kind === 'percent' ? 1 : 2);
}

/**
 * The arguments a template reads, each computed only when named: `names` are the template's,
 * `rows` the clause's in the order its `rows` lists them.
 */
export function clauseArguments(names: readonly string[], rows: readonly ClauseRow[], context: SentenceContextText): Record<string, string> {
  const typed = rows.filter((r) => TYPED.includes(r.kind));
  const anyEmpty = typed.some((r) => r.value === null);
  const [first, ...others] = typed;
  // The first typed row less the others, in the order they are listed (a whole and its parts).
  const rest = anyEmpty || !first ? null : (first.value ?? 0) - others.reduce((s, r) => s + (r.value ?? 0), 0);
  const byAlias = new Map(rows.map((r, i) => [rowAlias(i), r] as const));
  const valueOf = (name: string): number | null => (name === 'rest' ? rest : (byAlias.get(name)?.value ?? null));

  const fact = (name: string): string | undefined => {
    if (name in context) return context[name as keyof SentenceContextText];
    const row = byAlias.get(name);
    if (row) return row.printed;
    // The rest of counts is a count, of amounts an amount.
    if (name === 'rest') return sentenceFigure(rest, first?.kind ?? 'money');
    if (name === 'count_empty') return String(typed.filter((r) => r.value === null).length);
    if (name === 'count_zero') return String(typed.filter((r) => r.value === 0).length);
    if (name === 'count_positive') return String(typed.filter((r) => r.value !== null && r.value > 0).length);
    if (name === 'first_positive') {
      const i = rows.findIndex((r) => TYPED.includes(r.kind) && r.value !== null && r.value > 0);
      return i < 0 ? '' : rowAlias(i);
    }
    const is = /^(.+)_is$/u.exec(name);
    if (is) {
      const [, of = ''] = is;
      const text = /^(.+)_vs$/u.exec(of);
      if (text) return fact(of) === '' ? 'empty' : 'other';
      if (of === 'rest') return stateOf(rest, 'computed');
      const r = byAlias.get(of);
      return r ? stateOf(r.value, r.kind) : undefined;
    }
    const vs = /^(.+)_vs$/u.exec(name);
    if (vs) return byAlias.get(vs[1] ?? '')?.vs();
    const pair = /^(.+)_of_(.+)$/u.exec(name);
    if (pair) return partOf(valueOf(pair[1] ?? ''), valueOf(pair[2] ?? ''));
    return undefined;
  };

  const out: Record<string, string> = {};
  for (const name of names) {
    const v = fact(name);
    // The set's checker refuses a template naming anything else; this is a bug in the engine or a set not checked.
    if (v === undefined) throw new RangeError(REPORT_TEXT.template.unknownArgument(name));
    out[name] = v;
  }
  return out;
}
