// The id of a commune's spreadsheet in what the district pasted: a Sheets or Drive link, or the bare id.

/** Drive ids are long runs of letters, digits, "-" and "_" (44 characters for files created today). */
const BARE_ID = /^[A-Za-z0-9_-]{25,}$/;
const IN_LINK = [/\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{10,})/, /\/file\/d\/([A-Za-z0-9_-]{10,})/, /[?&]id=([A-Za-z0-9_-]{10,})/];

/** "https://docs.google.com/spreadsheets/d/<id>/edit#gid=0" → "<id>"; null when nothing in it can be an id. */
export function spreadsheetIdOf(link: string): string | null {
  const text = link.trim();
  for (const re of IN_LINK) {
    const m = re.exec(text);
    if (m?.[1]) return m[1];
  }
  return BARE_ID.test(text) ? text : null;
}
