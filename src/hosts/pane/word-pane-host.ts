// The pane's host inside Word: the user picks a filled workbook or data file, the report goes into the open document.
/// <reference types="office-js" />
import { UI_TEXT } from '../../core/i18n/messages';
import { buildDocx } from './build-docx';
import { fileHost } from './file-host';
import type { KnownSets } from './pane-sets';
import type { PaneHost } from './pane-controller';
import { InputFileError } from './read-input-file';
import type { InsertPlace } from '../word/insert-report';
import { insertReport, wordSupports } from '../word/insert-report';

/** The pane's message: the user learns when the report went to the end rather than where the cursor was. */
export const insertedMessage = (where: InsertPlace): string => (where === 'end' ? UI_TEXT.reportInsertedAtEnd : UI_TEXT.reportInserted);

/** Word: the report of the picked file, built by the set the file carries or names, goes into the open document. */
export function wordHost(known?: KnownSets): PaneHost {
  return fileHost(
    'word',
    async (data, draft, set) => {
      if (!Office.context.requirements.isSetSupported('WordApi', '1.1')) throw new InputFileError(UI_TEXT.wordApiMissing);
      const bytes = await buildDocx(data, draft, set);
      // A draft's mark lives in the file's page headers, which Word leaves behind when the report goes into a document's text.
      const inText = draft ? await buildDocx(data, draft, set, { draftMarkInText: true }) : bytes;
      return insertedMessage(await Word.run((context) => insertReport(context, bytes, wordSupports, inText)));
    },
    known,
  );
}
