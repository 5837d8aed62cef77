// The task pane's behaviour, whatever it runs in (Excel, Word, a plain browser): check, generate, open a file; no DOM, no Office here.
import type { ReportData } from '../../core/data/types';
import { PERIODS_TEXT, UI_TEXT } from '../../core/i18n/messages';
import { compareFindings, summarize } from '../../core/rules/check';
import { EarlierReportError, warningsAgainst, withSamePeriodOf } from '../../core/rules/check-across-periods';
import type { CheckResult, Finding } from '../../core/rules/types';
import type { NamedCheck } from '../../core/read/check-named-values';
import { UserError } from '../../core/errors/user-error';
import { BUILTIN_CATALOGUE, BUILTIN_SET, catalogueOf } from '../../core/forms/builtin';
import { emptyCompulsoryInputs, emptyInputLines } from '../../core/rules/compulsory';
import { InputFileError, readInputFile, type PickedFile } from './read-input-file';
import type { NamedBytes, PaneConsolidation } from './consolidate-files';
import type { OfficeInputs } from './office-inputs-form';
import type { FormSetDef } from '../../core/forms/form-set';
import type { FormSetLoad } from '../../core/forms/load-form-set';
import { placeText } from '../../core/forms/set-problem';
import { FORMSET_TEXT } from '../../core/i18n/form-sets';
import { setLine } from './pane-sets';
import type { ChartModel } from '../../core/report/charts/chart-model';

export type PaneMode = 'excel' | 'word' | 'standalone';
export type MessageKind = 'ok' | 'error' | 'info';
/** What started an action: a click in the pane (a user gesture there) or a ribbon command (none, and the pane may be hidden). */
export type Trigger = 'pane' | 'ribbon';

/** What the controller asks of the page. */
export interface PaneView {
  busy(text: string | null): void;
  message(kind: MessageKind, text: string): void;
  /** Lists the findings grouped by form; `pick` (when the host can select cells) is called with a finding's cell. */
  findings(result: CheckResult, pick: ((cell: string) => void) | null): void;
  draftWanted(): boolean;
  /** Whether "Tổng hợp" should total the accepted files when some are rejected. */
  skipRejectedWanted?(): boolean;
  /** What the office typed for the district report (header, signer, Nơi nhận, parts IV–VI, the communes expected). */
  officeInputs?(): OfficeInputs;
  /** Shows the pane when an action started from the ribbon needs it (Excel). */
  reveal?(): void;
  /** The "Bộ biểu mẫu" line: the set of the workbook (or of the opened file). */
  formSet?(line: string): void;
  /** The problems of a set the user chose, each at its place; null clears them. */
  setProblems?(lines: readonly string[] | null): void;
  /** Shows the consolidation's charts (none: hides them). */
  charts?(charts: readonly ChartModel[]): void;
}

/** A check with the form set it was made by (absent: the built-in set). */
export type PaneCheck = NamedCheck & { readonly set?: FormSetDef };

/** Findings the controller adds to a host's check (the warnings across periods), before the host marks cells. */
export type ExtraFindings = (check: NamedCheck) => readonly Finding[];

/** A check with more findings added, in the checker's order and with its totals. */
export function withExtraFindings<C extends NamedCheck>(check: C, extra: ExtraFindings | undefined): C {
  const more = extra?.(check) ?? [];
  return more.length === 0 ? check : { ...check, result: summarize([...check.result.findings, ...more].sort(compareFindings)) };
}

/** What "Lấy số liệu kỳ trước" did: the message to show, and the report it carried from. */
export interface CarryOutcome {
  readonly message: string;
  readonly previous: ReportData;
}

/** What each host provides. */
export interface PaneHost {
  readonly mode: PaneMode;
  /** Excel: read and mark the workbook (the extra findings marked too); file modes: check the last opened file. */
  check(extra?: ExtraFindings): Promise<PaneCheck>;
  /** Builds the report by `set` and hands it over (download, browser window, insertion); returns the message to show. */
  deliver(data: ReportData, draft: boolean, trigger: Trigger, set: FormSetDef): Promise<string>;
  layout?(): Promise<string>;
  select?(cell: string): Promise<void>;
  open?(file: PickedFile): Promise<PaneCheck>;
  /** Excel: lays the workbook out with `set` (values kept, those without a row listed); file modes: reads data of `set` from now on. Returns the message. */
  useSet?(set: FormSetDef): Promise<string>;
  /** Excel: the set the open workbook carries (the built-in one when none). */
  workbookSet?(): Promise<FormSetDef>;
  /** Excel: fills the open workbook from the commune's previous report (a picked .xlsx or .json); returns the message to show. */
  carry?(file: PickedFile): Promise<CarryOutcome>;
  /** Reads an earlier report by its own set (the one it carries, or the one it names among the sets the pane knows). */
  readEarlier?(file: PickedFile): Promise<NamedCheck>;
}

/** What "Tổng hợp" needs: the consolidation (core, through the pane's reader) and a way to hand files to the user. */
export interface ConsolidateDeps {
  readonly consolidate: (files: readonly PickedFile[], skipRejected: boolean, progress: (text: string) => void, inputs: OfficeInputs) => Promise<PaneConsolidation>;
  readonly save: (file: NamedBytes, kind: 'xlsx' | 'docx') => void;
}

/** A Vietnamese message for anything thrown: our own errors carry one already. */
export function messageOf(e: unknown): string {
  if (e instanceof Error) {
    if (e instanceof UserError) return e.message;
    // Office's errors carry a string code ("ItemNotFound", "InvalidArgument": OfficeExtension.Error.code,
    // https://learn.microsoft.com/javascript/api/office/officeextension.error); a browser's DOMException carries a number.
    if (e.name === 'OfficeExtension.Error' || typeof (e as { code?: unknown }).code === 'string') return UI_TEXT.officeError(e.message);
    return UI_TEXT.unexpected(e.message);
  }
  return UI_TEXT.unexpected(String(e));
}

export class PaneController {
  private running = false;
  /** The report of the same period last year the user picked ("Báo cáo cùng kỳ năm trước"), if any. */
  private previous: ReportData | null = null;
  /** The previous period's report last carried from ("Lấy số liệu kỳ trước"), if any: Kiểm tra warns against it first. */
  private lastPeriod: ReportData | null = null;
  /** Milliseconds the last report took to build and hand over (for the budget in `npm run bench:pane`). */
  lastReportMs: number | null = null;

  constructor(
    private readonly view: PaneView,
    private readonly host: PaneHost,
    private readonly now: () => number = () => Date.now(),
  ) {}

  private async run<T>(busyText: string, work: () => Promise<T>): Promise<T | undefined> {
    if (this.running) return undefined;
    this.running = true;
    this.view.busy(busyText);
    try {
      return await work();
    } catch (e) {
      this.view.message('error', messageOf(e));
      return undefined;
    } finally {
      this.running = false;
      this.view.busy(null);
    }
  }

  private show(check: PaneCheck): void {
    const { result } = check;
    this.view.formSet?.(setLine(check.set ?? BUILTIN_SET));
    const select = this.host.select?.bind(this.host);
    this.view.findings(result, select ? (cell) => void select(cell).catch((e: unknown) => this.view.message('error', messageOf(e))) : null);
    const totals = UI_TEXT.checkTotals(result.errors, result.warnings, result.infos);
    if (result.errors === 0) this.view.message('ok', `${UI_TEXT.checkClean} ${totals}`);
    else this.view.message('error', totals);
  }

  /** Lays out the workbook; false when it did not (the message says why). */
  async layout(): Promise<boolean> {
    const layout = this.host.layout?.bind(this.host);
    if (!layout) return false;
    const text = await this.run(UI_TEXT.layingOut, layout);
    if (text) this.view.message('ok', text);
    // The layout follows the set the workbook carries: the line says which, read back after the layout.
    if (text !== undefined) await this.showWorkbookSet();
    return text !== undefined;
  }

  /**
   * Reads the report of the same period last year (or forgets it: null); check and generate use it from then on.
   * Returns the text to show beside the control, or undefined when the file could not be used (the message says why).
   */
  async choosePrevious(file: PickedFile | null, read: (file: PickedFile) => Promise<NamedCheck> = (f) => this.host.readEarlier?.(f) ?? readInputFile(f)): Promise<string | undefined> {
    if (!file) {
      this.previous = null;
      return PERIODS_TEXT.pane.previousNone;
    }
    return this.run(PERIODS_TEXT.pane.previousReading(file.name), async () => {
      const { data } = await read(file);
      if (!data) throw new InputFileError(PERIODS_TEXT.previousNoHeader(file.name));
      this.previous = data;
      const { meta } = data;
      return PERIODS_TEXT.pane.previousChosen(file.name, PERIODS_TEXT.reportName(meta.unitKind, meta.unit, meta.period, meta.year));
    });
  }

  /**
   * The warnings across periods against the latest earlier report the user gave (the previous period's, else
   * last year's); a report of another commune, or not earlier, is refused.
   */
  private readonly acrossPeriods: ExtraFindings = (check) => {
    const earlier = this.lastPeriod ?? this.previous;
    if (!earlier || !check.data) return [];
    // The earlier report was read by its own set; it is compared by the rows of the set the workbook carries, by their keys, as the CLI's --previous and Apps Script's Kiểm tra do.
    return warningsAgainst(check.data, earlier, check.cellOf ? { cellOf: check.cellOf } : {}, check.catalogue);
  };

  /** The host's check with the warnings across periods added (Excel marks them with the others). */
  private checkWithPrevious(): Promise<PaneCheck> {
    return this.host.check(this.acrossPeriods);
  }

  /** Shows the set of the open workbook on the "Bộ biểu mẫu" line (Excel); quietly leaves the line as it is when it cannot be read. */
  async showWorkbookSet(): Promise<void> {
    const read = this.host.workbookSet?.bind(this.host);
    if (!read) return;
    try {
      this.view.formSet?.(setLine(await read()));
    } catch {
      // A damaged carried set is said by Kiểm tra, in its place.
    }
  }

  /**
   * "Chọn bộ biểu mẫu…": reads the set (`load`: a file through the set engine, or a shipped set), shows its problems
   * if any, else hands it to the host (Excel lays the workbook out with it). True once the set is in use.
   */
  async chooseSet(name: string, load: () => Promise<FormSetLoad>): Promise<boolean> {
    const use = this.host.useSet?.bind(this.host);
    if (!use) return false;
    this.view.setProblems?.(null);
    const done = await this.run(FORMSET_TEXT.pane.reading(name), async () => {
      const loaded = await load();
      if ('problems' in loaded) {
        this.view.setProblems?.(loaded.problems.map((p) => FORMSET_TEXT.pane.problemLine(placeText(p.place), p.message)));
        this.view.message('error', FORMSET_TEXT.pane.problems(name, loaded.problems.length));
        return null;
      }
      const text = await use(loaded.set);
      return { text, set: loaded.set };
    });
    if (!done) return false;
    this.view.message('ok', done.text);
    if (this.host.mode === 'excel') this.view.formSet?.(setLine(done.set));
    return true;
  }

  async check(): Promise<PaneCheck | undefined> {
    const check = await this.run(UI_TEXT.checking, () => this.checkWithPrevious());
    if (check) this.show(check);
    return check;
  }

  async open(file: PickedFile): Promise<PaneCheck | undefined> {
    const open = this.host.open?.bind(this.host);
    if (!open) return undefined;
    const check = await this.run(UI_TEXT.reading(file.name), () => open(file));
    if (check) this.show(check);
    return check;
  }

  /** "Lấy số liệu kỳ trước": carries the picked previous report into the open workbook; true once done. */
  async carry(file: PickedFile): Promise<boolean> {
    const carry = this.host.carry?.bind(this.host);
    if (!carry) return false;
    const done = await this.run(UI_TEXT.reading(file.name), () => carry(file));
    if (done === undefined) return false;
    this.lastPeriod = done.previous;
    this.view.message('ok', done.message);
    return true;
  }

  /** Consolidates many communes' files: progress while reading, every rejected file named, then the workbook and the report downloaded; true once both are handed over. */
  async consolidate(files: readonly PickedFile[], deps: ConsolidateDeps): Promise<boolean> {
    if (files.length === 0) return false;
    const skip = this.view.skipRejectedWanted?.() ?? false;
    // Read as the files are picked: what is typed now is what the report says.
    const inputs = this.view.officeInputs?.() ?? {};
    const result = await this.run(UI_TEXT.consolidate.building, () => deps.consolidate(files, skip, (text) => this.view.busy(text), inputs));
    if (!result) return false;
    if (result.ok && result.workbook && result.report) {
      deps.save(result.workbook, 'xlsx');
      deps.save(result.report, 'docx');
    }
    this.view.message(result.ok ? 'ok' : 'error', result.lines.join('\n'));
    this.view.charts?.(result.ok ? (result.charts ?? []) : []);
    return result.ok;
  }

  /**
   * Checks, then builds and delivers the report unless there are errors or empty compulsory inputs (a draft is
   * built anyway when asked); true once delivered or offered.
   */
  async generate(trigger: Trigger = 'pane'): Promise<boolean> {
    const check = await this.check();
    if (!check) return false;
    const draft = this.view.draftWanted();
    if (check.result.errors > 0 && !draft) {
      this.view.message('error', UI_TEXT.checkBlocked(check.result.errors));
      this.view.reveal?.();
      return false;
    }
    const read = check.data;
    if (!read) {
      this.view.message('error', UI_TEXT.noHeaderData);
      this.view.reveal?.();
      return false;
    }
    // A final report never says "chưa có số liệu": the compulsory inputs left empty are listed with their cells instead.
    const empty = draft ? [] : emptyCompulsoryInputs(read.forms, check.catalogue ?? (check.set ? catalogueOf(check.set) : BUILTIN_CATALOGUE), check.cellOf);
    if (empty.length > 0) {
      this.view.message('error', [...emptyInputLines(empty), UI_TEXT.reportNeedsInputs].join('\n'));
      this.view.reveal?.();
      return false;
    }
    let data: ReportData = read;
    try {
      if (this.previous) data = withSamePeriodOf(read, this.previous);
    } catch (e) {
      if (!(e instanceof EarlierReportError)) throw e;
      this.view.message('error', e.message);
      this.view.reveal?.();
      return false;
    }
    const started = this.now();
    const text = await this.run(UI_TEXT.buildingReport, () => this.host.deliver(data, draft || check.result.errors > 0, trigger, check.set ?? BUILTIN_SET));
    if (text === undefined) return false;
    this.lastReportMs = this.now() - started;
    this.view.message('ok', `${text} ${UI_TEXT.timing(this.lastReportMs)}`);
    return true;
  }
}
