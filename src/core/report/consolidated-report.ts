// The consolidated report: the district's sentences on the totals, who reported and who did not, who lags behind; communes and totals in the appendix.
import type { AttentionGroup } from '../aggregate/attention';
import type { JointTotals } from '../aggregate/joint-totals';
import { consolidatedCellText } from '../aggregate/cell-text';
import type { Consolidated, ConsolidatedCell } from '../aggregate/consolidate';
import { unitKey, type Grouping, type RejectedFile } from '../aggregate/grouping';
import { parseRowText, type FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import { ratioOf, roundHalfAway } from '../forms/compute';
import type { SetDistrictSentence } from '../forms/form-set';
import type { FormNumber } from '../forms/types';
import { AGGREGATE_TEXT } from '../i18n/aggregate';
import { COMMON_TEXT } from '../i18n/common';
import { REPORT_TEXT } from '../i18n/report';
import type { RowRef } from '../rules/validation-rule';
import { formTable } from './form-table';
import { issuingBodyInText, issuingBodyLines, managingBodyLine } from './issuing-body';
import { type OfficeText } from './office-inputs';
import { isEntryOf, isFileOf, listedCommunes } from '../aggregate/expected-communes';
import type { AppendixRow, AppendixTable, BodyBlock, Line, ParagraphBlock, ReportDocument } from './model';
import { splitStaffText } from './staff-text';
import { labelForLevel, sharedSuperiorLevel } from './superior-level';
import { estimateTextWidthPt, PAGE, STYLES } from './styles';
import type { ChartModel } from './charts/chart-model';
import { fillTemplate, isParsed, parseTemplate } from './template/format-template';
import { comparisonPhrase, isComparedRow } from './year-on-year';

const T = AGGREGATE_TEXT.report;

export interface ConsolidatedReportOptions {
  /** The consolidating body, printed at the top left ("Sở Nội vụ tỉnh Quảng Ngãi"); a blank to fill in when absent. */
  readonly issuer?: string;
  /** The body above it (cơ quan chủ quản, "UBND tỉnh Quảng Ngãi"): the header's upper line and the first recipient. */
  readonly superior?: string;
  /** The signature block; what is absent is left for the office to fill in. */
  readonly signer?: { readonly authority?: string; readonly title?: string; readonly name?: string };
  /** Nơi nhận, in order; "Lưu: VT" is always added last. */
  readonly recipients?: readonly string[];
  /** The office's own text of parts IV–VI (its assessment, next period's tasks, its proposals); paragraphs and "- " items as in a commune's narrative. */
  readonly officeText?: OfficeText;
  /**
   * The communes that were to report, as the office lists them ("xã Hòa Phong", or "Hòa Phong"): those that did not are named.
   * A rejected file that named no commune is named by the entry equal to its name (Sheets' `Danh sách đơn vị` names each spreadsheet so).
   */
  readonly expectedUnits?: readonly string[];
  /** The key ratios' charts (report/charts/ratio-charts), drawn after the communes that need attention (part III). */
  readonly charts?: readonly ChartModel[];
}


/** Communes named one by one in the body's attention lines; the appendix table has them all. */
const ATTENTION_IN_BODY = 10;

const clean = (s: string | undefined): string | undefined => {
  const t = s?.normalize('NFC').trim().replace(/\s+/g, ' ');
  return t ? t : undefined;
};
const upper = (s: string): string => s.toLocaleUpperCase('vi');
const pct = (v: number): string => COMMON_TEXT.formatNumber(v, 1);
const paragraph = (text: string, source: ParagraphBlock['source'] = 'generated'): ParagraphBlock => ({ kind: 'paragraph', runs: [{ text }], style: 'body', source });
const part = (text: string): BodyBlock => ({ kind: 'part-heading', number: text.slice(0, text.indexOf('.')), text, style: 'partHeading' });

/**
 * A cell of last year's totals as far as a comparison reads it: a total's number, a ratio's value. A `Consolidated` is one
 * (the CLI's and the pane's, totalled from last year's files); so are the values read back from last year's consolidated
 * sheets' named cells (aggregate/last-year-named), which tell no more than that.
 */
export type PreviousCell =
  | { readonly kind: 'total'; readonly total: number | null }
  | { readonly kind: 'ratio'; readonly value: number | null }
  | { readonly kind: 'computed' | 'codes' | 'spread' };

/** Last year's totals of the same period, which the district's sentences compare with. */
export interface PreviousTotals {
  readonly year: number;
  readonly totals: { readonly forms: Readonly<Record<FormNumber, Readonly<Record<string, PreviousCell>>>> };
}

/** A total cell's number, or a ratio cell's value; null for any other cell or an empty one. */
function cellNumber(cell: ConsolidatedCell | PreviousCell | undefined): number | null {
  if (cell?.kind === 'total') return cell.total;
  if (cell?.kind === 'ratio') return cell.value;
  return null;
}

/** A district row against last year's total, as in a commune's report: points for ratios, per cent otherwise, never against 0 or empty. */
function totalComparison(ref: RowRef | undefined, c: Consolidated, previous: PreviousTotals | undefined, catalogue: FormCatalogue): string {
  if (!previous || ref === undefined || !isComparedRow(ref.form, ref.key, catalogue)) return '';
  const now = cellNumber(c.forms[ref.form]?.[ref.key]);
  const before = cellNumber(previous.totals.forms[ref.form]?.[ref.key]);
  return comparisonPhrase(c.forms[ref.form]?.[ref.key]?.kind === 'ratio', now, before, previous.year);
}

const cellAt = (c: Consolidated, ref: RowRef): ConsolidatedCell | undefined => c.forms[ref.form]?.[ref.key];

/** The template of a district sentence, filled; the set's checker has made sure it parses. */
function fill(template: string, args: Readonly<Record<string, string>>): string {
  const parsed = parseTemplate(template);
  return isParsed(parsed) ? fillTemplate(parsed, args) : template;
}

/** The label of a sentence's row, for saying how many communes gave it. */
const rowLabel = (ref: RowRef, catalogue: FormCatalogue): string => catalogue.row(ref.form, ref.key)?.label ?? ref.key;

/**
 * One sentence on the totals (the set's `Câu văn tổng hợp`). Its numbers are those of the communes that gave them all (`joint`),
 * and a ratio whose part and whole are among them is recomputed from the same communes; a number no commune gave is said to be
 * missing, never printed as 0. Without `joint`, or when no commune gave them all, each total is the row's, and when they rest on
 * different communes the sentence says so plainly.
 */
function districtSentence(
  def: SetDistrictSentence,
  c: Consolidated,
  units: number,
  previous: PreviousTotals | undefined,
  catalogue: FormCatalogue,
  joint: JointTotals | undefined,
): string {
  const refs = def.rows.map((text) => parseRowText(text, def.form));
  const totals = refs.map((ref) => {
    const cell = cellAt(c, ref);
    return cell?.kind === 'total' ? cell : null;
  });
  if (totals.some((t) => t === null || t.total === null)) return T.noData(def.topic);
  const same = joint !== undefined && joint.units > 0 ? joint : undefined;
  const numbers = refs.map((_, i) => (same ? (same.values[i] ?? 0) : (totals[i]?.total ?? 0)));
  const decimalsOf = (ref: RowRef | undefined): number => (ref !== undefined && catalogue.row(ref.form, ref.key)?.kind === 'money' ? 2 : 0);
  // Counts 1–9 with a leading zero, as in a commune's sentences; amounts as they are.
  const numberText = (ref: RowRef, n: number): string =>
    catalogue.row(ref.form, ref.key)?.kind === 'count' && Number.isInteger(n) ? T.sentenceCount(n) : COMMON_TEXT.formatNumber(n, decimalsOf(ref));
  const [a = '', b = ''] = refs.map((ref, i) => numberText(ref, numbers[i] ?? 0));
  const ratioRef = def.ratio === undefined ? undefined : parseRowText(def.ratio, def.form);
  const ratioCell = ratioRef === undefined ? undefined : cellAt(c, ratioRef);
  const ratioRow = ratioRef === undefined ? undefined : catalogue.row(ratioRef.form, ratioRef.key);
  const [first] = refs;
  const indexOf = (text: string | undefined): number => {
    if (text === undefined || ratioRef === undefined) return -1;
    const at = parseRowText(text, ratioRef.form);
    return refs.findIndex((r) => r.form === at.form && r.key === at.key);
  };
  // The ratio's part and whole among the sentence's numbers: it is said of the same communes as they are.
  const [partAt, wholeAt] = ratioRow?.kind === 'ratio' ? [indexOf(ratioRow.part), indexOf(ratioRow.whole)] : [-1, -1];
  const aligned = ratioCell?.kind === 'ratio' && partAt >= 0 && wholeAt >= 0;
  // The communes every number rests on: the joint ones; else, without them, the rows' own when they agree (and the ratio's too).
  const bases = totals.map((t) => t?.reported ?? 0);
  const base = same ? same.units : bases.every((n) => n === bases[0]) && (!aligned || ratioCell.reported === bases[0]) ? (bases[0] ?? 0) : null;
  // Last year's totals are of every commune that gave the row: compared only when this year's number is the row's total too.
  const vsFirst = first !== undefined && (!same || same.units === totals[0]?.reported) ? totalComparison(first, c, previous, catalogue) : '';
  let r = '';
  if (aligned && base !== null) {
    const value = ratioOf(numbers[partAt] ?? null, numbers[wholeAt] ?? null);
    const vsRatio = base === ratioCell.reported ? totalComparison(ratioRef, c, previous, catalogue) : '';
    r = T.ratioOf(value === null ? null : pct(value)) + (vsRatio ? `, ${vsRatio}` : '');
  } else if (ratioCell?.kind === 'ratio') {
    const vsRatio = totalComparison(ratioRef, c, previous, catalogue);
    // Of other communes than the numbers beside it: its own communes are said, inside the phrase or in the note that lists them all.
    const decimals = decimalsOf(first);
    const value = ratioCell.value === null ? null : pct(ratioCell.value);
    const r0 =
      base === null
        ? T.ratioOf(value)
        : T.ratio(value, COMMON_TEXT.formatNumber(ratioCell.part ?? 0, decimals), COMMON_TEXT.formatNumber(ratioCell.whole ?? 0, decimals), ratioCell.reported, units, ratioCell.reported !== base);
    r = vsRatio ? `${r0}, ${vsRatio}` : r0;
  }
  const text = fill(def.template, { a, b, r, va: vsFirst ? ` (${vsFirst})` : '' });
  if (base !== null) return `${text}.${base < units ? T.sameUnits(base, units, refs.length === 1 && !aligned) : ''}`;
  const parts = [
    ...refs.map((ref, i) => T.rowUnits(rowLabel(ref, catalogue), totals[i]?.reported ?? 0, units)),
    ...(ratioCell?.kind === 'ratio' ? [T.ratioUnits(ratioCell.reported, units)] : []),
  ];
  return `${text}.${T.differentUnits(parts)}`;
}

/** Why a commune is not counted, as the signed text says it: never with a file's name, a path or a link (a reader's message may hold one). */
function reasonOf(r: RejectedFile): string {
  if (r.kind === 'duplicate') return T.duplicateReason;
  if (r.kind === 'unreadable') return T.unreadableReason;
  return r.reason;
}

/**
 * The units that were to report and did not: each rejected commune by name with why, the listed communes that sent nothing by
 * name (or how many sent nothing, with no list), and files that named no commune counted, never named.
 */
function missingLine(grouping: Grouping, expected: number, expectedUnits: readonly string[] | undefined): string {
  // Each listed commune once, as the count expected has them (expectedCommunes).
  const listed = listedCommunes(expectedUnits ?? []);
  const accepted = grouping.units.map((u) => `${u.meta.unitKind} ${u.meta.unit}`);
  const named: string[] = [];
  const seen: string[] = [];
  let unreadable = 0;
  let unidentified = 0;
  for (const r of grouping.rejected) {
    // A file that named no commune is named by the list's entry of the same name (a spreadsheet on Sheets' list), else counted.
    const unit = r.unit ?? listed.find((e) => isFileOf(e, r.file)) ?? null;
    if (unit === null) {
      if (r.kind === 'unreadable') unreadable++;
      else unidentified++;
      continue;
    }
    // A commune whose other file was accepted has reported; one rejected in several files is missing once.
    if ([...accepted, ...seen].some((u) => unitKey(u) === unitKey(unit))) continue;
    seen.push(unit);
    named.push(T.missingUnit(unit, reasonOf(r)));
  }
  // A listed commune has reported when a file stands for it by the commune its data names (or, naming none, by the entry it was
  // read for): never by a file's name alone, so a row of Sheets' list whose spreadsheet names another commune leaves its own unsent.
  const notSent = listed.filter((e) => ![...accepted, ...seen].some((u) => isEntryOf(e, u)));
  const missing = Math.max(0, expected - grouping.units.length);
  const anonymous = listed.length > 0 ? 0 : Math.max(0, missing - named.length - unreadable - unidentified);
  const parts = [
    ...named,
    ...(notSent.length > 0 ? [T.notSent(notSent)] : []),
    ...(anonymous > 0 ? [T.notSentCount(anonymous)] : []),
    ...(unreadable > 0 ? [T.unreadableFiles(unreadable)] : []),
    ...(unidentified > 0 ? [T.unidentifiedFiles(unidentified)] : []),
  ];
  if (parts.length === 0) return T.allReported;
  return parts.length === 1 && anonymous > 0 ? T.notSentOnly(anonymous) : T.missing(Math.max(missing, named.length + notSent.length), parts);
}

/** How the district's report names a key ratio: its own words for the built-in set's, else the row's label. */
function keyRatioLabel(g: AttentionGroup, catalogue: FormCatalogue): string {
  const row = catalogue.row(g.form, g.key);
  return row?.keyRatioName ?? row?.label ?? g.key;
}

function attentionLines(attention: readonly AttentionGroup[], catalogue: FormCatalogue): readonly string[] {
  return attention.map((g) => {
    const label = keyRatioLabel(g, catalogue);
    const shown = g.below.slice(0, ATTENTION_IN_BODY).map((u) => T.unitValue(u.name, pct(u.value)));
    return T.attentionLine(label, g.total === null ? null : pct(g.total), shown, g.below.length - shown.length);
  });
}

/** A part of the office's own text: its paragraphs and items, or a line to fill in by hand when it gave none. */
function officeBlocks(text: string | undefined): readonly BodyBlock[] {
  const pieces = splitStaffText(text);
  if (pieces.length === 0) return [paragraph(T.textBlank, 'fixed')];
  return pieces.map((p) =>
    p.kind === 'list-item'
      ? { kind: 'list-item', marker: p.marker, runs: [{ text: p.text }], style: 'listItem', source: 'staff' }
      : { kind: 'paragraph', runs: [{ text: p.text }], style: 'body', source: 'staff' },
  );
}

/** How the totals were made: a note closing part II, not a part of its own. */
const methodNote = (): ParagraphBlock => ({
  kind: 'paragraph',
  runs: [
    { text: `${T.noteLabel} `, bold: true, italic: true },
    { text: T.method, italic: true },
  ],
  style: 'body',
  source: 'fixed',
});

interface BodyInput {
  readonly grouping: Grouping;
  readonly c: Consolidated;
  readonly issuer: string | undefined;
  readonly attention: readonly AttentionGroup[];
  readonly previous: PreviousTotals | undefined;
  readonly catalogue: FormCatalogue;
  readonly joint: readonly JointTotals[] | undefined;
  readonly options: ConsolidatedReportOptions;
}

function body({ grouping, c, issuer, attention, previous, catalogue, joint, options }: BodyInput): readonly BodyBlock[] {
  const n = grouping.units.length;
  const share = c.expected > 0 ? pct(roundHalfAway((n / c.expected) * 100, 1)) : pct(0);
  const office = options.officeText ?? {};
  return [
    paragraph(T.opening(issuer ?? null, REPORT_TEXT.periodWithYear(grouping.period, grouping.year)), 'fixed'),
    part(T.parts.reporting),
    paragraph(T.completeness(n, c.expected, share)),
    paragraph(missingLine(grouping, c.expected, options.expectedUnits)),
    part(T.parts.results),
    // The set's sentences on the totals (its checker has made sure their rows exist).
    ...catalogue.districtSentences.map((d, i) => paragraph(districtSentence(d, c, n, previous, catalogue, joint?.[i]))),
    methodNote(),
    part(T.parts.attention),
    paragraph(T.attentionIntro, 'fixed'),
    ...attentionLines(attention, catalogue).map((l) => paragraph(l)),
    ...(options.charts ?? []).map((chart): BodyBlock => ({ kind: 'chart', chart, text: chart.caption, style: 'chartCaption' })),
    part(T.parts.assessment),
    ...officeBlocks(office.assessment),
    part(REPORT_TEXT.nextPeriodHeading(T.parts.tasks, grouping.period, grouping.year)),
    ...officeBlocks(office.tasks),
    part(T.parts.proposals),
    ...officeBlocks(office.proposals),
  ];
}

const row = (key: string, cells: AppendixRow['cells'], bold = false): AppendixRow => ({ key, cells, bold, computed: false });

/** A table of the appendix other than a form's: its caption, title, columns and rows. */
function listTable(
  caption: string,
  title: string,
  header: AppendixTable['header'],
  columnShares: AppendixTable['columnShares'],
  columnAlign: AppendixTable['columnAlign'],
  rows: readonly AppendixRow[],
): AppendixTable {
  return {
    caption: { text: caption, style: 'tableCaption' },
    title: { text: title, style: 'tableTitle' },
    header,
    columnShares,
    columnAlign,
    headerStyle: 'tableHeader',
    cellStyle: 'tableCell',
    rows,
  };
}

/** The communes totalled, by name: a file's name is not for the signed text (the Tổng hợp sheet lists them). */
function unitsTable(grouping: Grouping): AppendixTable {
  const rows = grouping.units.map((u, i) => row(`${i + 1}`, [`${i + 1}`, u.meta.unit, u.meta.unitKind, u.rowsReported === undefined ? '' : `${u.rowsReported}`, '']));
  return listTable(T.unitsCaption, T.unitsTitle, T.unitsHeader, [0.08, 0.38, 0.16, 0.2, 0.18], ['center', 'left', 'center', 'center', 'left'], rows);
}

function attentionTable(attention: readonly AttentionGroup[], catalogue: FormCatalogue): AppendixTable {
  const rows: AppendixRow[] = [];
  for (const g of attention) {
    const label = keyRatioLabel(g, catalogue);
    const total = g.total === null ? '' : pct(g.total);
    rows.push(row(`${g.form}:${g.key}`, ['', label, COMMON_TEXT.formName(g.form), '', total], true));
    if (g.below.length === 0) rows.push(row(`${g.form}:${g.key}:-`, ['', T.attentionNone, '', '', total]));
    g.below.forEach((u, i) => rows.push(row(`${g.form}:${g.key}:${i + 1}`, [`${i + 1}`, u.name, '', pct(u.value), total])));
  }
  return listTable(T.attentionCaption, T.attentionTitle, T.attentionHeader, [0.08, 0.4, 0.16, 0.18, 0.18], ['center', 'left', 'center', 'center', 'center'], rows);
}

function formTables(c: Consolidated, catalogue: FormCatalogue, level: string): readonly AppendixTable[] {
  return catalogue.forms.map((form) => {
    const cells = c.forms[form.number] ?? {};
    return formTable(form, {
      labelOf: (r) => labelForLevel(r, level),
      header: T.tableHeader,
      columnShares: [0.08, 0.44, 0.14, 0.2, 0.14],
      columnAlign: ['center', 'left', 'center', 'center', 'center'],
      cellsOf: (r) => {
        const cell = cells[r.key];
        const reported = cell && cell.kind !== 'computed' ? AGGREGATE_TEXT.reportedOfExpected(cell.reported, c.expected) : '';
        return [consolidatedCellText(r, cell), reported];
      },
    });
  });
}

/** Nơi nhận: the given list (or the superior body), the archive last, punctuated as the decree asks. */
function recipientLines(options: ConsolidatedReportOptions): readonly Line[] {
  const given = (options.recipients ?? (options.superior ? [options.superior] : []))
    .map((r) => clean(r)?.replace(/^[-+•]\s*/u, '').replace(/[\s;,.]+$/u, '') ?? '')
    .filter((r) => r.length > 0 && !/^lưu\b/iu.test(r));
  return [...given.map((r) => `- ${r};`), `- ${T.archive}.`].map((text) => ({ text, style: 'recipient' }));
}

/**
 * The district's report. Header, Nơi nhận, signer, the office's own text (parts IV–VI) and the communes expected come from
 * `options` (the CLI's --issuer, --superior, --signer-…, --recipient, --assessment/--tasks/--proposals or --office-text, and
 * --expected-list); `attention` from aggregate/attention; `previous`: the same period of an earlier year, consolidated by the
 * same core (the CLI's --compare); `joint`: each district sentence's numbers over the communes that gave them all
 * (aggregate/joint-totals), without which totals resting on different communes are said to.
 */
export function buildConsolidatedReport(
  grouping: Grouping,
  c: Consolidated,
  options: ConsolidatedReportOptions = {},
  attention: readonly AttentionGroup[] = [],
  previous?: PreviousTotals,
  catalogue: FormCatalogue = BUILTIN_CATALOGUE,
  joint?: readonly JointTotals[],
): ReportDocument {
  const { period, year, units } = grouping;
  const subject = T.subject(period, year);
  const title = T.documentTitle(period, year);
  const issuer = clean(options.issuer);
  const superior = clean(options.superior);
  // The body as the opening and closing sentences name it.
  const named = issuer ? issuingBodyInText(issuer, superior) : undefined;
  const authority = clean(options.signer?.authority);
  const signerName = clean(options.signer?.name);
  return {
    page: PAGE,
    styles: STYLES,
    draft: false,
    header: {
      leftColumnShare: 0.4,
      left: issuer ? issuingBodyLines(issuer, superior) : [...(superior ? [{ text: managingBodyLine(superior), style: 'superior' as const }] : []), { text: T.issuerBlank, style: 'issuer' }],
      right: [
        { text: REPORT_TEXT.nation, style: 'nation' },
        { text: REPORT_TEXT.motto, style: 'motto' },
      ],
      number: { text: T.numberBlank, style: 'number' },
      placeDate: { text: T.placeDate(year), style: 'placeDate' },
    },
    title: [
      { text: REPORT_TEXT.title, style: 'title' },
      { text: subject, style: 'subject', ruleBelow: { widthPt: Math.round(estimateTextWidthPt(subject, STYLES.subject.sizePt * 0.6, true) * 0.4) } },
    ],
    body: body({ grouping, c, issuer: named, attention, previous, catalogue, joint, options }),
    closingSentence: { kind: 'paragraph', runs: [{ text: T.closing(named ?? null, period, year) }], style: 'closing', source: 'fixed' },
    closing: {
      leftColumnShare: 0.45,
      recipients: { label: { text: REPORT_TEXT.recipientsLabel, style: 'recipientsLabel' }, items: recipientLines(options) },
      signature: {
        authority: authority ? [{ text: upper(authority), style: 'signatureAuthority' }] : [],
        title: { text: upper(clean(options.signer?.title) ?? T.signatureTitle), style: 'signatureTitle' },
        spacePt: 72,
        ...(signerName ? { name: { text: signerName, style: 'signatureName' } } : {}),
      },
    },
    appendix: {
      pageBreakBefore: true,
      heading: { text: T.appendixHeading, style: 'appendixHeading' },
      title: { text: T.appendixTitle(period, year), style: 'appendixTitle' },
      attach: { text: T.appendixAttach(units.length, c.expected), style: 'appendixAttach' },
      tables: [unitsTable(grouping), attentionTable(attention, catalogue), ...formTables(c, catalogue, sharedSuperiorLevel(grouping.units.map((u) => u.meta.superior), superior))],
    },
    properties: { title, subject: title, creator: REPORT_TEXT.creator },
  };
}
