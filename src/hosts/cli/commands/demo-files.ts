// Names of the files `cchc demo` writes in its folder: fixed names, not words of the catalogue.
export const DEMO_FILES = {
  workbook: 'bao-cao-cchc-mau.xlsx',
  data: 'bao-cao-cchc-mau.json',
  check: 'ket-qua-kiem-tra.json',
  report: 'bao-cao-cchc-mau.docx',
} as const;
