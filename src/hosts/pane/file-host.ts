// The pane's host when the data comes from a file the user picks: the standalone page, and Word.
import type { ReportData } from '../../core/data/types';
import type { NamedCheck } from '../../core/read/check-named-values';
import { withExtraFindings, type PaneHost, type PaneMode } from './pane-controller';
import { InputFileError, readInputFile, type PickedFile } from './read-input-file';
import { UI_TEXT } from '../../core/i18n/messages';

/** Checks the last opened file again on "Kiểm tra"; `deliver` is the mode's own (download, insertion). */
export function fileHost(mode: PaneMode, deliver: (data: ReportData, draft: boolean) => Promise<string>): PaneHost {
  let last: PickedFile | null = null;
  return {
    mode,
    deliver,
    async open(file: PickedFile): Promise<NamedCheck> {
      const check = await readInputFile(file);
      last = file;
      return check;
    },
    async check(extra): Promise<NamedCheck> {
      if (!last) throw new InputFileError(UI_TEXT.noFileChosen);
      return withExtraFindings(await readInputFile(last), extra);
    },
  };
}
