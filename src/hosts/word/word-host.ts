// The pane's host inside Word: the user picks a filled workbook or data file, the report goes into the open document.
/// <reference types="office-js" />
import { UI_TEXT } from '../../core/i18n/messages';
import { buildDocx } from '../shared/build-docx';
import { fileHost } from '../shared/file-host';
import type { PaneHost } from '../shared/pane-controller';
import { InputFileError } from '../shared/read-input-file';
import { insertReport } from './insert-report';

export function wordHost(): PaneHost {
  return fileHost('word', async (data, draft) => {
    if (!Office.context.requirements.isSetSupported('WordApi', '1.1')) throw new InputFileError(UI_TEXT.wordApiMissing);
    const bytes = await buildDocx(data, draft);
    await Word.run((context) => insertReport(context, bytes));
    return UI_TEXT.reportInserted;
  });
}
