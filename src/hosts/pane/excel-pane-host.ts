// The pane's host inside Excel: every action is one Excel.run that waits for cell editing to end.
/// <reference types="office-js" />
import { CarryRefusedError, requirePreviousData } from '../../core/carry/plan-carry';
import { buildWorkbookPlan } from '../../core/layout/build-workbook-plan';
import { CARRY_TEXT, UI_TEXT } from '../../core/i18n/messages';
import { TEMPLATE_VERSION } from '../../core/layout/names';
import { readWorkbookValues } from '../../core/read/read-workbook';
import { withExtraFindings, type CarryOutcome, type PaneHost } from './pane-controller';
import { applyWorkbookPlan, type LayoutResult } from '../excel/apply-plan';
import { BUILTIN_SET, isBuiltinSet } from '../../core/forms/builtin';
import { sameSet, setLabel } from '../../core/forms/choose-form-set';
import type { FormSetDef } from '../../core/forms/form-set';
import type { OrphanValue } from '../../core/forms/orphan-values';
import { FORMSET_TEXT } from '../../core/i18n/form-sets';
import { queueWorkbookIndex } from '../excel/workbook-index';
import { queueCarriedSet } from '../excel/workbook-set';
import { KnownSets } from './pane-sets';
import { carryPrevious, type ExcelCarry } from '../excel/carry-previous';
import { readInputFile, type PickedFile } from './read-input-file';
import { checkWorkbook } from '../excel/check-workbook';
import { deliverReport, type DeliverEnv } from './deliver-report';
import { markFindings } from '../excel/mark-findings';
import { excelSupports } from '../excel/office-support';
import { NOTES_API } from '../excel/carry-notes';
import { selectCell } from '../excel/select-cell';

/** What the pane says after a carry: the cells filled, and what the host could not do. */
export function carryMessage(r: ExcelCarry): string {
  return [
    CARRY_TEXT.done(r.cells, r.carry.from, r.noted),
    ...(r.noted || r.cells === 0 ? [] : [CARRY_TEXT.pane.notesUnsupported]),
    ...(r.cleared > 0 ? [CARRY_TEXT.notesCleared(r.cleared)] : []),
  ].join(' ');
}

/** Reads the picked previous report, then carries it into the open workbook; a refusal names the file. */
async function carryFile(file: PickedFile, plan: ReturnType<typeof buildWorkbookPlan>, known: KnownSets): Promise<CarryOutcome> {
  const previous = requirePreviousData((await readInputFile(file, known.list())).data);
  try {
    return { message: carryMessage(await Excel.run(RUN, (context) => carryPrevious(context, plan, previous, excelSupports))), previous };
  } catch (e) {
    if (e instanceof CarryRefusedError) throw new CarryRefusedError(`${file.name}: ${e.message}`);
    throw e;
  }
}

/**
 * Excel for Windows and Mac: pageLayout.zoom's horizontalFitToPages is not applied unless the Page
 * Layout tab has been selected (OfficeDev/office-js#1860, in Microsoft's backlog), and no API
 * selects that tab, so the pane says where to set it before printing.
 */
function desktopExcel(): boolean {
  const platform = Office.context?.platform;
  return platform !== undefined && (platform === Office.PlatformType?.PC || platform === Office.PlatformType?.Mac);
}

/** Ribbon commands can fire while a cell is being edited: the batch waits instead of failing. */
const RUN: Excel.RunOptions = { delayForCellEdit: true };

/** What the pane says after a layout: the sheets and kept values, the set moved to and every value left without a row. */
export function layoutMessage(r: LayoutResult, desktop: boolean): string {
  const P = FORMSET_TEXT.pane;
  const O = FORMSET_TEXT.option;
  const moved = !sameSet(r.from, r.set);
  const head = moved ? P.moved(setLabel(r.from), setLabel(r.set), r.kept) : isBuiltinSet(r.set) ? UI_TEXT.layoutDone(r.sheets, r.kept) : P.laidOut(setLabel(r.set), r.sheets, r.kept);
  const orphanLines = r.orphans.length === 0 ? [] : ['\n' + [O.orphansTitle(r.orphans.length, O.orphansSheet), ...r.orphans.map((o) => O.orphanLine(o.form, o.key, o.label, orphanText(o)))].join('\n')];
  return [
    head,
    ...(r.upgradedFrom === null ? [] : [UI_TEXT.layoutUpgraded(r.upgradedFrom, TEMPLATE_VERSION)]),
    ...(desktop ? [UI_TEXT.layoutPrintFit] : []),
  ].join(' ') + orphanLines.join('');
}

/** "1000", or the note typed on the row when its value cell was empty (as `cchc upgrade --forms` prints it). */
const orphanText = (o: OrphanValue): string =>
  [o.value === null ? null : String(o.value), o.note === null ? null : `${FORMSET_TEXT.option.orphansHeaders[4]}: “${o.note}”`].filter((x) => x !== null).join('; ');

export function excelHost(env: DeliverEnv, known: KnownSets = new KnownSets()): PaneHost {
  const plan = buildWorkbookPlan(null);
  const learn = (set: FormSetDef): FormSetDef => {
    known.add(set);
    return set;
  };
  const layout = (set?: FormSetDef): Promise<string> =>
    Excel.run(RUN, async (context) => {
      const r = await applyWorkbookPlan(context, {
        buildPlan: buildWorkbookPlan,
        readData: (values, catalogue) => readWorkbookValues(values, {}, catalogue).data,
        supports: excelSupports,
        ...(set ? { set } : {}),
      });
      return layoutMessage(r, desktopExcel());
    });
  return {
    mode: 'excel',
    layout: () => layout(),
    useSet: (set) => layout(learn(set)),
    // The set the open workbook carries is known from then on: an earlier report's data naming it is read by it (as the CLI
    // reads data naming the current report's set), whether or not the set was shipped or chosen in this session.
    workbookSet: () =>
      Excel.run(async (context) => {
        const indexed = queueWorkbookIndex(context);
        await context.sync();
        const carried = queueCarriedSet(context, indexed());
        if (!carried) return BUILTIN_SET;
        await context.sync();
        return carried();
      }).then((set) => learn(set)),
    check: (extra) =>
      Excel.run(RUN, async (context) => {
        const check = withExtraFindings(await checkWorkbook(context, plan, { notes: excelSupports(NOTES_API) }), extra);
        await markFindings(context, check.plan, check.result.findings, check.protectedSheets, check.staleCarryNotes);
        if (check.set) learn(check.set);
        return check;
      }),
    select: (cell) => Excel.run(RUN, (context) => selectCell(context, cell)),
    carry: (file) => carryFile(file, plan, known),
    readEarlier: (file) => readInputFile(file, known.list()),
    // The trigger is passed on: a ribbon report waits behind the pane's download button (deliverReport).
    deliver: (data, draft, trigger, set) => deliverReport(data, draft, env, trigger, set),
  };
}

/** The ExcelApi set of WorksheetCollection.onChanged, which watchChanges needs. */
export const CHANGE_EVENTS_API = '1.9';

/** Calls `onChange` after the user has stopped typing for `ms`; returns a function that stops listening. */
export async function watchChanges(onChange: () => void, ms = 1500): Promise<() => Promise<void>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const handler = async (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(onChange, ms);
  };
  const registration = await Excel.run(async (context) => {
    const r = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    return r;
  });
  return async () => {
    if (timer) clearTimeout(timer);
    await Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
}
