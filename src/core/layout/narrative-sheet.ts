// The plan of `Thuyết minh`: one labelled, tall, wrapped text cell per narrative section.
import { NARRATIVE_KEYS } from '../data/types';
import type { Narrative, NarrativeKey } from '../data/types';
import { LAYOUT_TEXT } from '../i18n/layout';
import { SECTION_TEXT } from '../i18n/sections';
import { cellAddress } from './a1';
import { SHEET_NARRATIVE, narrativeCellName } from './names';
import { SheetGrid } from './sheet-grid';
import { HEADER_FILL, INPUT_FILL, TITLE_FONT_SIZE, a4Portrait } from './sheet-style';
import type { SheetPlan } from './types';

const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;
const TEXT_COL = 2;
const COLUMN_WIDTHS = [34, 100] as const;
/** Room for several paragraphs without the user resizing the row. */
const TEXT_ROW_HEIGHT = 120;

/** A1 address (on `Thuyết minh`) of a section's text cell in the template. */
export function narrativeCellAddress(key: NarrativeKey): string {
  return cellAddress(FIRST_ROW + NARRATIVE_KEYS.indexOf(key), TEXT_COL);
}

/** "II.2.a. Kiểm soát thủ tục hành chính". */
const sectionLabel = (key: NarrativeKey): string => `${key}. ${SECTION_TEXT.titles[key]}`;

export function buildNarrativeSheet(narrative: Narrative | undefined): SheetPlan {
  const last = FIRST_ROW + NARRATIVE_KEYS.length - 1;
  const g = new SheetGrid(SHEET_NARRATIVE, last, COLUMN_WIDTHS.length);
  g.value(1, 1, LAYOUT_TEXT.narrativeSheetTitle).merge('A1:B1').style('A1:B1', { bold: true, fontSize: TITLE_FONT_SIZE, hAlign: 'center' });
  g.value(2, 1, LAYOUT_TEXT.narrativeSheetHint).merge('A2:B2').style('A2:B2', { italic: true, wrap: true }).height(2, 33);
  LAYOUT_TEXT.narrativeTableHeaders.forEach((h, i) => g.value(HEADER_ROW, i + 1, h, '@'));
  g.style(`A${HEADER_ROW}:B${HEADER_ROW}`, { bold: true, hAlign: 'center', fill: HEADER_FILL });
  g.style(`A${HEADER_ROW}:B${last}`, { border: true });
  g.style(`A${FIRST_ROW}:A${last}`, { bold: true, wrap: true, vAlign: 'top' });
  g.style(`B${FIRST_ROW}:B${last}`, { wrap: true, vAlign: 'top', hAlign: 'justify', fill: INPUT_FILL });
  g.input(`B${FIRST_ROW}:B${last}`);
  NARRATIVE_KEYS.forEach((key, i) => {
    const r = FIRST_ROW + i;
    g.value(r, 1, sectionLabel(key), '@').value(r, TEXT_COL, narrative?.[key] ?? null, '@');
    g.nameCell(narrativeCellName(key), r, TEXT_COL).height(r, TEXT_ROW_HEIGHT);
  });
  return g.build({ columnWidths: COLUMN_WIDTHS, protect: true, print: a4Portrait(`${HEADER_ROW}:${HEADER_ROW}`), freezeRows: HEADER_ROW });
}
