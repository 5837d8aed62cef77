// Phụ lục 01: the seven forms as tables, every value in Vietnamese notation, computed rows from their computation, Ghi chú as typed.
import { placedLabel, placeWords, unitName } from '../data/place-words';
import type { ReportData } from '../data/types';
import type { FormCatalogue } from '../forms/build-catalogue';
import { LAYOUT_TEXT } from '../i18n/layout';
import { REPORT_TEXT } from '../i18n/report';
import { paddedDate, parseIsoDate } from './dates';
import { decreeNumber } from './header';
import { formTable } from './form-table';
import type { Appendix, AppendixTable } from './model';
import { readForm } from './values';

function tables(data: ReportData, catalogue: FormCatalogue): readonly AppendixTable[] {
  const place = placeWords(data.meta);
  return catalogue.forms.map((form) => {
    const reader = readForm(data, form.number, catalogue);
    const notes = data.notes?.[`${form.number}`];
    return formTable(form, {
      header: REPORT_TEXT.tableHeader,
      columnShares: [0.1, 0.45, 0.15, 0.18, 0.12],
      columnAlign: ['center', 'left', 'center', 'center', 'left'],
      cellsOf: (row) => [reader.cell(row.key), notes?.[row.key] ?? ''],
      labelOf: (row) => placedLabel(row, place),
      // As the official form prints it (Phụ lục 01): "Công tác chỉ đạo điều hành CCHC", not in capitals.
      titleOf: (f) => f.title,
      resultLine: LAYOUT_TEXT.formResultLine,
    });
  });
}

export function buildAppendix(data: ReportData, catalogue: FormCatalogue): Appendix {
  const { meta } = data;
  const d = parseIsoDate(meta.date);
  const date = d ? paddedDate(d) : `${REPORT_TEXT.blank}/${REPORT_TEXT.blank}/${meta.year}`;
  return {
    pageBreakBefore: true,
    heading: { text: REPORT_TEXT.appendixHeading, style: 'appendixHeading' },
    title: { text: REPORT_TEXT.appendixTitle(meta.period, meta.year, unitName(meta.unitKind, meta.unit)), style: 'appendixTitle' },
    attach: { text: REPORT_TEXT.appendixAttach(decreeNumber(meta.reportNumber), date, REPORT_TEXT.ubndOf(unitName(meta.unitKind, meta.unit))), style: 'appendixAttach' },
    tables: tables(data, catalogue),
  };
}
