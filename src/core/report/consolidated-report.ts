// The consolidated report: the district's sentences on the totals, who reported and who did not, who lags behind; communes and totals in the appendix.
import type { AttentionGroup } from '../aggregate/attention';
import { consolidatedCellText } from '../aggregate/cell-text';
import type { Consolidated, ConsolidatedCell } from '../aggregate/consolidate';
import { unitKey, type Grouping, type RejectedFile } from '../aggregate/grouping';
import { parseRowText, type FormCatalogue } from '../forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../forms/builtin';
import { roundHalfAway } from '../forms/compute';
import type { SetDistrictSentence } from '../forms/form-set';
import { AGGREGATE_TEXT } from '../i18n/aggregate';
import { COMMON_TEXT } from '../i18n/common';
import { REPORT_TEXT } from '../i18n/report';
import type { RowRef } from '../rules/validation-rule';
import { formTable } from './form-table';
import type { AppendixRow, AppendixTable, BodyBlock, Line, ParagraphBlock, ReportDocument } from './model';
import { PAGE, STYLES } from './styles';
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
  /** The key ratios' charts (report/charts/ratio-charts), drawn after the communes that need attention. */
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

/** Last year's totals of the same period, which the district's sentences compare with. */
export interface PreviousTotals {
  readonly year: number;
  readonly totals: Consolidated;
}

/** A total cell's number, or a ratio cell's value; null for any other cell or an empty one. */
function cellNumber(cell: ConsolidatedCell | undefined): number | null {
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

/** One sentence on the totals (the set's `Câu văn tổng hợp`); a number no commune gave is said to be missing, never printed as 0. */
function districtSentence(def: SetDistrictSentence, c: Consolidated, units: number, previous: PreviousTotals | undefined, catalogue: FormCatalogue): string {
  const refs = def.rows.map((text) => parseRowText(text, def.form));
  const totals = refs.map((ref) => {
    const cell = cellAt(c, ref);
    return cell?.kind === 'total' ? cell : null;
  });
  if (totals.some((t) => t === null || t.total === null)) return T.noData(def.topic);
  const [a = '', b = ''] = refs.map((ref, i) => {
    const row = catalogue.row(ref.form, ref.key);
    return COMMON_TEXT.formatNumber(totals[i]?.total ?? 0, row?.kind === 'money' ? 2 : 0);
  });
  const ratioRef = def.ratio === undefined ? undefined : parseRowText(def.ratio, def.form);
  const ratioCell = ratioRef === undefined ? undefined : cellAt(c, ratioRef);
  const [first] = refs;
  const decimals = first !== undefined && catalogue.row(first.form, first.key)?.kind === 'money' ? 2 : 0;
  const vsRatio = totalComparison(ratioRef, c, previous, catalogue);
  const vsFirst = totalComparison(first, c, previous, catalogue);
  const r0 =
    ratioCell?.kind === 'ratio'
      ? T.ratio(
          ratioCell.value === null ? null : pct(ratioCell.value),
          COMMON_TEXT.formatNumber(ratioCell.part ?? 0, decimals),
          COMMON_TEXT.formatNumber(ratioCell.whole ?? 0, decimals),
          ratioCell.reported,
          units,
        )
      : '';
  const r = vsRatio ? `${r0}, ${vsRatio}` : r0;
  // The ratio's own note already says how many communes gave both numbers; otherwise say how many left one empty.
  const fewest = ratioCell?.kind === 'ratio' && ratioCell.value !== null ? units : Math.min(...totals.map((t) => t?.reported ?? 0));
  const text = fill(def.template, { a, b, r, va: vsFirst ? ` (${vsFirst})` : '' });
  return `${text}.${fewest < units ? T.partial(units - fewest, units) : ''}`;
}

/** The units that were to report and did not: each rejected commune (or file) by name with why, then those that sent nothing. */
function missingLine(grouping: Grouping, expected: number): string {
  const accepted = new Set(grouping.units.map((u) => unitKey(`${u.meta.unitKind} ${u.meta.unit}`)));
  const named: string[] = [];
  const seen = new Set<string>();
  const add = (r: RejectedFile): void => {
    if (r.unit === null) {
      named.push(T.missingFile(r.file, r.reason));
      return;
    }
    const key = unitKey(r.unit);
    // A commune whose other file was accepted has reported; one rejected in several files is missing once.
    if (accepted.has(key) || seen.has(key)) return;
    seen.add(key);
    named.push(T.missingUnit(r.unit, r.file, r.reason));
  };
  grouping.rejected.forEach(add);
  const notSent = Math.max(0, expected - grouping.units.length - named.length);
  return named.length + notSent === 0 ? T.allReported : T.missing(named, notSent);
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

function body(
  grouping: Grouping,
  c: Consolidated,
  issuer: string | undefined,
  attention: readonly AttentionGroup[],
  previous: PreviousTotals | undefined,
  catalogue: FormCatalogue,
  charts: readonly ChartModel[] = [],
): readonly BodyBlock[] {
  const n = grouping.units.length;
  const share = c.expected > 0 ? pct(roundHalfAway((n / c.expected) * 100, 1)) : pct(0);
  return [
    paragraph(T.opening(issuer ?? null, REPORT_TEXT.periodWithYear(grouping.period, grouping.year)), 'fixed'),
    part(T.parts.reporting),
    paragraph(T.completeness(n, c.expected, share)),
    paragraph(missingLine(grouping, c.expected)),
    part(T.parts.results),
    // The set's sentences on the totals (its checker has made sure their rows exist).
    ...catalogue.districtSentences.map((d) => paragraph(districtSentence(d, c, n, previous, catalogue))),
    part(T.parts.attention),
    paragraph(T.attentionIntro, 'fixed'),
    ...attentionLines(attention, catalogue).map((l) => paragraph(l)),
    ...charts.map((chart): BodyBlock => ({ kind: 'chart', chart, text: chart.caption, style: 'chartCaption' })),
    part(T.parts.method),
    paragraph(T.method, 'fixed'),
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

function unitsTable(grouping: Grouping): AppendixTable {
  const rows = grouping.units.map((u, i) =>
    row(`${i + 1}`, [`${i + 1}`, u.meta.unit, u.meta.unitKind, u.file, u.rowsReported === undefined ? '' : `${u.rowsReported}`]),
  );
  return listTable(T.unitsCaption, T.unitsTitle, T.unitsHeader, [0.08, 0.34, 0.16, 0.26, 0.16], ['center', 'left', 'center', 'left', 'center'], rows);
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

function formTables(c: Consolidated, catalogue: FormCatalogue): readonly AppendixTable[] {
  return catalogue.forms.map((form) => {
    const cells = c.forms[form.number] ?? {};
    return formTable(form, {
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
 * The district's report. Header, Nơi nhận and signer come from `options` (the CLI's --issuer, --superior,
 * --signer-authority/--signer-title/--signer-name and --recipient); `attention` from aggregate/attention;
 * `previous`: the same period of an earlier year, consolidated by the same core (the CLI's --compare).
 */
export function buildConsolidatedReport(
  grouping: Grouping,
  c: Consolidated,
  options: ConsolidatedReportOptions = {},
  attention: readonly AttentionGroup[] = [],
  previous?: PreviousTotals,
  catalogue: FormCatalogue = BUILTIN_CATALOGUE,
): ReportDocument {
  const { period, year, units } = grouping;
  const title = T.title(period, year, units.length);
  const issuer = clean(options.issuer);
  const superior = clean(options.superior);
  const authority = clean(options.signer?.authority);
  const signerName = clean(options.signer?.name);
  return {
    page: PAGE,
    styles: STYLES,
    draft: false,
    header: {
      leftColumnShare: 0.4,
      left: [
        ...(superior ? [{ text: upper(superior), style: 'superior' as const }] : []),
        { text: issuer ? upper(issuer) : T.issuerBlank, style: 'issuer' },
      ],
      right: [
        { text: REPORT_TEXT.nation, style: 'nation' },
        { text: REPORT_TEXT.motto, style: 'motto' },
      ],
      number: { text: T.numberBlank, style: 'number' },
      placeDate: { text: T.placeDate(year), style: 'placeDate' },
    },
    title: [{ text: title, style: 'title' }],
    body: body(grouping, c, issuer, attention, previous, catalogue, options.charts),
    closingSentence: { kind: 'paragraph', runs: [{ text: T.closing(period, year) }], style: 'closing', source: 'fixed' },
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
      tables: [unitsTable(grouping), attentionTable(attention, catalogue), ...formTables(c, catalogue)],
    },
    properties: { title, subject: title, creator: REPORT_TEXT.creator },
  };
}
