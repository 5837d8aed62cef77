// The whole fake Apps Script environment: spreadsheet, Sheets API, UI, HTML, properties, documents, Drive and HTTP, sharing one call log.
import * as fs from 'fs';
import * as path from 'path';
import type {
  GasBlob,
  GasDriveApp,
  GasDriveFile,
  GasEnv,
  GasFolder,
  GasHtmlService,
  GasHtmlTemplate,
  GasHttpResponse,
  GasProperties,
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
  /** Directory the sidebar's HTML file is read from. */
  readonly htmlDir?: string;
  /** Whether the user may add files to the spreadsheet's folder; true by default. */
  readonly folderWritable?: boolean;
  /** The spreadsheet's time zone (File › Settings); the script's own is the process's. */
  readonly timeZone?: string;
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

export interface FakeEnv extends GasEnv {
  readonly log: CallLog;
  readonly ss: FakeSpreadsheet;
  readonly app: FakeSpreadsheetApp;
  readonly documents: FakeDocumentApp;
  readonly drive: FakeDrive;
  readonly properties: Map<string, string>;
  readonly fetches: { url: string; headers: Record<string, string> }[];
}

/** Apps Script's printing scriptlet `<?!= name ?>` is the only one the sidebar uses; any other is refused. */
function evaluateTemplate(source: string, vars: Record<string, unknown>): string {
  if (/<\?(?!!=)/.test(source)) throw new Error('Mẫu HTML dùng scriptlet mà bản giả chưa hỗ trợ');
  return source.replace(/<\?!=\s*(\w+)\s*\?>/g, (_m, name: string) => {
    if (!(name in vars)) throw new Error(`Mẫu HTML thiếu biến ${name}`);
    return String(vars[name]);
  });
}

export function fakeEnv(options: FakeEnvOptions = {}): FakeEnv {
  const log = new CallLog();
  const ss = new FakeSpreadsheet(log, 'ss-1', options.timeZone);
  const app = new FakeSpreadsheetApp(ss, log);
  const drive = new FakeDrive(log);
  const documents = new FakeDocumentApp(log, (doc) => drive.add(doc.id, doc.name, drive.root));
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
  return {
    log,
    ss,
    app,
    documents,
    drive,
    properties,
    fetches,
    SpreadsheetApp: app,
    Sheets: fakeSheetsApi(ss, () => app.others.values()),
    Docs: new FakeDocsApi(log, documents),
    HtmlService: html,
    Session: { getEffectiveUser: () => new FakeUser(ss.currentUser) },
    PropertiesService: { getDocumentProperties: () => props },
    DocumentApp: documents,
    DriveApp: drive,
    UrlFetchApp: {
      fetch: (url, params): GasHttpResponse => {
        log.record('Other', 'UrlFetchApp.fetch');
        const headers = (params.headers ?? {}) as Record<string, string>;
        fetches.push({ url, headers });
        const id = /[?&]id=([^&]+)/.exec(url)?.[1];
        const doc = documents.docs.find((d) => d.id === id);
        const authorised = headers.Authorization === `Bearer ${FAKE_TOKEN}`;
        const status = options.exportStatus ?? (doc && doc.saved && authorised && /exportFormat=docx/.test(url) ? 200 : 403);
        if (status !== 200 && !params.muteHttpExceptions) throw new Error(`HTTP ${status}`);
        return {
          getResponseCode: () => status,
          getBlob: () => new FakeBlob('Export', `docx:${doc?.id ?? ''}:${doc?.body.plainText() ?? ''}`),
        };
      },
    },
    ScriptApp: { getOAuthToken: () => FAKE_TOKEN },
    Utilities: { formatDate: formatDateIn },
  };
}
