// Shared look of every sheet: fills, fonts, A4 print setup with Nghị định 30/2020 margins.
import type { PrintSetup } from './types';

/** Pale yellow: the cells a person types into. */
export const INPUT_FILL = '#FFF2CC';
/** Pale blue: table header rows. */
export const HEADER_FILL = '#DDEBF7';
/** Pale grey: cells the workbook computes. */
export const COMPUTED_FILL = '#F2F2F2';

export const TITLE_FONT_SIZE = 13;

const MM_PER_INCH = 25.4;
const mm = (x: number): number => Math.round((x / MM_PER_INCH) * 100) / 100;

/** A4 portrait, fitted to the page width; margins top/bottom 20 mm, left 30 mm, right 15 mm. */
export function a4Portrait(printTitleRows?: string): PrintSetup {
  return {
    paperSize: 'A4',
    orientation: 'portrait',
    fitToWidth: true,
    ...(printTitleRows ? { printTitleRows } : {}),
    margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
  };
}
