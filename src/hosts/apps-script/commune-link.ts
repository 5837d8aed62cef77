// The id of a commune's spreadsheet in what the district pasted: a Sheets or Drive link, or the bare id.
import type { GasEnv } from './gas-types';

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

/** The words of a menu item that asks for a spreadsheet's link and keeps it. */
export interface LinkPrompt {
  readonly title: string;
  readonly text: string;
  /** Shown when an empty answer forgets the kept link. */
  readonly cleared: string;
}

/**
 * Asks for a link (Ui.prompt, OK or Cancel). Cancel: null, the kept link unchanged. An empty answer: null, the link kept
 * in the document property `property` forgotten, and a toast says so. Otherwise the text typed, and `keep(id)` to store the
 * id the caller has checked.
 */
export function askForLink(env: GasEnv, words: LinkPrompt, property: string): { readonly text: string; readonly keep: (id: string) => void } | null {
  const ui = env.SpreadsheetApp.getUi();
  const answer = ui.prompt(words.title, words.text, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  const props = env.PropertiesService.getDocumentProperties();
  const text = answer.getResponseText().trim();
  if (text === '') {
    props.deleteProperty(property);
    env.SpreadsheetApp.getActiveSpreadsheet().toast(words.cleared, words.title);
    return null;
  }
  return { text, keep: (id) => props.setProperty(property, id) };
}
