// Checks of the report header that need no workbook: the order of the dates, the report's year, the signer's name.
import type { Meta } from '../data/types';
import { RULE_TEXT } from '../i18n/rules';
import { defaultDataPeriod, parseIsoDate, shortDate, type DateParts } from '../report/dates';
import { RULE_IDS, type Finding } from './types';

/** The header fields a finding can point at. */
export type HeaderField = 'dataFrom' | 'dataTo' | 'date' | 'unit' | 'signerName';

const dayNumber = (d: DateParts): number => d.year * 10000 + d.month * 100 + d.day;

const yearOf = (iso: string): number => Number(iso.slice(0, 4));

export function checkHeader(meta: Meta, cellOf: (field: HeaderField) => string | null = () => null): Finding[] {
  const out: Finding[] = [];
  const at = (field: HeaderField) => ({ form: null, row: null, cell: cellOf(field) }) as const;
  const { dataFrom, dataTo, date, year } = meta;
  // ISO dates compare correctly as strings.
  if (dataFrom && dataTo && dataFrom > dataTo) {
    out.push({ ...at('dataFrom'), severity: 'error', rule: RULE_IDS.dataPeriodOrder, message: RULE_TEXT.header.dataPeriodOrder(dataFrom, dataTo) });
  }
  if (dataFrom && date && dataFrom > date) {
    out.push({ ...at('dataFrom'), severity: 'warning', rule: RULE_IDS.dataFromAfterDate, message: RULE_TEXT.header.dataFromAfterDate(dataFrom, date) });
  }
  if (date && yearOf(date) !== year) {
    out.push({ ...at('date'), severity: 'warning', rule: RULE_IDS.dateOutsideYear, message: RULE_TEXT.header.dateOutsideYear(date, year) });
  }
  if (dataTo && yearOf(dataTo) !== year) {
    out.push({ ...at('dataTo'), severity: 'warning', rule: RULE_IDS.dataPeriodOutsideYear, message: RULE_TEXT.header.dataPeriodOutsideYear(dataTo, year) });
  }
  // The end the report prints ("số liệu tính … đến ngày 14/12/2026"): the typed one, else Nghị định 09/2019's.
  const reportDate = parseIsoDate(date);
  const typedTo = parseIsoDate(dataTo);
  const printedTo = typedTo ?? (dataTo ? null : defaultDataPeriod(meta.period, year).to);
  if (reportDate && printedTo && dayNumber(printedTo) > dayNumber(reportDate)) {
    out.push({
      ...at('dataTo'),
      severity: 'warning',
      rule: RULE_IDS.dataToAfterDate,
      message: RULE_TEXT.header.dataToAfterDate(shortDate(printedTo), shortDate(reportDate), typedTo === null),
    });
  }
  if (!meta.signer?.name.normalize('NFC').trim()) {
    out.push({ ...at('signerName'), severity: 'warning', rule: RULE_IDS.signerNameMissing, message: RULE_TEXT.header.signerNameMissing });
  }
  return out;
}
