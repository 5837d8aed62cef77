// The build step that ships a province's form sets with its add-in (`ADDIN_FORMS=dir npm run build`): every set file of the folder read and checked as `cchc forms check` does; any problem stops the build, named at its file and place.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { setLabel } from '../../core/forms/choose-form-set';
import type { FormSetDef } from '../../core/forms/form-set';
import { placeText } from '../../core/forms/set-problem';
import { FORMSET_TEXT } from '../../core/i18n/form-sets';
import { memoryIo } from './cli-io';
import { loadFormSetFile } from './load-form-set-file';
// Imported here, not on demand: the build runs this file through tsx's require hook, which cannot resolve an import().
import { readAuthoringWorkbook } from './xlsx/read-authoring-workbook';

const T = FORMSET_TEXT.pane;

/** The build cannot ship the folder's sets; the message lists every file's problems. */
export class ShipFormSetsError extends Error {
  override readonly name = 'ShipFormSetsError';
}

/** A set to ship, with the file it came from and the name of its JSON in the bundle (`forms/<id>-<version>.json`). */
export interface ShippedSet {
  readonly file: string;
  readonly out: string;
  readonly set: FormSetDef;
}

/**
 * Every `.json` and `.xlsx` file of `dir` (authoring workbooks turned into JSON), checked, in file-name order. Throws
 * ShipFormSetsError naming each file with a problem (each problem at its sheet and cell), an unreadable file, a set
 * shipped twice, or a folder with none.
 */
export async function shipFormSets(dir: string): Promise<ShippedSet[]> {
  const folder = resolve(dir);
  const files = readdirSync(folder)
    .filter((f) => /\.(json|xlsx)$/i.test(f) && !f.startsWith('~$'))
    .sort();
  const lines: string[] = [];
  const out: ShippedSet[] = [];
  for (const file of files) {
    try {
      const loaded = await loadFormSetFile(file, memoryIo(folder), {}, readAuthoringWorkbook);
      if ('problems' in loaded) {
        lines.push(T.shipProblems(file, loaded.problems.length), ...loaded.problems.map((p) => `  ${T.problemLine(placeText(p.place), p.message)}`));
        continue;
      }
      out.push({ file, out: `forms/${loaded.set.id}-${loaded.set.version}.json`, set: loaded.set });
    } catch (e) {
      // The loader's refusals (unreadable, not a set) name the file already.
      lines.push(e instanceof Error ? e.message : String(e));
    }
  }
  const byLabel = new Map<string, string[]>();
  for (const s of out) byLabel.set(setLabel(s.set), [...(byLabel.get(setLabel(s.set)) ?? []), s.file]);
  for (const [label, twice] of byLabel) if (twice.length > 1) lines.push(T.shipTwice(label, twice));
  if (files.length === 0) lines.push(T.shipNone(dir));
  if (lines.length > 0) throw new ShipFormSetsError(T.shipFailed(dir, lines));
  return out;
}
