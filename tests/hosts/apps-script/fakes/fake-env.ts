// The whole fake Apps Script environment: spreadsheet, Sheets API, UI, HTML, properties, documents, Drive and HTTP, sharing one call log.
import * as fs from 'fs';
import * as path from 'path';
import type {
  GasBlob,
  GasDriveApi,
  GasDriveApp,
  GasDriveFile,
  GasEnv,
  GasFolder,
  GasHtmlService,
  GasHtmlTemplate,
  GasHttpResponse,
  GasLock,
  GasProperties,
  GasSheetsApi,
  GasTrigger,
} from '../../../../src/hosts/apps-script/gas-types';
import { CallLog } from './call-log';
import { FakeDocsApi, FakeDocumentApp } from './fake-document';
import { FakeHtmlOutput, FakeSpreadsheet, FakeSpreadsheetApp, FakeUser, fakeSheetsApi } from './fake-spreadsheet';

export class FakeBlob implements GasBlob {
  constructor(
    public name: string,
    readonly bytes: string,
  ) {}
  setName(name: string): this {
    this.name = name;
    return this;
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return this as unknown as GoogleAppsScript.Base.Blob;
  }
  getAs(): GoogleAppsScript.Base.Blob {
    return this as unknown as GoogleAppsScript.Base.Blob;
  }
}

export class FakeFolder implements GasFolder {
  files: FakeDriveFile[] = [];
  constructor(
    private readonly drive: FakeDrive,
    readonly id: string,
  ) {}
  /** Whether the running user may add files here (a folder shared read-only, or a shared drive where they are a viewer). */
  writable = true;
  createFile(blob: GasBlob): GasDriveFile {
    this.drive.log.record('Drive', 'Folder.createFile');
    // Drive refuses to add a file to a folder the user may only view (Folder.createFile:
    // https://developers.google.com/apps-script/reference/drive/folder#createFile(BlobSource)).
    if (!this.writable) throw new Error('Access denied: DriveApp.');
    const f = this.drive.add(`file-${this.drive.files.size + 1}`, (blob as FakeBlob).name, this);
    f.blob = blob as FakeBlob;
    return f;
  }
}

export class FakeDriveFile implements GasDriveFile {
  blob: FakeBlob | null = null;
  /** Its Drive MIME type (files.get `mimeType`); a file the script creates is a Google file or a .docx. */
  mimeType = 'application/octet-stream';
  /**
   * For an .xlsx: the spreadsheet Drive makes of it when files.copy converts it to Google Sheets
   * (built by the test from the real workbook's cells, since the fake cannot run Google's converter).
   */
  converted: ((ss: FakeSpreadsheet) => void) | null = null;
  constructor(
    private readonly drive: FakeDrive,
    readonly id: string,
    readonly name: string,
    public parent: FakeFolder | null,
  ) {}
  getId(): string {
    return this.id;
  }
  getUrl(): string {
    return `https://drive.google.com/file/d/${this.id}/view`;
  }
  getParents(): { hasNext(): boolean; next(): GasFolder } {
    this.drive.log.record('Drive', 'File.getParents');
    let done = this.parent === null;
    return {
      hasNext: () => !done,
      next: () => {
        if (done || !this.parent) throw new Error('Hết thư mục');
        done = true;
        return this.parent;
      },
    };
  }
  moveTo(folder: GasFolder): GasDriveFile {
    this.drive.log.record('Drive', 'File.moveTo');
    // Moving needs edit rights on the destination folder (File.moveTo:
    // https://developers.google.com/apps-script/reference/drive/file#moveTo(Folder)).
    if (!(folder as FakeFolder).writable) throw new Error('Access denied: DriveApp.');
    this.parent?.files.splice(this.parent.files.indexOf(this), 1);
    this.parent = folder as FakeFolder;
    (folder as FakeFolder).files.push(this);
    return this;
  }
}

export class FakeDrive implements GasDriveApp {
  files = new Map<string, FakeDriveFile>();
  readonly root: FakeFolder;
  readonly folder: FakeFolder;
  constructor(readonly log: CallLog) {
    this.root = new FakeFolder(this, 'root');
    this.folder = new FakeFolder(this, 'folder-xa');
  }
  add(id: string, name: string, parent: FakeFolder | null): FakeDriveFile {
    const f = new FakeDriveFile(this, id, name, parent);
    this.files.set(id, f);
    parent?.files.push(f);
    return f;
  }
  remove(id: string): void {
    const f = this.files.get(id);
    if (f?.parent) f.parent.files.splice(f.parent.files.indexOf(f), 1);
    this.files.delete(id);
  }
  getFileById(id: string): GasDriveFile {
    this.log.record('Drive', 'getFileById');
    const f = this.files.get(id);
    if (!f) throw new Error(`Không tìm thấy tệp ${id}`);
    return f;
  }
  createFile(blob: GasBlob): GasDriveFile {
    this.log.record('Drive', 'createFile');
    const f = this.add(`file-${this.files.size + 1}`, (blob as FakeBlob).name, this.root);
    f.blob = blob as FakeBlob;
    return f;
  }
}

export interface FakeEnvOptions {
  /** HTTP status the export endpoint answers; 200 by default. */
  readonly exportStatus?: number;
  /** Size in bytes of the .docx Drive would export (a few kilobytes unless given). */
  readonly exportBytes?: number;
  /** Directory the sidebar's HTML file is read from. */
  readonly htmlDir?: string;
  /** Whether the user may add files to the spreadsheet's folder; true by default. */
  readonly folderWritable?: boolean;
  /** The spreadsheet's time zone (File › Settings); the script's own is the process's. */
  readonly timeZone?: string;
  /** The spreadsheet's id ("ss-1" unless given): a second environment stands for another spreadsheet (last year's). */
  readonly spreadsheetId?: string;
  /**
   * Sheets API reads allowed per minute for the user ("Read requests per minute per user per
   * project: 60", https://developers.google.com/sheets/api/limits); unlimited when absent.
   */
  readonly readsPerMinute?: number;
  /** Scopes of the manifest the user unticked on Google's consent screen (granular consent), by their last part: 'documents', 'drive'… */
  readonly declinedScopes?: readonly string[];
  /** Milliseconds of the fake clock each read of a commune's spreadsheet takes. */
  readonly readLatencyMs?: number;
}

/**
 * An error that passes: "The Sheets API returns a 503 error when the service is unavailable or when
 * the complexity of the request or spreadsheet is high … Use exponential backoff when retrying
 * requests"; a 500 "typically indicates that there is an issue with the API itself"
 * (https://developers.google.com/sheets/api/troubleshoot-api-errors); 504 is a deadline that expired
 * (a timeout: https://cloud.google.com/apis/design/errors#handling_errors).
 */
export type PassingError = 500 | 503 | 504;

/** Other spreadsheets the script may open: a commune's copy, or the HTTP status the Sheets API answers for it. */
export type RemoteSpreadsheet = FakeSpreadsheet | 403 | 404 | PassingError;

/**
 * The Google API error messages (https://cloud.google.com/apis/design/errors#handling_errors), as
 * Apps Script's advanced services throw them ("API call to … failed with error: …", observed, not documented).
 */
const API_ERRORS: Readonly<Record<number, string>> = {
  403: 'The caller does not have permission',
  404: 'Requested entity was not found.',
  429: "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com'.",
  500: 'Internal error encountered.',
  503: 'The service is currently unavailable.',
  504: 'The deadline expired before the operation could complete.',
};

/**
 * "Script runtime: 6 min / execution" (https://developers.google.com/apps-script/guides/services/quotas):
 * Apps Script then ends the script ("Exceeded maximum execution time"); none of its catch or finally
 * blocks can do anything more, which the fake models by failing every later call of that execution.
 */
export const EXECUTION_LIMIT_MS = 6 * 60_000;

export class ExecutionKilled extends Error {
  constructor() {
    super('Exceeded maximum execution time');
  }
}
/** Drive API v3 MIME types (https://developers.google.com/drive/api/guides/mime-types), spelt out here so the fake checks the adapter's. */
export const SHEETS_MIME = 'application/vnd.google-apps.spreadsheet';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const apiError = (status: number): Error => new Error(`API call to sheets.spreadsheets.get failed with error: ${API_ERRORS[status] ?? status}`);

/** A clock the fakes advance: Utilities.sleep and the latency of reads move it, nothing else. */
export class FakeClock {
  constructor(public ms = Date.UTC(2026, 6, 10, 2, 0, 0)) {}
  now = (): number => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface FakeTrigger {
  readonly fn: string;
  readonly afterMs: number;
  /** Fake-clock time it fires at: created plus afterMs. */
  readonly at: number;
  deleted: boolean;
}

/**
 * The per-value limit of the property store: "Properties value size 9 KB / val", and 500 KB per
 * store (https://developers.google.com/apps-script/guides/services/quotas); a larger value throws.
 */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * Utilities.formatDate with the SimpleDateFormat letters the adapter uses (yyyy MM dd HH mm), in
 * the given zone (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
 */
export function formatDateIn(date: Date, timeZone: string, format: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  const letters: Record<string, string> = { yyyy: part('year'), MM: part('month'), dd: part('day'), HH: part('hour'), mm: part('minute') };
  return format.replace(/yyyy|MM|dd|HH|mm/g, (m) => letters[m] ?? m);
}

export const FAKE_TOKEN = 'token-of-the-script';

/** The Word type, spelt out here rather than imported, so that the fake checks the adapter's address against the reference. */
const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** files.export: "Note that the exported content is limited to 10 MB." */
const EXPORT_LIMIT_BYTES = 10 * 1024 * 1024;

export interface FakeEnv extends GasEnv {
  readonly log: CallLog;
  readonly clock: FakeClock;
  /** Spreadsheets other than the active one, by id. */
  readonly remote: Map<string, RemoteSpreadsheet>;
  readonly triggers: FakeTrigger[];
  /** The document lock: held by another execution when a test says so. */
  readonly lock: { heldElsewhere: boolean; held: boolean };
  readonly ss: FakeSpreadsheet;
  readonly app: FakeSpreadsheetApp;
  readonly documents: FakeDocumentApp;
  readonly drive: FakeDrive;
  readonly properties: Map<string, string>;
  readonly fetches: { url: string; headers: Record<string, string> }[];
  /** The manifest's scopes the user has not granted (a test may change it between runs). */
  readonly declined: Set<string>;
  /** Errors that pass, by spreadsheet id: each read takes the next one, then reads succeed. */
  readonly failures: Map<string, PassingError[]>;
  /** Milliseconds of the fake clock each SpreadsheetApp call, and each Sheets API batchUpdate, takes (a slow host makes the writes pass 6 minutes). */
  readonly latency: { spreadsheetApp: number; sheetsBatchUpdate: number };
  /**
   * Runs `fn` as one execution of the script: killed at the first call made after 6 minutes of the
   * fake clock. Apps Script releases a lock when the script that held it ends
   * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
   */
  execute(fn: () => void): 'ended' | 'killed';
  /** Live triggers, earliest first. */
  liveTriggers(): FakeTrigger[];
}

/** Apps Script's printing scriptlet `<?!= name ?>` is the only one the sidebar uses; any other is refused. */
function evaluateTemplate(source: string, vars: Record<string, unknown>): string {
  if (/<\?(?!!=)/.test(source)) throw new Error('Mẫu HTML dùng scriptlet mà bản giả chưa hỗ trợ');
  return source.replace(/<\?!=\s*(\w+)\s*\?>/g, (_m, name: string) => {
    if (!(name in vars)) throw new Error(`Mẫu HTML thiếu biến ${name}`);
    return String(vars[name]);
  });
}

/**
 * Granular consent: "users can choose which scopes to grant" and a script may run with some of its
 * scopes refused (https://developers.google.com/apps-script/concepts/scopes#granular_consent). A
 * service whose scope was refused throws when called; the message is the one Apps Script gives
 * ("Specified permissions are not sufficient to call …"; observed, not documented).
 */
function needs(declined: ReadonlySet<string>, scope: string, method: string): void {
  if (declined.has(scope)) throw new Error(`Specified permissions are not sufficient to call ${method}. Required permissions: https://www.googleapis.com/auth/${scope}`);
}

export function fakeEnv(options: FakeEnvOptions = {}): FakeEnv {
  const log = new CallLog();
  const declined = new Set(options.declinedScopes ?? []);
  const ss = new FakeSpreadsheet(log, options.spreadsheetId ?? 'ss-1', options.timeZone);
  const app = new FakeSpreadsheetApp(ss, log);
  const drive = new FakeDrive(log);
  const documents = new FakeDocumentApp(log, (doc) => drive.add(doc.id, doc.name, drive.root));
  const create = documents.create.bind(documents);
  documents.create = (name) => {
    needs(declined, 'documents', 'DocumentApp.create');
    return create(name);
  };
  drive.add(ss.id, 'Báo cáo CCHC', drive.folder);
  drive.folder.writable = options.folderWritable ?? true;
  const properties = new Map<string, string>();
  const fetches: { url: string; headers: Record<string, string> }[] = [];
  const htmlDir = options.htmlDir ?? path.resolve(__dirname, '../../../../apps-script');
  const check = (next: Map<string, string>): void => {
    for (const [k, v] of next) if (utf8Bytes(v) > PROPERTY_VALUE_LIMIT) throw new Error(`Argument too large: ${k}`);
    const total = [...next].reduce((n, [k, v]) => n + utf8Bytes(k) + utf8Bytes(v), 0);
    if (total > PROPERTY_STORE_LIMIT) throw new Error('You have exceeded the property storage quota.');
  };
  const props: GasProperties = {
    getProperty: (k) => {
      log.record('Other', 'Properties.getProperty');
      return properties.get(k) ?? null;
    },
    getProperties: () => {
      log.record('Other', 'Properties.getProperties');
      return Object.fromEntries(properties);
    },
    setProperty: (k, v) => {
      log.record('Other', 'Properties.setProperty');
      check(new Map([...properties, [k, v]]));
      properties.set(k, v);
      return props;
    },
    setProperties: (values, deleteAllOthers) => {
      log.record('Other', 'Properties.setProperties');
      const next = new Map(deleteAllOthers ? [] : properties);
      for (const [k, v] of Object.entries(values)) next.set(k, v);
      check(next);
      properties.clear();
      for (const [k, v] of next) properties.set(k, v);
      return props;
    },
    deleteProperty: (k) => {
      log.record('Other', 'Properties.deleteProperty');
      properties.delete(k);
      return props;
    },
  };
  const html: GasHtmlService = {
    createTemplateFromFile: (name: string): GasHtmlTemplate => {
      log.record('Other', 'HtmlService.createTemplateFromFile');
      const source = fs.readFileSync(path.join(htmlDir, `${name}.html`), 'utf8');
      const template: GasHtmlTemplate = {
        evaluate: () => {
          const vars: Record<string, unknown> = {};
          for (const [k, v] of Object.entries(template)) if (k !== 'evaluate') vars[k] = v;
          return new FakeHtmlOutput(evaluateTemplate(source, vars));
        },
      };
      return template;
    },
  };
  const clock = new FakeClock();
  const remote = new Map<string, RemoteSpreadsheet>();
  const triggers: FakeTrigger[] = [];
  const lock = { heldElsewhere: false, held: false };
  const readsIn = new Map<number, number>();
  const failures = new Map<string, PassingError[]>();
  const latency = { spreadsheetApp: 0, sheetsBatchUpdate: 0 };
  let execution: { start: number; killed: boolean } | null = null;
  log.beforeCall = (service, method) => {
    if (service === 'SpreadsheetApp') clock.advance(latency.spreadsheetApp);
    if (service === 'Sheets' && method === 'Spreadsheets.batchUpdate') clock.advance(latency.sheetsBatchUpdate);
    if (!execution) return;
    if (!execution.killed && clock.ms - execution.start > EXECUTION_LIMIT_MS) execution.killed = true;
    if (execution.killed) throw new ExecutionKilled();
  };
  const execute = (fn: () => void): 'ended' | 'killed' => {
    execution = { start: clock.ms, killed: false };
    try {
      fn();
      return 'ended';
    } catch (e) {
      if (e instanceof ExecutionKilled) return 'killed';
      throw e;
    } finally {
      execution = null;
      lock.held = false;
    }
  };
  const sheetsApi = fakeSheetsApi(ss, app.others);
  /**
   * The Drive advanced service, v3 (https://developers.google.com/apps-script/advanced/drive).
   * files.get (https://developers.google.com/drive/api/reference/rest/v3/files/get) answers the
   * fields asked for; a file the user cannot see is 404 "File not found: <id>."
   * (https://developers.google.com/drive/api/guides/handle-errors#file-not-found). files.copy
   * (https://developers.google.com/drive/api/reference/rest/v3/files/copy) with the Google Sheets
   * mimeType converts an .xlsx ("import to Google Workspace formats",
   * https://developers.google.com/drive/api/guides/manage-uploads#import-docs); any other conversion
   * is refused here, the cautious case. files.delete (`remove` in Apps Script) deletes a file for good.
   */
  let converted = 0;
  const driveFile = (id: string): { name: string; mimeType: string } | null => {
    if (id === ss.id) return { name: ss.getName(), mimeType: SHEETS_MIME };
    const other = app.others.get(id);
    const file = drive.files.get(id);
    if (other) return { name: file?.name ?? other.id, mimeType: SHEETS_MIME };
    return file ? { name: file.name, mimeType: file.mimeType } : null;
  };
  const notFound = (method: string, id: string): Error => new Error(`API call to drive.files.${method} failed with error: File not found: ${id}.`);
  const driveApi: GasDriveApi = {
    Files: {
      get: (id, args) => {
        log.record('Drive', 'Files.get');
        const f = driveFile(id);
        if (!f) throw notFound('get', id);
        const fields = String((args as { fields?: string }).fields ?? 'id,name,mimeType').split(',');
        const all: Record<string, string> = { id, name: f.name, mimeType: f.mimeType };
        return Object.fromEntries(fields.filter((k) => k in all).map((k) => [k, all[k]]));
      },
      copy: (resource, id) => {
        log.record('Drive', 'Files.copy');
        const source = drive.files.get(id);
        if (!driveFile(id) || !source) throw notFound('copy', id);
        if (resource.mimeType !== SHEETS_MIME || source.mimeType !== XLSX_MIME || !source.converted) {
          throw new Error('API call to drive.files.copy failed with error: Bad Request');
        }
        const copyId = `converted-${++converted}`;
        const made = new FakeSpreadsheet(log, copyId, ss.timeZone);
        source.converted(made);
        app.others.set(copyId, made);
        const f = drive.add(copyId, resource.name ?? source.name, drive.root);
        f.mimeType = SHEETS_MIME;
        return { id: copyId };
      },
      remove: (id) => {
        log.record('Drive', 'Files.remove');
        if (!driveFile(id)) throw notFound('delete', id);
        app.others.delete(id);
        drive.remove(id);
      },
    },
  };
  const Sheets: GasSheetsApi = {
    Spreadsheets: {
      get: (id, args) => {
        // Quotas are per minute and "refilled every minute"; a read past them is answered 429.
        const minute = Math.floor(clock.ms / 60_000);
        const reads = (readsIn.get(minute) ?? 0) + 1;
        readsIn.set(minute, reads);
        if (options.readsPerMinute !== undefined && reads > options.readsPerMinute) {
          log.record('Sheets', 'Spreadsheets.get');
          throw apiError(429);
        }
        // The active spreadsheet, and the ones a test opened by link or id (last year's, the previous period's).
        if (id === ss.id || app.others.has(id)) return sheetsApi.Spreadsheets.get(id, args);
        clock.advance(options.readLatencyMs ?? 0);
        const other = remote.get(id);
        const passing = failures.get(id)?.shift();
        if (passing !== undefined) {
          log.record('Sheets', 'Spreadsheets.get');
          throw apiError(passing);
        }
        if (other === undefined || typeof other === 'number') {
          log.record('Sheets', 'Spreadsheets.get');
          throw apiError(other ?? 404);
        }
        return other.apiGet(id, args as Parameters<FakeSpreadsheet['apiGet']>[1]);
      },
      batchUpdate: (resource, id) => sheetsApi.Spreadsheets.batchUpdate(resource, id),
    },
  };
  return {
    log,
    clock,
    remote,
    triggers,
    lock,
    ss,
    app,
    documents,
    drive,
    properties,
    fetches,
    declined,
    failures,
    latency,
    execute,
    liveTriggers: () => triggers.filter((t) => !t.deleted).sort((a, b) => a.at - b.at),
    SpreadsheetApp: app,
    Sheets,
    Docs: new FakeDocsApi(log, documents),
    HtmlService: html,
    Session: { getEffectiveUser: () => new FakeUser(ss.currentUser) },
    PropertiesService: { getDocumentProperties: () => props },
    DocumentApp: documents,
    DriveApp: drive,
    Drive: driveApi,
    UrlFetchApp: {
      /**
       * Only Drive API v3 files.export answers (https://developers.google.com/drive/api/reference/rest/v3/files/export):
       * GET …/drive/v3/files/{fileId}/export?mimeType=…, authorised by the script's token; a Doc not yet
       * saved has nothing to export. "The exported content is limited to 10 MB": past it Drive answers
       * 403 with the reason exportSizeLimitExceeded (the body googleapis/google-api-ruby-client issue 906 shows).
       * Any other address (the legacy docs.google.com/feeds/download export among them) is 404 here.
       */
      fetch: (url, params): GasHttpResponse => {
        log.record('Other', 'UrlFetchApp.fetch');
        needs(declined, 'script.external_request', 'UrlFetchApp.fetch');
        const headers = (params.headers ?? {}) as Record<string, string>;
        fetches.push({ url, headers });
        const m = /^https:\/\/www\.googleapis\.com\/drive\/v3\/files\/([^/?]+)\/export\?mimeType=([^&]+)$/.exec(url);
        const id = m ? decodeURIComponent(m[1] ?? '') : undefined;
        const docx = m ? decodeURIComponent(m[2] ?? '') === DOCX_MIME_TYPE : false;
        const doc = documents.docs.find((d) => d.id === id);
        const authorised = headers.Authorization === `Bearer ${FAKE_TOKEN}`;
        const tooLarge = (options.exportBytes ?? 0) > EXPORT_LIMIT_BYTES;
        const found = m && docx ? (doc ? (doc.saved && authorised ? (tooLarge ? 403 : 200) : 403) : 404) : 404;
        const status = options.exportStatus ?? found;
        if (status !== 200 && !params.muteHttpExceptions) throw new Error(`HTTP ${status}`);
        const body =
          status === 403 && tooLarge
            ? JSON.stringify({ error: { errors: [{ domain: 'global', reason: 'exportSizeLimitExceeded', message: 'This file is too large to be exported.' }], code: 403, message: 'This file is too large to be exported.' } })
            : status === 200
              ? ''
              : JSON.stringify({ error: { code: status, message: 'Error' } });
        return {
          getResponseCode: () => status,
          getBlob: () => new FakeBlob('Export', `docx:${doc?.id ?? ''}:${doc?.body.plainText() ?? ''}`),
          getContentText: () => body,
        };
      },
    },
    ScriptApp: {
      AuthMode: { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as unknown as typeof GoogleAppsScript.Script.AuthMode,
      /**
       * ScriptApp.requireAllScopes(AuthMode.FULL): "If any consents are missing, then this method ends
       * the current execution and renders an authorization prompt to request the missing scopes"
       * (https://developers.google.com/apps-script/reference/script/script-app#requireAllScopes(AuthMode)).
       * The fake ends it by throwing; the prompt is Google's and not modelled.
       */
      requireAllScopes: (mode) => {
        log.record('Other', 'ScriptApp.requireAllScopes');
        if (String(mode) !== 'FULL') throw new Error('Chế độ cấp quyền chưa hỗ trợ');
        if (declined.size > 0) throw new Error(`Authorization is required to perform that action. Missing: ${[...declined].join(', ')}`);
      },
      getOAuthToken: () => FAKE_TOKEN,
      // ScriptApp.newTrigger(fn).timeBased().after(ms).create(): a one-off clock trigger
      // (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer));
      // "20 triggers / user / script" (https://developers.google.com/apps-script/guides/services/quotas).
      newTrigger: (fn) => ({
        timeBased: () => {
          let afterMs = 0;
          const builder = {
            after: (ms: number) => {
              afterMs = ms;
              return builder;
            },
            create: () => {
              log.record('Other', 'ScriptApp.newTrigger');
              needs(declined, 'script.scriptapp', 'ScriptApp.newTrigger');
              if (triggers.filter((t) => !t.deleted).length >= 20) throw new Error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
              const t: FakeTrigger = { fn, afterMs, at: clock.ms + afterMs, deleted: false };
              triggers.push(t);
              return { getHandlerFunction: () => t.fn, trigger: t } as GasTrigger;
            },
          };
          return builder;
        },
      }),
      getProjectTriggers: () => {
        log.record('Other', 'ScriptApp.getProjectTriggers');
        return triggers.filter((t) => !t.deleted).map((t) => ({ getHandlerFunction: () => t.fn, trigger: t }) as GasTrigger);
      },
      deleteTrigger: (trigger) => {
        log.record('Other', 'ScriptApp.deleteTrigger');
        (trigger as unknown as { trigger: FakeTrigger }).trigger.deleted = true;
      },
    },
    Utilities: {
      formatDate: formatDateIn,
      // Utilities.sleep(milliseconds) (https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)): here it moves the fake clock.
      sleep: (ms) => {
        log.record('Other', 'Utilities.sleep');
        clock.advance(ms);
      },
    },
    // LockService.getDocumentLock(): one lock per document for all users of the script; tryLock
    // waits up to its timeout and returns false when another execution holds it
    // (https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)).
    LockService: {
      getDocumentLock: (): GasLock => ({
        tryLock: () => {
          log.record('Other', 'Lock.tryLock');
          if (lock.heldElsewhere || lock.held) return false;
          lock.held = true;
          return true;
        },
        releaseLock: () => {
          log.record('Other', 'Lock.releaseLock');
          lock.held = false;
        },
      }),
    },
  };
}
