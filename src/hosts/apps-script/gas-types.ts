// The exact Apps Script surface the adapter uses, as narrow interfaces that the real services satisfy (checked at the bottom).
/// <reference types="google-apps-script" />

type Grid<T> = T[][];

/** The values the Range setters accept (Sheets reference: Range.setHorizontalAlignment, setVerticalAlignment, setFontWeight, setFontStyle). */
export type GasHAlign = 'left' | 'center' | 'normal' | 'right';
export type GasVAlign = 'top' | 'middle' | 'bottom';
export type GasFontWeight = 'normal' | 'bold';
export type GasFontStyle = 'normal' | 'italic';

export interface GasRangeList {
  setBorder(top: boolean, left: boolean, bottom: boolean, right: boolean, vertical: boolean, horizontal: boolean): GasRangeList;
  getRanges(): GasRange[];
}

export interface GasRange {
  getValues(): Grid<unknown>;
  getFormulas(): Grid<string>;
  getNumberFormats(): Grid<string>;
  setValues(values: Grid<unknown>): GasRange;
  setFormulas(formulas: Grid<string>): GasRange;
  setNumberFormats(formats: Grid<string>): GasRange;
  setDataValidations(rules: Grid<GasDataValidation | null>): GasRange;
  setFontWeights(weights: Grid<GasFontWeight | null>): GasRange;
  setFontStyles(styles: Grid<GasFontStyle | null>): GasRange;
  setFontSizes(sizes: Grid<number>): GasRange;
  setFontFamily(family: string): GasRange;
  setHorizontalAlignments(alignments: Grid<GasHAlign | null>): GasRange;
  setVerticalAlignments(alignments: Grid<GasVAlign | null>): GasRange;
  setWraps(wraps: Grid<boolean>): GasRange;
  getBackgrounds(): Grid<string>;
  setBackgrounds(colors: Grid<string | null>): GasRange;
  getNotes(): Grid<string>;
  setNotes(notes: Grid<string | null>): GasRange;
  activate(): GasRange;
}

export interface GasDataValidation {
  getHelpText(): string | null;
}

export interface GasDataValidationBuilder {
  requireNumberBetween(start: number, end: number): GasDataValidationBuilder;
  requireNumberGreaterThanOrEqualTo(number: number): GasDataValidationBuilder;
  requireValueInList(values: string[], showDropdown: boolean): GasDataValidationBuilder;
  requireFormulaSatisfied(formula: string): GasDataValidationBuilder;
  setAllowInvalid(allowInvalidData: boolean): GasDataValidationBuilder;
  setHelpText(helpText: string): GasDataValidationBuilder;
  build(): GasDataValidation;
}

export interface GasUser {
  getEmail(): string;
}

export interface GasProtection {
  setDescription(description: string): GasProtection;
  setWarningOnly(warningOnly: boolean): GasProtection;
  setUnprotectedRanges(ranges: GasRange[]): GasProtection;
  addEditor(user: GasUser): GasProtection;
  getEditors(): GasUser[];
  removeEditors(users: GasUser[]): GasProtection;
  canDomainEdit(): boolean;
  setDomainEdit(editable: boolean): GasProtection;
  /** Whether the current user may edit (and so remove) this protection. */
  canEdit(): boolean;
  remove(): void;
}

export interface GasSheet {
  getName(): string;
  getSheetId(): number;
  getRange(row: number, column: number, numRows: number, numColumns: number): GasRange;
  getRangeList(a1Notations: string[]): GasRangeList;
  getDataRange(): GasRange;
  setColumnWidth(columnPosition: number, width: number): GasSheet;
  protect(): GasProtection;
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GasProtection[];
  clear(): GasSheet;
  /** Hides the sheet from the tabs; a person may show it again. */
  hideSheet(): GasSheet;
  /** Charts drawn over the sheet (EmbeddedChart), however they were added (Tổng hợp adds its own through the Sheets API). */
  getCharts(): GasChart[];
}

/** EmbeddedChart: a chart on a sheet, which can also be had as an image (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart). */
export interface GasChart {
  getAs(contentType: string): GoogleAppsScript.Base.Blob;
  /** "A stable identifier for the chart that is unique across the spreadsheet", or null when the chart is not in one (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getChartId()). */
  getChartId(): number | null;
  /** The chart's options, its title among them however it was set (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getOptions()). */
  getOptions(): { get(option: string): unknown };
}

export interface GasSpreadsheet {
  getId(): string;
  getName(): string;
  getSheets(): GasSheet[];
  getSheetByName(name: string): GasSheet | null;
  insertSheet(sheetName: string, sheetIndex: number): GasSheet;
  getRange(a1Notation: string): GasRange;
  getSpreadsheetTimeZone(): string;
  toast(msg: string, title: string): void;
}

export interface GasMenu {
  addItem(caption: string, functionName: string): GasMenu;
  addSeparator(): GasMenu;
  addToUi(): void;
}

/** What a person typed in a prompt, and the button they pressed. */
export interface GasPromptResponse {
  getResponseText(): string;
  getSelectedButton(): GoogleAppsScript.Base.Button;
}

export interface GasUi {
  createMenu(caption: string): GasMenu;
  showSidebar(userInterface: GasHtmlOutput): void;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  prompt(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GasPromptResponse;
  ButtonSet: typeof GoogleAppsScript.Base.ButtonSet;
  Button: typeof GoogleAppsScript.Base.Button;
}

export interface GasSpreadsheetApp {
  getActiveSpreadsheet(): GasSpreadsheet;
  /** Another spreadsheet the user may open (the previous year's report); throws when it does not exist or may not be opened. */
  openById(id: string): GasSpreadsheet;
  getUi(): GasUi;
  newDataValidation(): GasDataValidationBuilder;
  flush(): void;
  ProtectionType: typeof GoogleAppsScript.Spreadsheet.ProtectionType;
}

export interface GasHtmlOutput {
  setTitle(title: string): GasHtmlOutput;
  getContent(): string;
}

export interface GasHtmlTemplate {
  [key: string]: unknown;
  evaluate(): GasHtmlOutput;
}

export interface GasHtmlService {
  createTemplateFromFile(filename: string): GasHtmlTemplate;
}

export interface GasSession {
  getEffectiveUser(): GasUser;
}

export interface GasProperties {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): GasProperties;
  getProperties(): Record<string, string>;
  setProperties(properties: Record<string, string>, deleteAllOthers: boolean): GasProperties;
  deleteProperty(key: string): GasProperties;
}

export interface GasPropertiesService {
  getDocumentProperties(): GasProperties;
}

/** The Sheets advanced service: one call for every named range and merge of the workbook. */
export interface GasSheetsApi {
  Spreadsheets: {
    get(spreadsheetId: string, optionalArgs: object): GoogleAppsScript.Sheets.Schema.Spreadsheet;
    batchUpdate(
      resource: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest,
      spreadsheetId: string,
    ): GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;
  };
}

// ---- Documents ----

type DocsSchema = GoogleAppsScript.Docs.Schema.Document;
type DocsDimension = GoogleAppsScript.Docs.Schema.Dimension;

/**
 * A Docs API request: the typings' Request lacks requests the API has had since v1
 * (https://developers.google.com/docs/api/reference/rest/v1/documents/request): table cell
 * style, table column properties, document style and pinned table header rows.
 */
export type GasDocsRequest = GoogleAppsScript.Docs.Schema.Request & {
  updateTableCellStyle?: {
    tableStartLocation: { index: number };
    tableCellStyle: GoogleAppsScript.Docs.Schema.TableCellStyle;
    fields: string;
  };
  updateTableColumnProperties?: {
    tableStartLocation: { index: number };
    columnIndices: number[];
    tableColumnProperties: { widthType: string; width?: DocsDimension };
    fields: string;
  };
  updateDocumentStyle?: { documentStyle: GoogleAppsScript.Docs.Schema.DocumentStyle; fields: string };
  pinTableHeaderRows?: { tableStartLocation: { index: number }; pinnedHeaderRowsCount: number };
  /** CreateHeaderRequest (https://developers.google.com/docs/api/reference/rest/v1/documents/request#createheaderrequest): `DEFAULT`, the header of every page. */
  createHeader?: { type: 'DEFAULT' };
};

/** A reply of batchUpdate, with CreateHeaderResponse's "The ID of the created header" the typings lack. */
export type GasDocsReply = GoogleAppsScript.Docs.Schema.Response & { createHeader?: { headerId?: string } };

/** The Docs advanced service (v1): one read of the document's structure and one batch of style updates. */
export interface GasDocsApi {
  Documents: {
    get(documentId: string): DocsSchema;
    batchUpdate(resource: { requests: GasDocsRequest[] }, documentId: string): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;
  };
}

export interface GasText {
  setBold(startOffset: number, endOffsetInclusive: number, bold: boolean): GasText;
  setItalic(startOffset: number, endOffsetInclusive: number, italic: boolean): GasText;
  setUnderline(startOffset: number, endOffsetInclusive: number, underline: boolean): GasText;
  setFontFamily(fontFamilyName: string): GasText;
  setFontSize(size: number): GasText;
}

/** An image in a Doc's text: its title and description are what a screen reader reads (https://developers.google.com/apps-script/reference/document/inline-image). */
export interface GasInlineImage {
  setAltTitle(title: string): GasInlineImage;
  setAltDescription(description: string): GasInlineImage;
}

export interface GasParagraph {
  setText(text: string): void;
  appendPageBreak(): unknown;
  /** An image in the paragraph's text (https://developers.google.com/apps-script/reference/document/paragraph#appendInlineImage(BlobSource)). */
  appendInlineImage(image: GoogleAppsScript.Base.BlobSource): GasInlineImage;
  appendText(text: string): GasText;
  editAsText(): GasText;
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): GasParagraph;
  setIndentFirstLine(indent: number): GasParagraph;
  setSpacingBefore(spacing: number): GasParagraph;
  setSpacingAfter(spacing: number): GasParagraph;
  setLineSpacing(multiplier: number): GasParagraph;
}

export interface GasTableCell {
  getChild(childIndex: number): { asParagraph(): GasParagraph };
  appendParagraph(text: string): GasParagraph;
  setWidth(width: number): GasTableCell;
  setPaddingTop(paddingTop: number): GasTableCell;
  setPaddingBottom(paddingBottom: number): GasTableCell;
  setVerticalAlignment(alignment: GoogleAppsScript.Document.VerticalAlignment): GasTableCell;
}

export interface GasTableRow {
  getCell(cellIndex: number): GasTableCell;
}

export interface GasTable {
  getRow(rowIndex: number): GasTableRow;
  getCell(rowIndex: number, cellIndex: number): GasTableCell;
  /** The paragraph Docs keeps after a table (a body never ends with a table). */
  getNextSibling(): { asParagraph(): GasParagraph };
  editAsText(): GasText;
  setBorderWidth(width: number): GasTable;
  setColumnWidth(columnIndex: number, width: number): GasTable;
}

export interface GasBody {
  setPageWidth(pageWidth: number): GasBody;
  setPageHeight(pageHeight: number): GasBody;
  setMarginTop(marginTop: number): GasBody;
  setMarginBottom(marginBottom: number): GasBody;
  setMarginLeft(marginLeft: number): GasBody;
  setMarginRight(marginRight: number): GasBody;
  appendParagraph(text: string): GasParagraph;
  appendTable(cells: string[][]): GasTable;
  appendPageBreak(): unknown;
  getChild(childIndex: number): { asParagraph(): GasParagraph };
  editAsText(): GasText;
}

export interface GasDocument {
  getId(): string;
  getUrl(): string;
  getBody(): GasBody;
  saveAndClose(): void;
}

export interface GasDocumentApp {
  create(name: string): GasDocument;
  /** https://developers.google.com/apps-script/reference/document/document-app#openById(String) */
  openById(id: string): GasDocument;
  HorizontalAlignment: typeof GoogleAppsScript.Document.HorizontalAlignment;
  VerticalAlignment: typeof GoogleAppsScript.Document.VerticalAlignment;
}

// ---- Drive and HTTP (the .docx export) ----

/** A blob Drive can store: the real Blob is a BlobSource of itself. */
export interface GasBlob extends GoogleAppsScript.Base.BlobSource {
  setName(name: string): GasBlob;
}

export interface GasHttpResponse {
  getResponseCode(): number;
  getBlob(): GasBlob;
  getContentText(): string;
}

export interface GasUrlFetchApp {
  fetch(url: string, params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions): GasHttpResponse;
}

export interface GasTrigger {
  getHandlerFunction(): string;
}

export interface GasClockTriggerBuilder {
  after(durationMilliseconds: number): GasClockTriggerBuilder;
  create(): GasTrigger;
}

export interface GasTriggerBuilder {
  timeBased(): GasClockTriggerBuilder;
}

export interface GasScriptApp {
  /** Ends the execution with an authorisation prompt when the user has not granted every scope of the manifest. */
  requireAllScopes(authMode: GoogleAppsScript.Script.AuthMode): void;
  AuthMode: typeof GoogleAppsScript.Script.AuthMode;
  getOAuthToken(): string;
  newTrigger(functionName: string): GasTriggerBuilder;
  getProjectTriggers(): GasTrigger[];
  deleteTrigger(trigger: GasTrigger): void;
}

export interface GasLock {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

/** One lock per document: two runs of Tổng hợp on the same spreadsheet never overlap. */
export interface GasLockService {
  getDocumentLock(): GasLock | null;
}

export interface GasDriveFile {
  getId(): string;
  getUrl(): string;
  getParents(): { hasNext(): boolean; next(): GasFolder };
  moveTo(destination: GasFolder): GasDriveFile;
}

export interface GasFolder {
  createFile(blob: GasBlob): GasDriveFile;
}

export interface GasDriveApp {
  getFileById(id: string): GasDriveFile;
  createFile(blob: GasBlob): GasDriveFile;
}

/** Dates formatted in a given time zone (the spreadsheet's, not the script's). */
/** A Drive file's metadata, as the Drive API v3 File resource gives the fields asked for. */
export interface GasDriveApiFile {
  id?: string;
  name?: string;
  mimeType?: string;
}

/**
 * The Drive advanced service (Drive API v3: https://developers.google.com/apps-script/advanced/drive):
 * a file's metadata, a copy converted to Google Sheets (an .xlsx authoring workbook), and deleting that copy.
 */
export interface GasDriveApi {
  Files: {
    get(fileId: string, optionalArgs: object): GasDriveApiFile;
    copy(resource: { name?: string; mimeType?: string }, fileId: string, optionalArgs: object): GasDriveApiFile;
    remove(fileId: string, optionalArgs: object): void;
  };
}

export interface GasUtilities {
  formatDate(date: Date, timeZone: string, format: string): string;
  sleep(milliseconds: number): void;
}

/** Every service the adapter touches; the bundle takes them from the globals, tests pass fakes. */
export interface GasEnv {
  readonly SpreadsheetApp: GasSpreadsheetApp;
  readonly Sheets: GasSheetsApi;
  readonly Docs: GasDocsApi;
  readonly HtmlService: GasHtmlService;
  readonly Session: GasSession;
  readonly PropertiesService: GasPropertiesService;
  readonly DocumentApp: GasDocumentApp;
  readonly DriveApp: GasDriveApp;
  /** The Drive advanced service (the manifest enables it as `Drive`, v3). */
  readonly Drive: GasDriveApi;
  readonly UrlFetchApp: GasUrlFetchApp;
  readonly ScriptApp: GasScriptApp;
  readonly Utilities: GasUtilities;
  readonly LockService: GasLockService;
}

// Compile-time proof that the real services satisfy this surface: a wrong signature here fails `tsc`.
type Assert<T extends true> = T;
type Fits<Real, Surface> = Real extends Surface ? true : false;
export type SurfaceChecks = [
  Assert<Fits<GoogleAppsScript.Spreadsheet.Range, GasRange>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.Sheet, GasSheet>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.Spreadsheet, GasSpreadsheet>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.Protection, GasProtection>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.DataValidationBuilder, GasDataValidationBuilder>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.SpreadsheetApp, GasSpreadsheetApp>>,
  Assert<Fits<GoogleAppsScript.Base.Ui, GasUi>>,
  Assert<Fits<GoogleAppsScript.HTML.HtmlService, GasHtmlService>>,
  Assert<Fits<GoogleAppsScript.Base.Session, GasSession>>,
  Assert<Fits<GoogleAppsScript.Properties.PropertiesService, GasPropertiesService>>,
  Assert<Fits<GoogleAppsScript.Sheets, GasSheetsApi>>,
  Assert<Fits<GoogleAppsScript.Docs, GasDocsApi>>,
  Assert<Fits<GoogleAppsScript.Document.Body, GasBody>>,
  Assert<Fits<GoogleAppsScript.Document.Paragraph, GasParagraph>>,
  Assert<Fits<GoogleAppsScript.Document.Table, GasTable>>,
  Assert<Fits<GoogleAppsScript.Document.Document, GasDocument>>,
  Assert<Fits<GoogleAppsScript.Document.DocumentApp, GasDocumentApp>>,
  Assert<Fits<GoogleAppsScript.URL_Fetch.UrlFetchApp, GasUrlFetchApp>>,
  Assert<Fits<GoogleAppsScript.Script.ScriptApp, GasScriptApp>>,
  Assert<Fits<GoogleAppsScript.Drive.DriveApp, GasDriveApp>>,
  Assert<Fits<GoogleAppsScript.Drive, GasDriveApi>>,
  Assert<Fits<GoogleAppsScript.Utilities.Utilities, GasUtilities>>,
  Assert<Fits<GoogleAppsScript.Lock.LockService, GasLockService>>,
  Assert<Fits<GoogleAppsScript.Script.Trigger, GasTrigger>>,
];
