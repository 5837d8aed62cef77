// Which Excel API sets the running host supports, asked once through Office.js and replaceable in tests.
/// <reference types="office-js" />

/** Answers "does this host support ExcelApi <version>?"; hosts without Office.js say no. */
export type Supports = (version: string) => boolean;

export const excelSupports: Supports = (version) =>
  typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
