// A Word.RequestContext double for inserting the report: what a document holds, which requirement sets the host has, what got inserted where.
/// <reference types="office-js" />
import type { WordSupports } from '../../../src/hosts/word/insert-report';

/** What one body (the main text, a header, a footer) holds. */
export interface FakeBody {
  readonly text?: string;
  readonly tables?: number;
  readonly pictures?: number;
  readonly controls?: number;
  /** Shapes anchored in the body that Body.shapes lists: floating pictures, text boxes, geometric shapes. */
  readonly shapes?: number;
  /** Charts and SmartArt diagrams: drawings Body.shapes does not list (see `body` below), found only in the body's OOXML. */
  readonly charts?: number;
  readonly smartArt?: number;
}

/**
 * The largest document insertFileFromBase64 takes: "The maximum size of the document being inserted
 * is 4 MB" (Body, Range, ContentControl and Document.insertFileFromBase64:
 * https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-insertfilefrombase64-member(1)).
 * Read as 4 × 1024 × 1024 bytes of .docx, the "4 MB" of Office.js's file slices (4194304 bytes).
 * The page gives the limit, not what Word answers past it: this double fails the sync.
 */
export const INSERT_FILE_LIMIT = 4 * 1024 * 1024;

/**
 * A body's OOXML as Body.getOoxml returns it (WordApi 1.1, a flat OPC package:
 * https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-getooxml-member(1),
 * https://learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml):
 * the document part with the body's content, then the styles part, whose root declares
 * mc:Ignorable as Word's parts do. A chart is an inline w:drawing whose graphicData holds c:chart, SmartArt
 * one holding dgm:relIds; a floating shape is mc:AlternateContent (ECMA-376 Part 1, 21.2 and 21.4; Part 3).
 */
export function bodyOoxml(b: FakeBody): string {
  const para = (inner: string): string => `<w:p><w:r>${inner}</w:r></w:p>`;
  const times = (n: number | undefined, part: string): string => part.repeat(n ?? 0);
  const inline = (graphic: string): string =>
    `<w:drawing><wp:inline><wp:extent cx="5486400" cy="3200400"/><a:graphic><a:graphicData uri="${graphic}</a:graphicData></a:graphic></wp:inline></w:drawing>`;
  const content = [
    ...(b.text ?? '').split('\r').map((line) => (line === '' ? '<w:p/>' : para(`<w:t xml:space="preserve">${line}</w:t>`))),
    times(b.tables, '<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>'),
    times(b.pictures, para(inline('http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic/>'))),
    times(b.controls, '<w:sdt><w:sdtContent><w:p/></w:sdtContent></w:sdt>'),
    times(b.shapes, para('<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor/></w:drawing></mc:Choice><mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent>')),
    times(b.charts, para(inline('http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId9"/>'))),
    times(b.smartArt, para(inline('http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds r:dm="rId10" r:lo="rId11" r:qs="rId12" r:cs="rId13"/>'))),
  ].join('');
  const ignorable = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14 w15"';
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    `<pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document ${ignorable}><w:body>${content}<w:sectPr/></w:body></w:document></pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/styles.xml"><pkg:xmlData><w:styles ${ignorable}/></pkg:xmlData></pkg:part>` +
    '</pkg:package>'
  );
}

type HeaderFooter = 'Primary' | 'FirstPage' | 'EvenPages';

export interface FakeDocument {
  readonly body?: FakeBody;
  readonly headers?: Partial<Record<HeaderFooter, FakeBody>>;
  readonly footers?: Partial<Record<HeaderFooter, FakeBody>>;
  readonly sections?: number;
  /** Where the end of the selection lies (Word.BodyType), and whether in a table. */
  readonly selection?: { readonly body: Word.BodyType | `${Word.BodyType}`; readonly inTable?: boolean };
}

/** A host's requirement sets: WordApi 1.1 … 1.n, and WordApiDesktop 1.1 … 1.m where it is Word on Windows or Mac (the desktop sets are not on iPad or the web). */
export interface FakeHost {
  readonly wordApi: number;
  readonly desktop?: number;
}

export interface Insertion {
  readonly target: 'document' | 'body' | 'range';
  readonly base64: string;
  readonly location: string;
  readonly options?: Word.InsertFileOptions;
  /** The sync that carried it. */
  readonly sync: number;
}

const minor = (version: string): number => Number(version.split('.')[1]);

// Requirement sets are cumulative (WordApi 1.5 holds 1.1 … 1.4) and WordApiDesktop 1.2 is a superset of WordApi 1.9:
// https://learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets
// https://learn.microsoft.com/javascript/api/requirement-sets/word/word-api-desktop-1.2-requirement-set
export function supportsOf(host: FakeHost): WordSupports {
  if (host.desktop !== undefined && host.desktop >= 2 && host.wordApi < 9) throw new Error('no such Word: WordApiDesktop 1.2 includes WordApi 1.9');
  return (set, version) => (set === 'WordApi' ? minor(version) <= host.wordApi : host.desktop !== undefined && minor(version) <= host.desktop);
}

export function fakeWord(content: FakeDocument, host: FakeHost) {
  const supports = supportsOf(host);
  let syncs = 0;
  const insertions: Insertion[] = [];
  /** Members of a requirement set the host lacks: calling them fails, which is why add-ins check the set at run time
   * (https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements#check-for-api-availability-at-runtime).
   * Office.js, the newest script from the CDN, has every member, so the failure comes from the host at the sync; the double
   * fails the sync naming them (Word's exact error code for this is not documented). */
  const missing: string[] = [];
  const need = (set: 'WordApi' | 'WordApiDesktop', version: string, api: string): void => {
    if (!supports(set, version)) missing.push(`${api} (${set} ${version})`);
  };
  /** Documents over INSERT_FILE_LIMIT: Word refuses them at the sync, and nothing is inserted. */
  const tooLarge: number[] = [];
  let ooxmlReads = 0;
  const insert = (i: Insertion): void => {
    const size = Buffer.from(i.base64, 'base64').length;
    if (size > INSERT_FILE_LIMIT) tooLarge.push(size);
    else insertions.push(i);
  };

  /** A property can be read only once loaded and synced, else PropertyNotLoaded:
   * https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load */
  const loaded = <T>(what: string, value: () => T) => {
    let loadedAt: number | undefined;
    return {
      load: () => {
        loadedAt = syncs;
      },
      read: (): T => {
        if (loadedAt === undefined || syncs <= loadedAt) throw new Error(`PropertyNotLoaded: ${what}`);
        return value();
      },
    };
  };

  /** *OrNullObject: isNullObject may be read after a sync, no load needed (the Word example on
   * https://learn.microsoft.com/javascript/api/office/officeextension.clientobject#office-officeextension-clientobject-isnullobject-member). */
  const orNull = (what: string, isNull: boolean) => {
    const madeAt = syncs;
    return {
      get isNullObject(): boolean {
        if (syncs <= madeAt) throw new Error(`isNullObject of ${what} read before context.sync()`);
        return isNull;
      },
    };
  };

  // Body members and their sets: https://learn.microsoft.com/javascript/api/word/word.body
  // (text, inlinePictures, contentControls, getOoxml, insertFileFromBase64: WordApi 1.1; tables: 1.3; shapes: WordApiDesktop 1.2;
  // getFirstOrNullObject of each collection: WordApi 1.3, of shapes: WordApiDesktop 1.2).
  // Body.shapes: "Currently, only the following shapes are supported: text boxes, geometric shapes, groups, pictures,
  // and canvases" — a chart or SmartArt is not among them, so it is not counted there.
  const body = (name: string, b: FakeBody = {}) => {
    const text = loaded(`${name}.text`, () => b.text ?? '');
    const collection = (member: string, count: number, set: 'WordApi' | 'WordApiDesktop', version: string) => {
      need(set, version, `${name}.${member}`);
      return {
        getFirstOrNullObject: () => {
          need(set, set === 'WordApi' ? '1.3' : version, `${name}.${member}.getFirstOrNullObject`);
          return orNull(`${name}.${member}`, count === 0);
        },
      };
    };
    const proxy = {
      load: (what: string) => {
        if (what !== 'text') throw new Error(`${name}: only text is read here, not ${what}`);
        text.load();
        return proxy;
      },
      get text(): string {
        return text.read();
      },
      get tables() {
        return collection('tables', b.tables ?? 0, 'WordApi', '1.3');
      },
      get inlinePictures() {
        return collection('inlinePictures', b.pictures ?? 0, 'WordApi', '1.1');
      },
      get contentControls() {
        return collection('contentControls', b.controls ?? 0, 'WordApi', '1.1');
      },
      get shapes() {
        return collection('shapes', b.shapes ?? 0, 'WordApiDesktop', '1.2');
      },
      // A ClientResult: its value is there after the sync (https://learn.microsoft.com/javascript/api/office/officeextension.clientresult).
      getOoxml: () => {
        need('WordApi', '1.1', `${name}.getOoxml`);
        ooxmlReads++;
        const result = loaded(`${name}.getOoxml().value`, () => bodyOoxml(b));
        result.load();
        return {
          get value(): string {
            return result.read();
          },
        };
      },
      // Body.insertFileFromBase64: "The value must be 'Replace', 'Start', or 'End'."
      insertFileFromBase64: (base64: string, location: string) => {
        need('WordApi', '1.1', `${name}.insertFileFromBase64`);
        if (!['Replace', 'Start', 'End'].includes(location)) throw new Error(`InvalidArgument: ${location}`);
        insert({ target: 'body', base64, location, sync: syncs + 1 });
      },
    };
    return proxy;
  };

  // Section: getHeader/getFooter('Primary' | 'FirstPage' | 'EvenPages') WordApi 1.1, getNextOrNullObject WordApi 1.3;
  // SectionCollection.getFirst WordApi 1.3: https://learn.microsoft.com/javascript/api/word/word.section
  const sectionCount = content.sections ?? 1;
  const section = {
    getHeader: (type: HeaderFooter) => body(`header ${type}`, content.headers?.[type]),
    getFooter: (type: HeaderFooter) => body(`footer ${type}`, content.footers?.[type]),
    getNextOrNullObject: () => {
      need('WordApi', '1.3', 'Section.getNextOrNullObject');
      return orNull('next section', sectionCount < 2);
    },
  };

  // Range: getRange('End') WordApi 1.3, parentBody (its type) WordApi 1.3, parentTableOrNullObject WordApi 1.3,
  // insertFileFromBase64 WordApi 1.1 ('Replace', 'Start', 'End', 'Before' or 'After'): https://learn.microsoft.com/javascript/api/word/word.range
  const where = content.selection ?? { body: 'MainDoc' };
  const range = (name: string) => {
    const type = loaded(`${name}.parentBody.type`, () => where.body);
    return {
      getRange: (location: string) => {
        need('WordApi', '1.3', `${name}.getRange`);
        return range(`${name}.getRange(${location})`);
      },
      get parentBody() {
        need('WordApi', '1.3', `${name}.parentBody`);
        const parent = {
          load: (what: string) => {
            if (what !== 'type') throw new Error(`only type is read here, not ${what}`);
            type.load();
            return parent;
          },
          get type() {
            return type.read();
          },
        };
        return parent;
      },
      get parentTableOrNullObject() {
        need('WordApi', '1.3', `${name}.parentTableOrNullObject`);
        return orNull(`${name}.parentTable`, !where.inTable);
      },
      insertFileFromBase64: (base64: string, location: string) => {
        if (!['Replace', 'Start', 'End', 'Before', 'After'].includes(location)) throw new Error(`InvalidArgument: ${location}`);
        insert({ target: 'range', base64, location, sync: syncs + 1 });
      },
    };
  };

  // Document.insertFileFromBase64(base64, 'Replace' | 'Start' | 'End', options?) is WordApi 1.5, and each option has its set:
  // importCustomProperties and importCustomXmlParts 1.6, importDifferentOddEvenPages 1.7, the others 1.5:
  // https://learn.microsoft.com/javascript/api/word/word.document#word-word-document-insertfilefrombase64-member(1)
  // https://learn.microsoft.com/javascript/api/word/word.insertfileoptions
  const OPTION_SETS: Record<keyof Word.InsertFileOptions, string> = {
    importTheme: '1.5',
    importStyles: '1.5',
    importParagraphSpacing: '1.5',
    importPageColor: '1.5',
    importChangeTrackingMode: '1.5',
    importCustomProperties: '1.6',
    importCustomXmlParts: '1.6',
    importDifferentOddEvenPages: '1.7',
  };
  const document = {
    body: body('body', content.body),
    get sections() {
      return {
        getFirst: () => {
          need('WordApi', '1.3', 'SectionCollection.getFirst');
          return section;
        },
      };
    },
    getSelection: () => range('selection'),
    insertFileFromBase64: (base64: string, location: string, options?: Word.InsertFileOptions) => {
      need('WordApi', '1.5', 'Document.insertFileFromBase64');
      for (const key of Object.keys(options ?? {}) as (keyof Word.InsertFileOptions)[]) need('WordApi', OPTION_SETS[key], `InsertFileOptions.${key}`);
      if (!['Replace', 'Start', 'End'].includes(location)) throw new Error(`InvalidArgument: ${location}`);
      insert({ target: 'document', base64, location, ...(options ? { options } : {}), sync: syncs + 1 });
    },
  };

  const context = {
    document,
    sync: async () => {
      syncs++;
      if (missing.length > 0) throw new Error(`Not supported by this Word: ${missing.join(', ')}`);
      if (tooLarge.length > 0) throw new Error(`The document being inserted is over 4 MB: ${tooLarge.join(', ')} bytes`);
    },
  } as unknown as Word.RequestContext;

  return { context, supports, insertions, syncs: () => syncs, ooxmlReads: () => ooxmlReads };
}
