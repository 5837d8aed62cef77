// Pure: one sheet plan's formats, rules, borders and protection as Sheets API requests, so the layout sends them in its one batchUpdate.
import type { SheetPlan, Validation } from '../../core/layout/types';
import { cellAddress } from '../../core/layout/a1';
import { GAS_TEXT } from '../../core/i18n/messages';
import { gridRangeOf } from './a1-cells';
import { sheetGrids, validationGrid, type SheetGrids } from './sheet-grids';

type Request = GoogleAppsScript.Sheets.Schema.Request;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type DataValidationRule = GoogleAppsScript.Sheets.Schema.DataValidationRule;
type NumberFormat = GoogleAppsScript.Sheets.Schema.NumberFormat;
type Color = GoogleAppsScript.Sheets.Schema.Color;

export const FONT_FAMILY = 'Times New Roman';

/**
 * The cell fields the layout owns, as the UpdateCellsRequest field mask
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatecellsrequest):
 * a field named here but absent from a cell's CellData is cleared, so a fill or rule left by an
 * earlier layout goes. Borders are not named: UpdateBordersRequest adds them after.
 */
export const LAYOUT_CELL_FIELDS =
  'userEnteredFormat(numberFormat,textFormat(fontFamily,fontSize,bold,italic),horizontalAlignment,verticalAlignment,wrapStrategy,backgroundColor),dataValidation';

/**
 * A number format as the API's NumberFormat (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#NumberFormat):
 * a type with its pattern; "General" is no format at all (Sheets' automatic one).
 */
export function numberFormatOf(pattern: string): NumberFormat | undefined {
  if (pattern === '' || pattern === 'General') return undefined;
  if (pattern === '@') return { type: 'TEXT', pattern };
  if (pattern.includes('%')) return { type: 'PERCENT', pattern };
  if (/[dmy]/i.test(pattern)) return { type: 'DATE', pattern };
  return { type: 'NUMBER', pattern };
}

/** "#DDEBF7" → the API's Color, each channel in [0, 1] (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#Color). */
export function colorOf(hex: string): Color {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

/**
 * A plan rule on the cell `at` ("D7") as the API's DataValidationRule (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#DataValidationRule),
 * condition types of https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ConditionType.
 * Sheets has no whole-number or text-length condition, so those two are a CUSTOM_FORMULA on the cell
 * itself, as the computed cells' guard is (each cell of the UpdateCellsRequest carries its own rule):
 * a fraction in a count, a year or a date text longer than the plan allows is refused there as in
 * Excel. The formulas use no argument separator and no decimal mark, which a condition value, "parsed
 * as if the user typed into a cell" (ConditionValue.userEnteredValue), would read by the spreadsheet's
 * locale. Sheets shows no error text of a rule's own, so the prompt and the error become the input message.
 */
export function validationRuleOf(v: Validation, at: string): DataValidationRule {
  const rule = v.rule;
  const inputMessage = `${v.prompt} ${v.error}`.trim();
  const custom = (formula: string): DataValidationRule => ({ condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: formula }] }, inputMessage, strict: true });
  switch (rule.type) {
    case 'whole': {
      // INT of a text is an error, which no rule takes for true: text is refused as NUMBER_… refuses it.
      const bounds = [`(${at}>=${rule.min})`, ...(rule.max === undefined ? [] : [`(${at}<=${rule.max})`])];
      return custom(`=(INT(${at})=${at})*${bounds.join('*')}=1`);
    }
    case 'decimal':
      return {
        condition:
          rule.max === undefined
            ? { type: 'NUMBER_GREATER_THAN_EQ', values: [{ userEnteredValue: String(rule.min) }] }
            : { type: 'NUMBER_BETWEEN', values: [{ userEnteredValue: String(rule.min) }, { userEnteredValue: String(rule.max) }] },
        inputMessage,
        strict: true,
      };
    case 'list':
      return { condition: { type: 'ONE_OF_LIST', values: rule.values.map((x) => ({ userEnteredValue: x })) }, inputMessage, strict: true, showCustomUi: true };
    case 'textLength':
      return custom(`=LEN(${at})<=${rule.max}`);
  }
}

/** The rule that keeps a computed cell a formula (computed-cell-guard.ts): `=ISFORMULA(D8)` on D8, rejecting anything else. */
export function computedCellRule(r: number, c: number): DataValidationRule {
  return {
    condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: `=ISFORMULA(${cellAddress(r + 1, c + 1)})` }] },
    inputMessage: GAS_TEXT.computedCellHelp,
    strict: true,
  };
}

/** Every cell of the plan's area with its format and rule, row by row. */
export function cellRows(p: SheetPlan, g: Omit<SheetGrids, 'borderRanges'> = sheetGrids(p)): { values: CellData[] }[] {
  const v = validationGrid(p);
  return g.numberFormats.map((formats, r) => {
    const at = <T>(grid: readonly (readonly T[])[]): readonly T[] => grid[r] ?? [];
    const [sizes, weights, styles, hAligns, vAligns, wraps, fills, ruleAt, formulas] = [at(g.fontSizes), at(g.fontWeights), at(g.fontStyles), at(g.hAligns), at(g.vAligns), at(g.wraps), at(g.backgrounds), at(v.cells), at(p.formulas)] as const;
    return {
      values: formats.map((pattern, c) => {
        const numberFormat = numberFormatOf(pattern);
        const fill = fills[c];
        const cell: CellData = {
          userEnteredFormat: {
            ...(numberFormat ? { numberFormat } : {}),
            textFormat: { fontFamily: FONT_FAMILY, fontSize: sizes[c], bold: weights[c] === 'bold', italic: styles[c] === 'italic' },
            horizontalAlignment: String(hAligns[c]).toUpperCase(),
            verticalAlignment: String(vAligns[c]).toUpperCase(),
            wrapStrategy: wraps[c] ? 'WRAP' : 'OVERFLOW_CELL',
            ...(fill ? { backgroundColor: colorOf(fill) } : {}),
          },
        };
        // A computed cell takes only a formula; an input cell its plan rule (the two never meet).
        const index = ruleAt[c];
        const planned = typeof index === 'number' ? v.rules[index] : undefined;
        const rule = formulas[c] ? computedCellRule(r, c) : planned ? validationRuleOf(planned, cellAddress(r + 1, c + 1)) : null;
        if (rule) cell.dataValidation = rule;
        return cell;
      }),
    };
  });
}

const SOLID = { style: 'SOLID' } as const;

/**
 * One sheet's cells: formats and rules in one UpdateCellsRequest over the plan's area, a thin
 * border on every edge of each bordered range (UpdateBordersRequest:
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatebordersrequest).
 * The ranges `clear` (A1, what an earlier layout wrote outside the plan's block: core beyondPlan) lose their values, formats
 * and rules first (notes stay): a row the new plan no longer has keeps no computed cell's guard or list dropdown below the
 * table, and what the clerk typed elsewhere on the sheet stays, as in Excel.
 */
export function cellRequests(p: SheetPlan, sheetId: number, clear: readonly string[] = []): Request[] {
  const requests: Request[] = [];
  for (const range of clear) requests.push({ updateCells: { range: gridRangeOf(range, sheetId), fields: 'userEnteredValue,userEnteredFormat,dataValidation' } });
  const g = sheetGrids(p);
  requests.push({
    updateCells: {
      range: { sheetId, startRowIndex: 0, endRowIndex: p.rows, startColumnIndex: 0, endColumnIndex: p.columns },
      rows: cellRows(p, g),
      fields: LAYOUT_CELL_FIELDS,
    },
  });
  for (const range of g.borderRanges) {
    requests.push({
      updateBorders: { range: gridRangeOf(range, sheetId), top: SOLID, bottom: SOLID, left: SOLID, right: SOLID, innerHorizontal: SOLID, innerVertical: SOLID },
    });
  }
  return requests;
}

/**
 * The sheet's protection, replaced: the old ones the user may edit deleted
 * (DeleteProtectedRangeRequest), a new one over the whole sheet (a GridRange with only the sheet id
 * is "considered a protected sheet") with the inputs left open, editable by the owner and `me`
 * alone, domain editing off, not warning-only (AddProtectedRangeRequest, ProtectedRange:
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#addprotectedrangerequest,
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange).
 * `inputs` null leaves the sheet unprotected.
 */
export function protectionRequests(sheetId: number, oldIds: readonly number[], inputs: readonly string[] | null, description: string, me: string): Request[] {
  const requests: Request[] = oldIds.map((protectedRangeId) => ({ deleteProtectedRange: { protectedRangeId } }));
  if (inputs === null) return requests;
  requests.push({
    addProtectedRange: {
      protectedRange: {
        range: { sheetId },
        description,
        warningOnly: false,
        ...(inputs.length > 0 ? { unprotectedRanges: inputs.map((a1) => gridRangeOf(a1, sheetId)) } : {}),
        editors: { users: [me], domainUsersCanEdit: false },
      },
    },
  });
  return requests;
}
