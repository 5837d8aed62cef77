// Every problem of a form set's data, each at its place (issue 20 item 2): identity, forms, rows, rules and sentences; a set with any is never used.
import { NARRATIVE_KEYS } from '../data/types';
import { FORMSET_TEXT } from '../i18n/form-sets';
import type { RowRef } from '../rules/validation-rule';
import { checkRows } from './check-set-rows';
import { checkTemplate } from '../report/template/check-template';
import { BUILTIN_SET } from './builtin';
import { canonical } from './choose-form-set';
import { isParsed, parseTemplate } from '../report/template/format-template';
import { REPORT_TEXT } from '../i18n/report';
import { SET_OPERATORS, type FormSetDef, type SetRow } from './form-set';
import { checkCondition, checkContext, kindWord, lineOf, type SetCheckContext } from './set-check-context';
import { jsonLocator, type DistrictSentenceField, type RuleField, type SentenceField, type SetLocator, type SetProblem } from './set-problem';

const T = FORMSET_TEXT.check;
const H = FORMSET_TEXT.headers;

/**
 * Mã bộ biểu mẫu: ASCII letters, digits and `-`. Vietnamese letters are refused on purpose: the id travels in
 * file names, JSON and the workbooks' hidden names, where `đ` and combining marks are spelt in more than one way.
 */
const SET_ID = /^[A-Za-z0-9-]+$/;
const RULE_ID = /^[a-z][a-z0-9-]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface CheckFormSetOptions {
  /** The sentence template checker: its problems, in Vietnamese, for one `Câu` reading `rows` (default: the template engine's). */
  readonly checkTemplate?: (template: string, rows: readonly RowRef[], read: readonly SetRow[]) => readonly string[];
}

/** The template engine's own check of a `Câu`, given the rows its `Dòng` names, in order. */
const engineCheck = (template: string, _refs: readonly RowRef[], read: readonly SetRow[]): readonly string[] =>
  checkTemplate(
    template,
    read.map((r) => ({ kind: r.kind, ...(r.codes ? { codes: r.codes.map((c) => c.value) } : {}) })),
  ).map((p) => p.message);

/** The problems of a set, in the order of its sheets (identity, forms, rows, rules, sentences, district sentences); none means the set may be used. */
export function checkFormSet(
  def: FormSetDef,
  where: SetLocator = jsonLocator,
  options: CheckFormSetOptions = {},
  /** The built-in set, whose id a set with other contents may not take. */
  builtin: FormSetDef = BUILTIN_SET,
): SetProblem[] {
  const ctx = checkContext(def, where);
  checkIdentity(ctx, builtin);
  checkForms(ctx);
  checkRows(ctx);
  checkRules(ctx);
  checkSentences(ctx, options);
  checkDistrictSentences(ctx);
  return ctx.problems;
}

function checkIdentity(ctx: SetCheckContext, builtin: FormSetDef): void {
  const { def, where } = ctx;
  const tell = (field: 'id' | 'version' | 'name' | 'appliesFrom', text: string): void => {
    const place = where.identity(field);
    ctx.say(place, T.item.identity(lineOf(place), H.identityItems[field]), text);
  };
  if (!SET_ID.test(def.id)) tell('id', T.idFormat(def.id));
  // A workbook laid out with the built-in set carries none (its id says it all): an edited set under that id would be read as the built-in one.
  else if (def.id === builtin.id && canonical(def) !== canonical(builtin)) tell('id', T.idOfBuiltin(def.id));
  if (!Number.isInteger(def.version) || def.version < 1) tell('version', T.versionFormat(String(def.version)));
  if (def.name.trim() === '') tell('name', T.nameEmpty);
  if (def.appliesFrom !== undefined && !isRealDate(def.appliesFrom)) tell('appliesFrom', T.dateFormat(def.appliesFrom));
}

function isRealDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function checkForms(ctx: SetCheckContext): void {
  const { def, where } = ctx;
  if (def.forms.length === 0) ctx.say(null, T.item.set, T.noForms);
  const seen = new Set<number>();
  def.forms.forEach((form, f) => {
    const tell = (field: 'number' | 'title', text: string): void => {
      const place = where.form(f, field);
      const line = lineOf(place);
      ctx.say(place, Number.isInteger(form.number) ? T.item.form(line, form.number) : T.item.formAt(line, f), text);
    };
    if (!Number.isInteger(form.number) || form.number < 1) tell('number', T.formNumber(String(form.number)));
    else if (seen.has(form.number)) tell('number', T.formDuplicate(form.number));
    seen.add(form.number);
    if (form.title.trim() === '') tell('title', T.formTitleEmpty);
    if (form.rows.length === 0) tell('number', T.formNoRows(form.number));
  });
}

function checkRules(ctx: SetCheckContext): void {
  ctx.def.rules.forEach((rule, i) => {
    const tell = (field: RuleField, text: string): void => {
      const place = ctx.where.rule(i, field);
      ctx.say(place, T.item.rule(lineOf(place), i, rule.form, rule.rows), text);
    };
    if (!ctx.forms.has(rule.form)) {
      // Its bare keys name rows of a form that is not there: that one problem says it.
      tell('form', T.formUnknown(rule.form));
      return;
    }
    const operator: string = rule.operator;
    if (!(SET_OPERATORS as readonly string[]).includes(operator)) tell('operator', T.operatorUnknown(operator));
    const severity: string = rule.severity;
    if (severity !== 'error' && severity !== 'warning') tell('severity', T.severityUnknown(severity));
    if (rule.id !== undefined && !RULE_ID.test(rule.id)) tell('id', T.ruleIdFormat(rule.id));
    const rowOf = (field: 'rows' | 'against', header: string, text: string): void => {
      const hit = ctx.resolve(text, rule.form, header);
      if (hit.row === null) tell(field, hit.problem);
      else if (hit.row.kind === 'section') tell(field, T.sectionInRule(header, text.trim()));
    };
    if (rule.rows.length === 0) tell('rows', T.ruleNoRows);
    for (const text of rule.rows) rowOf('rows', H.rules.rows, text);
    const { against } = rule;
    if (operator === 'filled') {
      // `filled` asks only that the row holds a value; a right side would be silently ignored.
      if (typeof against === 'number' ? against !== 0 : against.length > 0) tell('against', T.filledAgainst);
    } else if (typeof against === 'number') {
      if (!Number.isFinite(against)) tell('against', T.againstNotNumber(String(against)));
    } else if (against.length === 0) {
      tell('against', T.againstMissing(operator));
    } else {
      for (const text of against) rowOf('against', H.rules.against, text);
    }
    if (rule.when) checkCondition(ctx, rule.when, rule.form, H.rules.when, (text) => tell('when', text));
  });
}

function checkSentences(ctx: SetCheckContext, options: CheckFormSetOptions): void {
  ctx.def.sentences.forEach((sentence, i) => {
    const tell = (field: SentenceField, text: string): void => {
      const place = ctx.where.sentence(i, field);
      ctx.say(place, T.item.sentence(lineOf(place), i, sentence.section, sentence.order), text);
    };
    if (!(NARRATIVE_KEYS as readonly string[]).includes(sentence.section)) tell('section', T.sectionUnknown(sentence.section, NARRATIVE_KEYS));
    if (!Number.isFinite(sentence.order)) tell('order', T.orderNotNumber(String(sentence.order)));
    const formKnown = ctx.forms.has(sentence.form);
    if (!formKnown) tell('form', T.formUnknown(sentence.form));
    const refs: RowRef[] = [];
    const read: SetRow[] = [];
    for (const text of sentence.rows) {
      const hit = ctx.resolve(text, sentence.form, H.sentences.rows);
      refs.push(hit.ref);
      if (hit.row) read.push(hit.row);
      // With its form unknown, every bare key would repeat the one problem already said.
      if (hit.row === null && (formKnown || hit.ref.form !== sentence.form)) tell('rows', hit.problem);
    }
    if (sentence.when) checkCondition(ctx, sentence.when, sentence.form, H.sentences.when, (text) => tell('when', text));
    if (sentence.template.trim() === '') tell('template', T.templateEmpty);
    // A template over rows that do not exist is not checked: the unknown rows are the problem to fix first.
    else if (read.length === refs.length) {
      for (const problem of (options.checkTemplate ?? engineCheck)(sentence.template, refs, read)) tell('template', T.template(problem));
    }
  });
}

/** What a district sentence's template may print: the totals, the ratio phrase, the first total's comparison. */
const DISTRICT_ARGUMENTS: readonly string[] = ['a', 'b', 'r', 'va'];

/** The problems of a district sentence's template, given how many totals and whether a ratio it states. */
function districtTemplateProblems(template: string, totals: number, hasRatio: boolean): string[] {
  const parsed = parseTemplate(template);
  if (!isParsed(parsed)) {
    const C = REPORT_TEXT.template.check;
    const explain = (C.syntaxKinds as Readonly<Record<string, string>>)[parsed.kind] ?? C.syntaxOther(parsed.kind);
    return [C.syntax(parsed.offset + 1, explain)];
  }
  const out = new Set<string>();
  for (const use of parsed.uses) {
    // A list tag joins rows a clause reads; a district sentence has none to join.
    if (use.kind === 'tag') out.add(T.districtTag(use.name));
    else if (!DISTRICT_ARGUMENTS.includes(use.name)) out.add(T.districtUnknownArgument(use.name));
    else if (use.kind === 'unsupported') out.add(T.districtUnsupported(use.name));
    else if (use.name === 'b' && totals < 2) out.add(T.districtNoSecond);
    else if (use.name === 'r' && !hasRatio) out.add(T.districtNoRatio);
  }
  return [...out];
}

function checkDistrictSentences(ctx: SetCheckContext): void {
  const HD = H.districtSentences;
  (ctx.def.districtSentences ?? []).forEach((d, i) => {
    const tell = (field: DistrictSentenceField, text: string): void => {
      const place = ctx.where.districtSentence(i, field);
      ctx.say(place, T.item.districtSentence(lineOf(place), i, d.form), text);
    };
    const formKnown = ctx.forms.has(d.form);
    if (!formKnown) tell('form', T.formUnknown(d.form));
    let known = true;
    const resolve = (field: 'rows' | 'ratio', header: string, text: string): SetRow | null => {
      const hit = ctx.resolve(text, d.form, header);
      if (hit.row === null) {
        known = false;
        // With its form unknown, every bare key would repeat the one problem already said.
        if (formKnown || hit.ref.form !== d.form) tell(field, hit.problem);
      }
      return hit.row;
    };
    if (d.rows.length < 1 || d.rows.length > 2) tell('rows', T.districtRowsCount(d.rows.length));
    for (const text of d.rows) {
      const row = resolve('rows', HD.rows, text);
      if (row && row.kind !== 'count' && row.kind !== 'money') tell('rows', T.districtNotTotal(HD.rows, text.trim(), kindWord(row.kind)));
    }
    if (d.ratio !== undefined) {
      const row = resolve('ratio', HD.ratio, d.ratio);
      if (row && row.kind !== 'ratio') tell('ratio', T.districtRatioNotRatio(d.ratio.trim(), kindWord(row.kind)));
    }
    if (d.topic.trim() === '') tell('topic', T.districtTopicEmpty);
    if (d.template.trim() === '') tell('template', T.templateEmpty);
    else if (known) for (const problem of districtTemplateProblems(d.template, d.rows.length, d.ratio !== undefined)) tell('template', T.template(problem));
  });
}
