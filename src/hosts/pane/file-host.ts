// The pane's host when the data comes from a file the user picks: the standalone page, and Word.
import type { ReportData } from '../../core/data/types';
import type { FormSetDef } from '../../core/forms/form-set';
import { setLabel } from '../../core/forms/choose-form-set';
import { FORMSET_TEXT } from '../../core/i18n/form-sets';
import { withExtraFindings, type PaneHost, type PaneMode } from './pane-controller';
import { InputFileError, readInputFile, type PickedFile, type SetCheck } from './read-input-file';
import { UI_TEXT } from '../../core/i18n/messages';
import { KnownSets } from './pane-sets';

/**
 * Checks the last opened file again on "Kiểm tra", by the set it carries or names (`known`: the sets the pane
 * knows besides the built-in one); `deliver` is the mode's own (download, insertion), given the set.
 */
export function fileHost(mode: PaneMode, deliver: (data: ReportData, draft: boolean, set: FormSetDef) => Promise<string>, known: KnownSets = new KnownSets()): PaneHost {
  let last: PickedFile | null = null;
  return {
    mode,
    deliver: (data, draft, _trigger, set) => deliver(data, draft, set),
    async open(file: PickedFile): Promise<SetCheck> {
      const check = await readInputFile(file, known.list());
      last = file;
      return check;
    },
    async check(extra): Promise<SetCheck> {
      if (!last) throw new InputFileError(UI_TEXT.noFileChosen);
      return withExtraFindings(await readInputFile(last, known.list()), extra);
    },
    readEarlier: (file) => readInputFile(file, known.list()),
    async useSet(set: FormSetDef): Promise<string> {
      known.add(set);
      return FORMSET_TEXT.pane.known(setLabel(set));
    },
  };
}
