// The set checker's row problems (sheet `Chỉ tiêu`): keys, kinds and what each kind needs, codes, conditions, cycles among computed rows, key ratios.
import { FORMSET_TEXT } from '../i18n/form-sets';
import { ACROSS_CLASSES, SET_ROW_KINDS, WORD_PARTS, type SetForm, type SetRow } from './form-set';
import { checkCondition, kindWord, lineOf, type SetCheckContext } from './set-check-context';
import type { RowField, SetPlace } from './set-problem';

const T = FORMSET_TEXT.check;
const H = FORMSET_TEXT.headers.rows;

/** Row keys as today's defined names and report data use them: numbers joined by dots ("3.2.1"), no letters. */
const ROW_KEY = /^\d+(\.\d+)*$/;
/** What a ratio or a sum may be computed from (as the form schema has it): rows holding amounts, not percents, codes or ratios. */
const NUMERIC_KINDS: readonly string[] = ['count', 'money', 'sum'];
/** Rows a person types into: the only ones that carry over between periods. */
const INPUT_KINDS: readonly string[] = ['count', 'money', 'percent', 'code'];

const isKind = (kind: string): boolean => (SET_ROW_KINDS as readonly string[]).includes(kind);

type Tell = (field: RowField, text: string) => void;

/** Every row's own problems, then the cycles among computed rows and the key ratios' places across the set. */
export function checkRows(ctx: SetCheckContext): void {
  ctx.def.forms.forEach((form, f) => {
    const firstOfKey = new Map<string, number>();
    form.rows.forEach((row, r) => {
      const tell: Tell = (field, text) => {
        const place = ctx.where.row(f, r, field);
        ctx.say(place, T.item.row(lineOf(place), form.number, row.key), text);
      };
      const first = firstOfKey.get(row.key);
      if (first !== undefined) tell('key', T.keyDuplicate(row.key, form.number, lineOf(ctx.where.row(f, first, 'key'))));
      else firstOfKey.set(row.key, r);
      checkRow(ctx, form, row, tell);
    });
  });
  checkCycles(ctx);
  checkKeyRatioPlaces(ctx);
}

const present = (list: readonly unknown[] | undefined): boolean => list !== undefined && list.length > 0;

function checkRow(ctx: SetCheckContext, form: SetForm, row: SetRow, tell: Tell): void {
  if (!ROW_KEY.test(row.key)) tell('key', T.keyFormat(row.key));
  if (row.label.trim() === '') tell('label', T.labelEmpty);
  const kind: string = row.kind;
  if (!isKind(kind)) {
    tell('kind', T.kindUnknown(kind));
    return;
  }
  const word = kindWord(kind);
  /** The form a computed row's reference resolves to, or null when it has its own problem. */
  const numericRef = (field: 'part' | 'whole' | 'terms', header: string, text: string): number | null => {
    const hit = ctx.resolve(text, form.number, header);
    if (hit.row === null) {
      tell(field, hit.problem);
      return null;
    }
    // A row of an unknown kind has its own problem; what is computed from it waits for that one.
    if (!NUMERIC_KINDS.includes(hit.row.kind) && isKind(hit.row.kind)) tell(field, T.notNumeric(header, text.trim(), kindWord(hit.row.kind)));
    return hit.ref.form;
  };
  if (kind === 'ratio') {
    for (const field of ['part', 'whole'] as const) {
      const text = row[field];
      if (text === undefined || text.trim() === '') tell(field, T.ratioNeeds(H[field]));
      else numericRef(field, H[field], text);
    }
  } else {
    for (const field of ['part', 'whole'] as const) if (row[field] !== undefined) tell(field, T.fieldNotForKind(H[field], kindWord('ratio'), word));
  }
  if (kind === 'sum') {
    const terms = row.terms ?? [];
    if (terms.length < 2) tell('terms', T.sumNeeds);
    // The consolidated workbook totals each form on its own sheet with the form's own formulas: a sum across forms has no place there.
    for (const term of terms) {
      const at = numericRef('terms', H.terms, term);
      if (at !== null && at !== form.number) tell('terms', T.sumOtherForm(term.trim(), form.number));
    }
  } else if (present(row.terms)) {
    tell('terms', T.fieldNotForKind(H.terms, kindWord('sum'), word));
  }
  if (kind === 'code') checkCodes(row, tell);
  else if (present(row.codes)) tell('codes', T.fieldNotForKind(H.codes, kindWord('code'), word));
  if (row.keyRatioName !== undefined && row.keyRatio === undefined) tell('keyRatioName', T.keyRatioNameWithout);
  if (row.keyRatio !== undefined) {
    if (!Number.isInteger(row.keyRatio) || row.keyRatio < 1) tell('keyRatio', T.keyRatioPlace(String(row.keyRatio)));
    if (kind !== 'ratio') tell('keyRatio', T.keyRatioNotRatio(word));
  }
  if (row.across !== undefined) {
    const across: string = row.across;
    const words = FORMSET_TEXT.words.across as Readonly<Record<string, string>>;
    if (!(ACROSS_CLASSES as readonly string[]).includes(across)) tell('across', T.acrossUnknown(across));
    // `trong kỳ` is every row's default, so it is harmless anywhere; the others carry a value a computed row does not have.
    else if (across !== 'period' && !INPUT_KINDS.includes(kind)) tell('across', T.acrossNotInput(words[across] ?? across, word));
  }
  if (row.compare === true && kind === 'section') tell('compare', T.compareSection);
  // "không chuyên trách … thôn": every part says something; a part left empty would match anywhere, or nothing.
  for (const word of row.words ?? []) if (word.split(WORD_PARTS).some((part) => part.trim() === '')) tell('words', T.wordsPartEmpty(word.trim()));
  for (const group of row.zeroWhen ?? []) {
    for (const text of group) {
      const hit = ctx.resolve(text, form.number, H.zeroWhen);
      // Implied zeros are read within one form (the report's sentences over one form's rows).
      if (hit.row === null) tell('zeroWhen', hit.problem);
      else if (hit.ref.form !== form.number) tell('zeroWhen', T.zeroWhenOtherForm(text.trim(), form.number));
    }
  }
  if (row.notExpectedWhen) checkCondition(ctx, row.notExpectedWhen, form.number, H.notExpectedWhen, (text) => tell('notExpectedWhen', text));
}

function checkCodes(row: SetRow, tell: Tell): void {
  const codes = row.codes ?? [];
  if (codes.length < 2) tell('codes', T.codesTooFew);
  const values = new Set<number>();
  const labels = new Set<string>();
  for (const code of codes) {
    if (!Number.isInteger(code.value) || code.value < 0) tell('codes', T.codeValue(String(code.value)));
    else if (values.has(code.value)) tell('codes', T.codeDuplicate(code.value));
    values.add(code.value);
    const label = code.label.trim();
    if (label === '') tell('codes', T.codeLabelEmpty(code.value));
    else if (labels.has(label)) tell('codes', T.codeLabelDuplicate(label));
    labels.add(label);
  }
}

interface Node {
  readonly form: number;
  readonly key: string;
  readonly place: (field: RowField) => SetPlace | null;
  /** The rows it is computed from, by the column that names them. */
  readonly edges: readonly { readonly field: RowField; readonly to: string }[];
}

const id = (form: number, key: string): string => `${form}\u0000${key}`;

/** A ratio or sum computed, through other computed rows, from itself: said once per cycle, at the row where the search entered it (rows in the set's order). */
function checkCycles(ctx: SetCheckContext): void {
  const nodes = new Map<string, Node>();
  for (const [number, rows] of ctx.forms) {
    for (const { row, formIndex, rowIndex } of rows.values()) {
      const refs: { field: RowField; text: string }[] =
        row.kind === 'ratio'
          ? [
              { field: 'part', text: row.part ?? '' },
              { field: 'whole', text: row.whole ?? '' },
            ]
          : row.kind === 'sum'
            ? (row.terms ?? []).map((text) => ({ field: 'terms' as const, text }))
            : [];
      const edges = refs.flatMap(({ field, text }) => {
        const hit = ctx.resolve(text, number, '');
        return hit.row === null ? [] : [{ field, to: id(hit.ref.form, hit.ref.key) }];
      });
      nodes.set(id(number, row.key), { form: number, key: row.key, place: (field) => ctx.where.row(formIndex, rowIndex, field), edges });
    }
  }
  const done = new Set<string>();
  const stack: { readonly node: string; field: RowField | null }[] = [];
  const visit = (at: string): void => {
    const node = nodes.get(at);
    if (!node) return;
    const frame = { node: at, field: null as RowField | null };
    stack.push(frame);
    for (const edge of node.edges) {
      frame.field = edge.field;
      const open = stack.findIndex((s) => s.node === edge.to);
      if (open >= 0) {
        const cycle = stack.slice(open);
        const start = nodes.get(edge.to);
        const field = cycle[0]?.field;
        if (!start || !field) continue;
        const path = [...cycle.map((s) => nodes.get(s.node)), start].flatMap((n) => (n ? [{ form: n.form, key: n.key }] : []));
        const place = start.place(field);
        ctx.say(place, T.item.row(lineOf(place), start.form, start.key), T.cycle(start.form, path));
      } else if (!done.has(edge.to)) {
        visit(edge.to);
      }
    }
    stack.pop();
    done.add(at);
  };
  for (const at of nodes.keys()) if (!done.has(at)) visit(at);
}

/** Two key ratios given the same place: the later one, in the set's order, is the problem. */
function checkKeyRatioPlaces(ctx: SetCheckContext): void {
  const taken = new Map<number, { readonly form: number; readonly key: string }>();
  ctx.def.forms.forEach((form, f) =>
    form.rows.forEach((row, r) => {
      if (row.keyRatio === undefined || row.kind !== 'ratio') return;
      const first = taken.get(row.keyRatio);
      if (!first) {
        taken.set(row.keyRatio, { form: form.number, key: row.key });
        return;
      }
      const place = ctx.where.row(f, r, 'keyRatio');
      ctx.say(place, T.item.row(lineOf(place), form.number, row.key), T.keyRatioDuplicate(row.keyRatio, first.form, first.key));
    }),
  );
}
