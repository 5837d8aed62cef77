// Pure: a plan formula (English function names, "," between arguments) as Google Sheets reads it in a spreadsheet's locale.

/**
 * Google Sheets parses a formula written through Range.setValues or the Sheets API's
 * `formulaValue` as if it were typed, with the separators of the spreadsheet's locale
 * (https://support.google.com/docs/answer/58515: "the locale affects formatting details such as
 * functions, dates, and currency"). Locales whose decimal mark is "," separate arguments with ";":
 * in such a spreadsheet (Vietnam's among them) `=IF(A1=0,"",1)` is a "Formula parse error".
 * Reported by others, not in Google's reference: an API-written formula with "," fails in a Turkish
 * spreadsheet (https://github.com/googleapis/google-api-nodejs-client/issues/1994), and ";" is
 * accepted in every locale, corrected to "," where "," is the separator
 * (https://stackoverflow.com/questions/73767719, which lists the locales that use ",").
 *
 * So a formula goes in with "," only where the locale is known to use it, and with ";" everywhere
 * else (an unknown or missing locale included).
 */
const COMMA_LOCALES: ReadonlySet<string> = new Set([
  'en', 'en_US', 'en_GB', 'en_AU', 'en_CA', 'en_IE', 'en_IN', 'en_PH', 'cy_GB',
  'zh', 'zh_CN', 'zh_TW', 'zh_HK', 'ja', 'ja_JP', 'ko', 'ko_KR', 'th', 'th_TH',
  'iw', 'iw_IL', 'he', 'he_IL', 'de_CH', 'es_MX', 'ar_EG', 'mn', 'mn_MN', 'my', 'my_MM', 'fil', 'fil_PH',
  'hi', 'hi_IN', 'bn', 'bn_IN', 'gu', 'gu_IN', 'kn', 'kn_IN', 'ml', 'ml_IN', 'mr', 'mr_IN', 'pa', 'pa_IN', 'ta', 'ta_IN', 'te', 'te_IN',
]);

/** The argument separator a spreadsheet of `locale` ("vi_VN", "en_US", as SpreadsheetProperties.locale gives it) reads. */
export function argumentSeparatorOf(locale: string | null | undefined): ',' | ';' {
  return locale !== null && locale !== undefined && COMMA_LOCALES.has(locale.replace('-', '_')) ? ',' : ';';
}

/**
 * `formula` with its argument separators as `locale` reads them. Commas inside text ("…") and
 * quoted sheet names ('…') stay. A plan formula never holds a decimal number or an array literal
 * (their marks differ by locale too); one that does is a programming error, refused here rather
 * than written wrong.
 */
export function formulaForLocale(formula: string, locale: string | null | undefined): string {
  if (argumentSeparatorOf(locale) === ',') return formula;
  let out = '';
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i]!;
    if (quote) {
      out += ch;
      // A doubled quote is the quote itself; a single one closes.
      if (ch === quote) {
        if (formula[i + 1] === quote) out += formula[++i];
        else quote = null;
      }
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '}' || (ch === '.' && /\d/.test(formula[i - 1] ?? '') && /\d/.test(formula[i + 1] ?? ''))) {
      throw new Error(`formula holds a locale-dependent literal: ${formula}`);
    }
    out += ch === ',' ? ';' : ch;
  }
  return out;
}
