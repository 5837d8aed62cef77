// A laid-out .xlsx with one form sheet copied as Excel copies it (right-click › Move or Copy › Create a copy): a sheet of its own (worksheet part,
// relationship, content type, <sheet> entry) and, for every workbook-level name into the original, a sheet-scoped name of the same text
// (<definedName localSheetId="…">, ECMA-376 Part 1 §18.2.5) pointing at the copy's cell. The copy's numbers are changed, so a reader taking them shows.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface SheetCopy {
  /** The sheet copied ("Biểu mẫu 1"). */
  readonly sheet: string;
  /** The copy's name ("Biểu mẫu 1 (2)", as Excel names it). */
  readonly copy: string;
  /** Where the copy's sheet-scoped names are written in <definedNames>: before or after the workbook-level ones. */
  readonly scoped: 'before' | 'after';
  /** Added to every number the copy's cells hold (cached formula results too). */
  readonly shift: number;
  /** Workbook-level names into the sheet deleted (Name Manager › Delete), their sheet-scoped namesakes kept. */
  readonly deleteWorkbookLevel?: readonly string[];
  /**
   * Then the original deleted and the copy renamed to its name, as Excel leaves it: the original's sheet, part and relationship gone; every
   * workbook-level name into it at "#REF!$D$7" (Excel turns a reference to a deleted sheet into #REF!,
   * https://support.microsoft.com/en-us/office/how-to-correct-a-ref-error-822c8e46-e610-4d01-b2d5-6e0ee89c6aa9); the copy, now at the
   * original's place, keeping its sheet-scoped names, which follow its rename ("'Biểu mẫu 1'!$D$7",
   * https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
   */
  readonly originalDeleted?: boolean;
}

const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function sheetCopied(bytes: Uint8Array, { sheet, copy, scoped, shift, deleteWorkbookLevel = [], originalDeleted = false }: SheetCopy): Uint8Array {
  const parts = unzipSync(bytes);
  const text = (path: string): string => {
    const p = parts[path];
    if (!p) throw new Error(`no ${path}`);
    return strFromU8(p);
  };
  let workbook = text('xl/workbook.xml');
  let rels = text('xl/_rels/workbook.xml.rels');
  let types = text('[Content_Types].xml');

  const entry = new RegExp(`<sheet [^>]*name="${escaped(sheet)}"[^>]*/>`).exec(workbook);
  const rid = entry ? /r:id="([^"]+)"/.exec(entry[0])?.[1] : undefined;
  const target = rid ? new RegExp(`Id="${escaped(rid)}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] : undefined;
  if (!target) throw new Error(`no part for ${sheet}`);
  // Named as Excel names a worksheet part (ExcelJS finds a sheet's part only by that pattern, "sheetN.xml").
  let n = 1;
  while (parts[`xl/worksheets/sheet${n}.xml`]) n++;
  const copyPath = `xl/worksheets/sheet${n}.xml`;
  // Every number of the copy changed: "<v>40</v>" in a cell with no t attribute (a number, or a formula's cached number).
  parts[copyPath] = strToU8(
    text(`xl/${target}`).replace(/(<c r="[A-Z]+\d+"(?: s="\d+")?>(?:<f>[^<]*<\/f>)?<v>)(-?[\d.]+)(<\/v>)/g, (_, a: string, n: string, b: string) => `${a}${Number(n) + shift}${b}`),
  );
  rels = rels.replace('</Relationships>', `<Relationship Id="rIdCopy" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/></Relationships>`);
  types = types.replace('</Types>', `<Override PartName="/${copyPath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);

  const sheetCount = (workbook.match(/<sheet /g) ?? []).length;
  // Deleted then renamed: the copy, named as the original, stands where the original stood (its localSheetId, the 0-based place among the sheets).
  const copyName = originalDeleted ? sheet : copy;
  const place = originalDeleted ? (workbook.slice(0, workbook.indexOf(entry?.[0] ?? '')).match(/<sheet /g) ?? []).length : sheetCount;
  const copyEntry = `<sheet sheetId="99" name="${copyName}" state="visible" r:id="rIdCopy"/>`;
  workbook = originalDeleted ? workbook.replace(entry?.[0] ?? '', copyEntry) : workbook.replace('</sheets>', `${copyEntry}</sheets>`);
  const into = new RegExp(`<definedName name="([^"]+)">&apos;${escaped(sheet)}&apos;!([^<]+)</definedName>`, 'g');
  const scopedNames = [...workbook.matchAll(into)]
    .map((m) => `<definedName name="${m[1] ?? ''}" localSheetId="${place}">&apos;${copyName}&apos;!${m[2] ?? ''}</definedName>`)
    .join('');
  if (scopedNames === '') throw new Error(`no name into ${sheet}`);
  if (originalDeleted) {
    workbook = workbook.replace(into, '<definedName name="$1">#REF!$2</definedName>');
    rels = rels.replace(new RegExp(`<Relationship Id="${escaped(rid ?? '')}"[^>]*/>`), '');
    types = types.replace(new RegExp(`<Override PartName="/xl/${escaped(target)}"[^>]*/>`), '');
    delete parts[`xl/${target}`];
  }
  for (const name of deleteWorkbookLevel) {
    const before = workbook;
    workbook = workbook.replace(new RegExp(`<definedName name="${escaped(name)}">[^<]*</definedName>`), '');
    if (workbook === before) throw new Error(`no workbook-level ${name}`);
  }
  workbook = scoped === 'before' ? workbook.replace('<definedNames>', `<definedNames>${scopedNames}`) : workbook.replace('</definedNames>', `${scopedNames}</definedNames>`);
  return zipSync({ ...parts, 'xl/workbook.xml': strToU8(workbook), 'xl/_rels/workbook.xml.rels': strToU8(rels), '[Content_Types].xml': strToU8(types) });
}
