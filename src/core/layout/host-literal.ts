// Pure: the form in which a plan value is handed to a spreadsheet host so that text stays exactly the text it is.
import type { PlanValue } from './types';

/**
 * Excel and Google Sheets parse a string written through range.values / setValues exactly like
 * typed input, in whatever locale the user runs ("1.234" is 1234 in vi-VN and 1.234 in en-US,
 * "1/2" is a date in both). Both keep a string as text when it starts with an apostrophe, which
 * they hide and never return on read. So any string a host could reinterpret gets one; the
 * checks below are deliberately generous, since an apostrophe on plain text is harmless.
 */

/** Text format: both hosts store everything typed into it literally, "=" and apostrophes included. */
const TEXT_FORMAT = '@';

/** First characters that make a host read a formula (or, for an apostrophe, swallow it). */
const FORMULA_OR_QUOTE_START = /^[=+\-@']/;

const CURRENCY = '[$€£¥₫]';
const WRAPPING_PARENS = /^\((.*)\)$/;
/** Digits with any mix of "." and "," (grouping or decimal in some locale), then an optional exponent. */
const NUMBER_BODY = /^(?:\d[\d.,]*|[.,]\d[\d.,]*)(?:e[+-]?\d+)?$/i;

const BOOLEAN = /^(?:true|false)$/i;
/** The error literals Excel and Sheets turn into error values when typed. */
const ERROR_LITERAL = /^#(?:N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|GETTING_DATA|ERROR!)$/i;

/** 8/6/2026, 2026-06-08, 08.06.2026, 6/2026, 1/2, 1-2: numbers joined by one date separator. */
const NUMERIC_DATE = /^\d{1,4}([-/.])\d{1,4}(?:\1\d{1,4})?$/;
/** 10:30, 10:30:15, 10:30:15.5, 10:30am. */
const TIME = /^\d{1,2}:\d{1,2}(?::\d{1,2}(?:[.,]\d+)?)?(?:[ap]m?)?$/i;
const AM_PM = /^[ap]\.?m?\.?$/i;
const ISO_DATE_TIME = /^\d{4}-\d{1,2}-\d{1,2}t\d{1,2}:\d{1,2}/i;
const SMALL_NUMBER = /^\d{1,4}(?:st|nd|rd|th)?$/i;
const MONTHS = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june',
  'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
]);
const WEEKDAYS = new Set([
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday',
  'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday',
]);

/** Reads as a number in some common notation: grouping, either decimal mark, sign, currency, %, (negative), exponent. */
function looksNumeric(text: string): boolean {
  let t = text.trim();
  const parens = WRAPPING_PARENS.exec(t);
  if (parens) t = (parens[1] ?? '').trim();
  t = t.replace(new RegExp(`^[+-]?\\s*${CURRENCY}\\s*`), (m) => m.replace(new RegExp(CURRENCY), '').trim());
  t = t.replace(new RegExp(`\\s*${CURRENCY}$`), '');
  t = t.replace(/\s*%$/, '');
  t = t.replace(/^[+-]\s*/, '');
  // Groups split by spaces ("1 234", "0912 345 678") read as one number in several locales.
  t = t.replace(/(\d)[\s\u00A0\u202F]+(?=\d)/g, '$1');
  return NUMBER_BODY.test(t);
}

/** Reads as a date, a time or both: numeric dates, times, and English month names beside numbers. */
function looksLikeDateOrTime(text: string): boolean {
  const t = text.trim();
  if (ISO_DATE_TIME.test(t)) return true;
  const tokens = t.split(/[\s,]+/).filter((x) => x !== '');
  if (tokens.length === 0) return false;
  let anchored = false;
  let month = false;
  let number = false;
  for (const token of tokens) {
    if (TIME.test(token) || NUMERIC_DATE.test(token)) {
      anchored = true;
      continue;
    }
    if (SMALL_NUMBER.test(token)) {
      number = true;
      continue;
    }
    if (AM_PM.test(token) || WEEKDAYS.has(token.toLowerCase().replace(/\.$/, ''))) continue;
    // "8-Jun-2026", "Jun-26", "June.2026": months and numbers joined by a date separator.
    const parts = token.split(/[-/.]/).filter((x) => x !== '');
    if (parts.length === 0 || !parts.every((p) => MONTHS.has(p.toLowerCase()) || SMALL_NUMBER.test(p))) return false;
    if (parts.some((p) => MONTHS.has(p.toLowerCase()))) month = true;
    if (parts.some((p) => SMALL_NUMBER.test(p))) number = true;
  }
  // A time or numeric date anywhere; or a month with a number; a lone "10 am" also reads as a time.
  return anchored || (month && number) || (number && tokens.some((x) => AM_PM.test(x)));
}

/** Would a spreadsheet host store this string as something other than the same text? */
export function isReinterpretable(text: string): boolean {
  if (text === '') return false;
  const trimmed = text.trim();
  if (FORMULA_OR_QUOTE_START.test(text) || FORMULA_OR_QUOTE_START.test(trimmed)) return true;
  if (trimmed === '') return false;
  return BOOLEAN.test(trimmed) || ERROR_LITERAL.test(trimmed) || looksNumeric(trimmed) || looksLikeDateOrTime(trimmed);
}

/**
 * What a host writes for a plan value: "" for empty, numbers as they are, and a string that a
 * spreadsheet could turn into a formula, number, date, time, boolean or error with a leading
 * apostrophe. In a cell formatted as text ("@") every string is written as it is: the host
 * already keeps it literally, and an apostrophe there could be kept as a visible character.
 */
export function hostLiteral(value: PlanValue, numberFormat?: string): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  if (numberFormat === TEXT_FORMAT) return value;
  return isReinterpretable(value) ? `'${value}` : value;
}
