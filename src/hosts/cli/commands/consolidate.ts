// `cchc consolidate F… --out T.xlsx [--report T.docx [--compare P…]] [--skip-rejected]`: totals many communes' files; every rejected file named in one run.
import { expectedCommunes } from '../../../core/aggregate/expected-communes';
import { resolve } from 'node:path';
import type { Consolidated } from '../../../core/aggregate/consolidate';
import { screenFiles, type Candidate, type Grouping, type RejectedFile } from '../../../core/aggregate/grouping';
import { comparableWith, laggingUnits, lastYearTotals, screenedTotals } from '../../../core/aggregate/screened-totals';
import { byMostFollowedSet, mostFollowedSet, readAgainByCarried, readAgainUnread, type OwnSetRead } from '../../../core/aggregate/most-followed-set';
import { incompleteRows, reportedRowCount } from '../../../core/aggregate/incomplete-rows';
import { acceptedJointTotals } from '../../../core/aggregate/joint-totals';
import { JsonSyntaxError, parseJsonText } from '../../../core/data/json-syntax';
import { OFFICE_TEXT_KEYS, parseExpectedList, parseOfficeText, type OfficeText } from '../../../core/report/office-inputs';
import type { FormsData } from '../../../core/data/types';
import { AGGREGATE_TEXT } from '../../../core/i18n/aggregate';
import { CLI_TEXT } from '../../../core/i18n/cli';
import { PERIODS_TEXT } from '../../../core/i18n/periods';
import { buildConsolidatedPlan } from '../../../core/layout/consolidated-plan';
import type { ChartImage } from '../../../render/docx-chart';
import { buildConsolidatedReport, type ConsolidatedReportOptions, type PreviousTotals } from '../../../core/report/consolidated-report';
import { keyRatioCharts } from '../../../core/report/charts/ratio-charts';
import { startChartThread } from '../charts/chart-thread';
import { drawCharts, renderDrawnDocx } from '../../../render/render-docx';
import { CliError, EXIT } from '../cli-error';
import { writeFailure } from '../write-failure';
import type { CliIo } from '../cli-io';
import { printCommandHelp } from '../help';
import { readInputBytes } from '../read-input-bytes';
import { catalogueOf, FORMS_ARG, FORMS_HELP, loadGivenSet } from '../resolve-form-set';
import type { FormCatalogue } from '../../../core/forms/build-catalogue';
import { BUILTIN_SET } from '../../../core/forms/builtin';
import type { FormSetDef } from '../../../core/forms/form-set';
import { parseCommandArgs, stringOption, takeVariadic, type ParsedArgs } from '../parse-command-args';
import { TargetExistsError, writeFileAtomic } from '../xlsx/atomic-write';
import { readInThreads, readOne, threadsFor, type FileOutcome } from './consolidate-read';
import { zlibZip } from '../xlsx/zlib-zip';
import type { CliCommand } from './types';

const NAME = 'consolidate';
/** Rows listed in the summary; the workbook's completeness column has them all. */
const SUMMARY_ROWS = 20;
/** Above this many files, reading takes long enough that a log or pipe also gets a line per file. */
export const PROGRESS_MIN_FILES = 20;

/** Progress is shown to a person at a terminal, or for a long run; a short run into a pipe or a test stays quiet. */
export const showsProgress = (files: number, io: CliIo): boolean => io.errIsTty === true || files > PROGRESS_MIN_FILES;

interface Read {
  readonly candidates: readonly Candidate[];
  readonly forms: ReadonlyMap<string, FormsData>;
  readonly warned: string[];
  /** The set the files are consolidated by: the one given, else the one most readable files follow; undefined when none was readable. */
  readonly set: FormSetDef | undefined;
  /** The line saying a tie decided that set (byMostFollowedSet), for the screening's notes; empty without one. */
  readonly ties: readonly string[];
}

/** A file read by its own set, with the warnings counted when its forms are totalled. */
type OwnSetOutcome = OwnSetRead & { readonly warnings: number };

/**
 * Reads and checks every file, never stopping at a bad one: each is a commune's data or a rejection with its reason.
 * The files are of one form set: `given`, else the one most of the readable files follow whatever their order (a tie: the
 * first by code, said in a line: mostFollowedSet), each read by its own set (readOwnSets) and one of another set rejected with both sets named (byMostFollowedSet);
 * a file none of the sets can read is read again as this year's, by the chosen set (data naming a set no file carries is then
 * of another set) or by none when none is readable (its reason in this year's words). For many files the files are read in
 * worker threads (consolidate-read), the outcomes folded in the order given, so that the lines, the rejections and the
 * totals are the same either way.
 */
async function readAll(files: readonly string[], io: CliIo, given?: FormSetDef, whileThreadsRead?: () => void): Promise<Read> {
  if (given === undefined) {
    const own = await readOwnSets(files, io, [], whileThreadsRead);
    const chosen = mostFollowedSet(own) ?? undefined;
    // Read as this year's file (the reason in this year's words, not an earlier report's), counted for no set: the set is
    // already chosen.
    const reads = await readAgainUnread(own, async (r) => ({ ...(await readOne(r.candidate.file, io.cwd, chosen)).outcome, set: null }));
    const { set, candidates, forms, totalled, ties } = byMostFollowedSet(reads, 'this', CLI_TEXT.consolidate.setTieHint);
    const warned = totalled.filter((r) => r.warnings > 0).map((r) => CLI_TEXT.consolidate.warnings(r.candidate.file, r.warnings));
    return { candidates, forms, warned, set: set ?? undefined, ties };
  }
  const candidates: Candidate[] = [];
  const forms = new Map<string, FormsData>();
  const warned: string[] = [];
  const progress = showsProgress(files.length, io);
  const fold = (i: number, outcome: FileOutcome): void => {
    const file = files[i] ?? '';
    candidates.push(outcome.candidate);
    if (outcome.forms) forms.set(file, outcome.forms);
    if (outcome.forms && outcome.warnings > 0) warned.push(CLI_TEXT.consolidate.warnings(file, outcome.warnings));
  };
  const threads = threadsFor(files.length);
  if (threads > 0) {
    await readInThreads(files, { cwd: io.cwd, set: given }, threads, (i, outcome) => {
      // Once the threads are under way (their own start-up done), what this thread will need afterwards is loaded meanwhile.
      if (i === 0) whileThreadsRead?.();
      // Said as each file's outcome is folded, in the order given.
      if (progress) io.err(CLI_TEXT.consolidate.progress(i + 1, files.length, files[i] ?? ''));
      fold(i, outcome);
    });
  } else {
    for (const [i, file] of files.entries()) {
      if (progress) io.err(CLI_TEXT.consolidate.progress(i + 1, files.length, file));
      fold(i, (await readOne(file, io.cwd, given)).outcome);
    }
  }
  return { candidates, forms, warned, set: given, ties: [] };
}

const rejectionLines = (rejected: readonly RejectedFile[]): string =>
  rejected.flatMap((r) => [CLI_TEXT.consolidate.rejectedLine(r.file, r.reason), ...r.details]).join('\n');

/** A text file given to an option, decoded as UTF-8; a CliError naming it when it cannot be read. */
async function textFile(file: string, io: CliIo): Promise<string> {
  return new TextDecoder('utf-8').decode(await readInputBytes(resolve(io.cwd, file), file));
}

/** The office's own text of parts IV–VI: `--office-text F.json`, each part replaced by its own option where given. */
async function officeText(parsed: ParsedArgs, io: CliIo): Promise<OfficeText> {
  const file = stringOption(NAME, parsed, 'office-text');
  let fromFile: OfficeText = {};
  if (file !== undefined) {
    let json: unknown;
    try {
      json = parseJsonText(await textFile(file, io));
    } catch (e) {
      if (e instanceof JsonSyntaxError) throw new CliError(CLI_TEXT.notJson(file, e.message));
      throw e;
    }
    const read = parseOfficeText(json);
    if (!read.ok) throw new CliError(CLI_TEXT.consolidate.badOfficeText(file, read.problems));
    fromFile = read.value;
  }
  const out: Record<string, string> = { ...fromFile };
  for (const key of OFFICE_TEXT_KEYS) {
    const given = stringOption(NAME, parsed, key);
    if (given !== undefined) out[key] = given;
  }
  return out;
}

/** The communes that were to report, from `--expected-list F` (one a line); undefined without it. */
async function expectedList(parsed: ParsedArgs, io: CliIo): Promise<readonly string[] | undefined> {
  const file = stringOption(NAME, parsed, 'expected-list');
  if (file === undefined) return undefined;
  if (stringOption(NAME, parsed, 'expected') !== undefined) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.consolidate.expectedTwice));
  const read = parseExpectedList(await textFile(file, io));
  if (!read.ok) throw new CliError(CLI_TEXT.consolidate.badExpectedList(file, read.problems));
  return read.value;
}

/** The report's header, Nơi nhận and signer, from the command's options. */
function reportOptions(parsed: ParsedArgs): ConsolidatedReportOptions {
  const opt = (name: string): string | undefined => stringOption(NAME, parsed, name);
  const recipients = parsed.values.recipient;
  const issuer = opt('issuer');
  const superior = opt('superior');
  const authority = opt('signer-authority');
  const title = opt('signer-title');
  const name = opt('signer-name');
  return {
    ...(issuer !== undefined ? { issuer } : {}),
    ...(superior !== undefined ? { superior } : {}),
    ...(authority !== undefined || title !== undefined || name !== undefined
      ? { signer: { ...(authority !== undefined ? { authority } : {}), ...(title !== undefined ? { title } : {}), ...(name !== undefined ? { name } : {}) } }
      : {}),
    ...(Array.isArray(recipients) ? { recipients: recipients.filter((r): r is string => typeof r === 'string' && r.trim() !== '') } : {}),
  };
}

function parseExpected(value: string | undefined, given: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.consolidate.expectedNotNumber(value)));
  }
  if (n < given) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.consolidate.expectedTooSmall(n, given)));
  return n;
}

/**
 * The workbook writer (ExcelJS: about 0.15 s to load), loaded when first needed, or while the threads read: not before
 * them, when nothing else runs and the threads wait for it.
 */
const loadWriter = (): Promise<typeof import('../xlsx/write-plan')> => import('../xlsx/write-plan');

/** The consolidated workbook's bytes; formula cells carry the core's value for viewers that do not recalculate. */
async function workbookBytes(grouping: Grouping, c: Consolidated, catalogue: FormCatalogue): Promise<Uint8Array> {
  const { plan, results } = buildConsolidatedPlan(grouping, c, catalogue);
  const { planToWorkbook } = await loadWriter();
  const wb = await planToWorkbook(plan, results);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function write(out: string, bytes: Uint8Array, cwd: string, overwrite: boolean): Promise<void> {
  try {
    await writeFileAtomic(resolve(cwd, out), bytes, { overwrite });
  } catch (e) {
    if (e instanceof TargetExistsError) throw new CliError(CLI_TEXT.outExists(out));
    throw writeFailure(out, e);
  }
}

/**
 * Reads every file by its own set (`known`: the sets their data may name besides the built-in one), for many files in worker
 * threads from the first; then, when their workbooks carry sets `known` lacks, reads again by these the files it could not
 * read (data naming such a set), so that the order of the files does not decide whether data is read. This year's files and
 * last year's alike.
 */
async function readOwnSets(files: readonly string[], io: CliIo, known: readonly FormSetDef[], whileThreadsRead?: () => void): Promise<OwnSetOutcome[]> {
  const reads: OwnSetOutcome[] = [];
  const progress = showsProgress(files.length, io);
  const threads = threadsFor(files.length);
  const said = (i: number): void => {
    if (progress) io.err(CLI_TEXT.consolidate.progress(i + 1, files.length, files[i] ?? ''));
  };
  if (threads > 0) {
    // Said as each file's outcome is folded, in the order given.
    await readInThreads(files, { cwd: io.cwd, own: known }, threads, (i, outcome, set) => {
      // Once the threads are under way (their own start-up done), what this thread will need afterwards is loaded meanwhile.
      if (i === 0) whileThreadsRead?.();
      said(i);
      reads.push({ ...outcome, set });
    });
  } else {
    for (const [i, file] of files.entries()) {
      said(i);
      const { outcome, set } = await readOne(file, io.cwd, undefined, known);
      reads.push({ ...outcome, set: set ?? null });
    }
  }
  return readAgainByCarried(reads, known, async (r, _i, sets) => {
    const again = await readOne(r.candidate.file, io.cwd, undefined, sets);
    return { ...again.outcome, set: again.set ?? null };
  });
}

/** What reading last year's files gave: their totals, or the exit code after the lines saying why not. */
type PreviousRead = { readonly ok: true; readonly previous: PreviousTotals; readonly accepted: number } | { readonly ok: false; readonly exit: number };

/**
 * Last year's files consolidated by the same core, for the report's comparisons. They must be of the period
 * being consolidated, in an earlier year; their rejected files are named like this year's. Each is read by its own set,
 * as a commune's report of last year is (readOwnSets); they are totalled by the set most of them follow, whatever their order,
 * a file of another set being rejected with both sets named (byMostFollowedSet). Their totals are compared by row key with this
 * year's compared rows (`set`'s).
 */
async function readPrevious(files: readonly string[], current: Grouping, io: CliIo, skip: boolean, set: FormSetDef, known: readonly FormSetDef[]): Promise<PreviousRead> {
  const { candidates, forms, set: lastSet, ties } = byMostFollowedSet(await readOwnSets(files, io, known), 'last');
  const screening = screenFiles(candidates, ties, comparableWith(current));
  const { rejected } = screening;
  if (rejected.length > 0) io.err([...screening.notes, rejectionLines(rejected)].join('\n'));
  const last = lastYearTotals(screening, (file) => forms.get(file), current, catalogueOf(set), catalogueOf(lastSet ?? set));
  if (!last.ok) {
    io.err(PERIODS_TEXT.cli.compareUnusable(last.reason));
    return { ok: false, exit: EXIT.bad };
  }
  if (rejected.length > 0 && !skip) {
    io.err(PERIODS_TEXT.cli.compareRejected(rejected.length));
    io.err(CLI_TEXT.consolidate.nothingWritten(rejected.length));
    return { ok: false, exit: EXIT.findings };
  }
  return { ok: true, previous: { year: last.year, totals: last.totals }, accepted: last.accepted };
}

export const consolidateCommand: CliCommand = {
  name: NAME,
  summary: CLI_TEXT.consolidate.summary,
  usage: [
    'cchc consolidate F1.xlsx|F1.json F2… --out T.xlsx [--report T.docx [--compare P1 P2…]] [--skip-rejected] [--expected N] [--forms S] [--force]',
    '    [--issuer "…"] [--superior "…"] [--signer-authority "…"] [--signer-title "…"] [--signer-name "…"] [--recipient "…"]…',
    '    [--expected-list DS.txt] [--office-text VB.json] [--assessment "…"] [--tasks "…"] [--proposals "…"]',
  ],
  options: [
    { flag: '--out T.xlsx', text: CLI_TEXT.consolidate.out },
    { flag: '--report T.docx', text: CLI_TEXT.consolidate.report },
    { flag: '--compare P1 P2…', text: PERIODS_TEXT.cli.consolidateCompare },
    { flag: '--skip-rejected', text: CLI_TEXT.consolidate.skipRejected },
    { flag: '--expected N', text: CLI_TEXT.consolidate.expected },
    { flag: '--expected-list DS.txt', text: CLI_TEXT.consolidate.expectedList },
    { flag: '--issuer "…"', text: CLI_TEXT.consolidate.issuer },
    { flag: '--superior "…"', text: CLI_TEXT.consolidate.superior },
    { flag: '--signer-authority "…"', text: CLI_TEXT.consolidate.signerAuthority },
    { flag: '--signer-title "…"', text: CLI_TEXT.consolidate.signerTitle },
    { flag: '--signer-name "…"', text: CLI_TEXT.consolidate.signerName },
    { flag: '--recipient "…"', text: CLI_TEXT.consolidate.recipient },
    { flag: '--office-text VB.json', text: CLI_TEXT.consolidate.officeText },
    { flag: '--assessment "…"', text: CLI_TEXT.consolidate.assessment },
    { flag: '--tasks "…"', text: CLI_TEXT.consolidate.tasks },
    { flag: '--proposals "…"', text: CLI_TEXT.consolidate.proposals },
    FORMS_HELP,
    { flag: '--force', text: CLI_TEXT.consolidate.force },
  ],
  exitCodes: CLI_TEXT.consolidate.exit,
  async run(args, io) {
    const variadic = takeVariadic(args, '--compare');
    const compare = variadic.values;
    const parsed = parseCommandArgs(NAME, variadic.rest, {
      out: { type: 'string', short: 'o' },
      report: { type: 'string' },
      expected: { type: 'string' },
      'expected-list': { type: 'string' },
      'office-text': { type: 'string' },
      assessment: { type: 'string' },
      tasks: { type: 'string' },
      proposals: { type: 'string' },
      issuer: { type: 'string' },
      superior: { type: 'string' },
      'signer-authority': { type: 'string' },
      'signer-title': { type: 'string' },
      'signer-name': { type: 'string' },
      recipient: { type: 'string', multiple: true },
      'skip-rejected': { type: 'boolean' },
      force: { type: 'boolean' },
      ...FORMS_ARG,
    });
    if (parsed.help) return printCommandHelp(consolidateCommand, io);
    const files = parsed.positionals;
    if (files.length === 0) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.consolidate.missingFiles));
    const out = stringOption(NAME, parsed, 'out', true);
    if (!/\.xlsx$/i.test(out)) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.outMustBeXlsx(out)));
    const report = stringOption(NAME, parsed, 'report');
    if (report !== undefined && !/\.docx$/i.test(report)) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.consolidate.outMustBeDocx(report)));
    if (compare !== undefined && compare.length === 0) throw new CliError(CLI_TEXT.badArguments(NAME, PERIODS_TEXT.cli.compareNoFiles));
    if (compare !== undefined && report === undefined) throw new CliError(CLI_TEXT.badArguments(NAME, PERIODS_TEXT.cli.compareNeedsReport));
    const inputs = new Set([...files, ...(compare ?? [])].map((f) => resolve(io.cwd, f)));
    for (const target of [out, report]) {
      if (target !== undefined && inputs.has(resolve(io.cwd, target))) throw new CliError(CLI_TEXT.badArguments(NAME, CLI_TEXT.consolidate.outIsInput(target)));
    }
    const expected = parseExpected(stringOption(NAME, parsed, 'expected'), files.length);

    const skip = parsed.values['skip-rejected'] === true;
    const listed = await expectedList(parsed, io);
    const office = await officeText(parsed, io);
    const options: ConsolidatedReportOptions = { ...reportOptions(parsed), officeText: office, ...(listed ? { expectedUnits: listed } : {}) };

    const given = await loadGivenSet(stringOption(NAME, parsed, 'forms'), io);
    const { candidates, forms, warned, set: readSet, ties } = await readAll(files, io, given, () => void loadWriter().catch(() => undefined));
    // The report's charts are drawn in a thread of their own when the files were read in threads (many files, more than
    // one core), started now so that its renderer loads while this one totals the files; it is stopped however the run ends.
    const charts = report === undefined ? null : startChartThread(threadsFor(files.length) > 0);
    try {
      const set = readSet ?? BUILTIN_SET;
      const catalogue = catalogueOf(set);
      const screening = screenFiles(candidates, ties);
      const { rejected, grouping } = screening;
      if (screening.readable === 0) {
        io.err([rejectionLines(rejected), CLI_TEXT.consolidate.noneReadable(files.length)].join('\n'));
        return EXIT.bad;
      }
      if (rejected.length > 0) {
        io.err([...screening.notes, rejectionLines(rejected)].join('\n'));
        if (!skip) {
          io.err(CLI_TEXT.consolidate.nothingWritten(rejected.length));
          return EXIT.findings;
        }
      }
      // With a list, the communes expected are those listed and any other a file stands for (named below, and totalled).
      const withList = listed ? expectedCommunes(listed, candidates) : undefined;
      // A rejected commune is one that has not reported: it stays in the expected count.
      const screened = screenedTotals(screening, (file) => forms.get(file), withList ?? expected, catalogue);
      if (!grouping || !screened) {
        io.err(CLI_TEXT.consolidate.noneAccepted(rejected.length));
        return EXIT.findings;
      }
      const last = compare === undefined ? null : await readPrevious(compare, grouping, io, skip, set, given && given !== set ? [set, given] : [set]);
      if (last && !last.ok) return last.exit;
      const { accepted, totals } = screened;

      // Everything is built in memory first, so a failure writes neither file.
      const model =
        report === undefined
          ? null
          : buildConsolidatedReport(
              grouping,
              totals,
              { ...options, charts: keyRatioCharts(accepted, totals, catalogue) },
              laggingUnits(screened, catalogue),
              last?.ok ? last.previous : undefined,
              catalogue,
              acceptedJointTotals(screened, catalogue),
            );
      // The charts are drawn in their thread while this one writes the workbook.
      const drawing = model && charts ? drawCharts(model, charts.rasterise) : null;
      // Awaited below; a failure meanwhile (the workbook's) must not leave it unhandled.
      drawing?.catch(() => undefined);
      const xlsx = await workbookBytes(grouping, totals, catalogue);
      const images = drawing ? await drawing : new Map<number, ChartImage>();
      // The renderer's memory is given back before the document is built.
      await charts?.close();
      const docx = model ? renderDrawnDocx(model, images, zlibZip) : null;
      const blankParts = OFFICE_TEXT_KEYS.filter((k) => !office[k]?.trim());
      await write(out, xlsx, io.cwd, parsed.values.force === true);
      // The report is regenerated from the files each time: replacing it loses nothing typed.
      if (report !== undefined && docx) await write(report, docx, io.cwd, true);

      const received = accepted.length;
      const missing = totals.expected - received;
      const incomplete = incompleteRows(totals, received, catalogue);
      const shown = incomplete.slice(0, SUMMARY_ROWS);
      io.out(
        [
          CLI_TEXT.consolidate.read(accepted.length, AGGREGATE_TEXT.groupingPeriod(grouping.period, grouping.year)),
          ...warned,
          ...(rejected.length > 0 ? [CLI_TEXT.consolidate.skipped(rejected.length)] : []),
          CLI_TEXT.consolidate.wrote(out, reportedRowCount(totals, catalogue)),
          ...(report !== undefined ? [CLI_TEXT.consolidate.wroteReport(report)] : []),
          ...(report !== undefined && blankParts.length > 0 ? [CLI_TEXT.consolidate.officeTextBlank(blankParts)] : []),
          ...(withList?.notListed.length ? [CLI_TEXT.consolidate.notListed(withList.notListed)] : []),
          ...(last?.ok ? [PERIODS_TEXT.cli.compareRead(last.accepted, AGGREGATE_TEXT.groupingPeriod(grouping.period, last.previous.year))] : []),
          ...(missing > 0 ? [(rejected.length > 0 ? CLI_TEXT.consolidate.missingOrRejected : CLI_TEXT.consolidate.missingUnits)(missing, totals.expected)] : []),
          CLI_TEXT.consolidate.incompleteTitle(incomplete.length, received),
          ...shown.map((r) => CLI_TEXT.consolidate.incompleteRow(r.form, r.key, r.reported, received)),
          ...(incomplete.length > shown.length ? [CLI_TEXT.consolidate.incompleteMore(incomplete.length - shown.length)] : []),
        ].join('\n'),
      );
      return EXIT.ok;
    } finally {
      await charts?.close();
    }
  },
};
