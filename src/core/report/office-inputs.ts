// What the consolidating office supplies beside the communes' files: its own text of parts IV–VI (a JSON object) and the list of
// the communes that were to report (a text, one a line). Pure: hosts read the files, these say what is in them or what is wrong.
import { unitKey } from '../aggregate/grouping';
import { UNIT_KINDS } from '../data/types';
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
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)) {
    const line = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (line === '' || line.startsWith('#')) continue;
    const key = line.toLocaleLowerCase('vi');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(line);
  }
  return out.length === 0 ? { ok: false, problems: [T.emptyList] } : { ok: true, value: out };
}

/** "xã Hòa Phong" → "hòa phong": a commune's name without its kind, as a list may write it. */
function bareKey(name: string): string {
  const key = unitKey(name);
  const kind = UNIT_KINDS.find((k) => key.startsWith(`${k} `));
  return kind ? key.slice(kind.length + 1) : key;
}

/** Whether a list's entry stands for a commune ("xã Hòa Phong"): its name with or without its kind, in any case or spacing. */
export const isEntryOf = (entry: string, unit: string): boolean => unitKey(entry) === unitKey(unit) || unitKey(entry) === bareKey(unit);

/**
 * The communes expected when the office lists them: the list, and any commune a file stands for that the list lacks
 * (`notListed`, which the host names: it is totalled, and counted as expected).
 */
export function expectedWithList(list: readonly string[], units: readonly string[]): { readonly expected: number; readonly notListed: readonly string[] } {
  const notListed: string[] = [];
  for (const u of units) {
    if (list.some((e) => isEntryOf(e, u)) || notListed.some((n) => unitKey(n) === unitKey(u))) continue;
    notListed.push(u);
  }
  return { expected: list.length + notListed.length, notListed };
}
