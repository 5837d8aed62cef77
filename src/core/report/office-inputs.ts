// What the consolidating office supplies beside the communes' files: its own text of parts IV–VI (a JSON object) and the list of
// the communes that were to report (a text, one a line). Pure: hosts read the files, these say what is in them or what is wrong.
import { listedCommunes } from '../aggregate/expected-communes';
import { AGGREGATE_TEXT } from '../i18n/aggregate';

/** The office's own text: parts IV, V and VI of its report. */
export interface OfficeText {
  readonly assessment?: string;
  readonly tasks?: string;
  readonly proposals?: string;
}
export const OFFICE_TEXT_KEYS = ['assessment', 'tasks', 'proposals'] as const;

const T = AGGREGATE_TEXT.officeInputs;

export type Parsed<V> = { readonly ok: true; readonly value: V } | { readonly ok: false; readonly problems: readonly string[] };

/**
 * `{ "assessment": "…", "tasks": "…", "proposals": "…" }`: each a text (paragraphs separated by a blank line, "- " items) or a
 * list of paragraphs; every field optional, any other refused by name.
 */
export function parseOfficeText(json: unknown): Parsed<OfficeText> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, problems: [T.notObject] };
  const problems: string[] = [];
  const unknown = Object.keys(json).filter((k) => !(OFFICE_TEXT_KEYS as readonly string[]).includes(k));
  if (unknown.length > 0) problems.push(T.unknownFields(unknown, OFFICE_TEXT_KEYS));
  const out: Record<string, string> = {};
  for (const key of OFFICE_TEXT_KEYS) {
    const v = (json as Record<string, unknown>)[key];
    if (v === undefined || v === null) continue;
    if (typeof v === 'string') out[key] = v;
    else if (Array.isArray(v) && v.every((p): p is string => typeof p === 'string')) out[key] = v.join('\n\n');
    else problems.push(T.notText(key));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: out };
}

/**
 * The communes that were to report, one a line ("xã Hòa Phong", or "Hòa Phong"); blank lines and lines starting with "#" skipped,
 * a name given twice kept once. An empty list is a problem: it would name no one.
 */
export function parseExpectedList(text: string): Parsed<readonly string[]> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).filter((line) => !line.trim().startsWith('#'));
  // Each commune once, as every host counts a list (expectedCommunes).
  const out = listedCommunes(lines);
  return out.length === 0 ? { ok: false, problems: [T.emptyList] } : { ok: true, value: out };
}
