// What a Tổng hợp run has read so far, kept in document properties between executions: compact, and split so no value passes the 9 KB a property may hold.
import type { Candidate, RejectionKind } from '../../core/aggregate/grouping';
import type { CellValue, FormsData, Period, UnitKind } from '../../core/data/types';
import type { FormCatalogue } from '../../core/forms/build-catalogue';
import { BUILTIN_CATALOGUE } from '../../core/forms/builtin';
import type { GasProperties } from './gas-types';

/** One commune as read: its candidate for screening, and its forms when it was not rejected already. */
export interface CommuneResult {
  readonly candidate: Candidate;
  readonly forms: FormsData | null;
  /**
   * The commune the list's row names, when it is not the row's label (the candidate's file): a name listed twice ('X', labelled
   * 'X (dòng 7)'), or '' for a row without a name. Absent: the label is the name.
   */
  readonly entry?: string;
}

/** The commune each row of the list names: what expectedCommunes counts. */
export const listEntries = (results: readonly CommuneResult[]): string[] => results.map((r) => r.entry ?? r.candidate.file);

export interface DistrictState {
  /** The list this run reads (listFingerprint): a changed list starts afresh. */
  readonly list: string;
  readonly total: number;
  /** Communes read so far (the list's first `read` rows). */
  readonly read: number;
  /** Properties holding the results (STATE_KEY's pieces). */
  readonly pieces: number;
  /** All read and the sheets written: the results stay for the district's report. */
  readonly done: boolean;
  /** Milliseconds since the epoch of the last progress (a commune read, the sheets written): the sidebar tells a stalled run by it. */
  readonly updated: number;
  /** Executions begun since the last progress: a trigger stops carrying on a run that makes none (killed each time). */
  readonly starts: number;
  /**
   * Communes whose read met an error that passes, by their index in the list: how many reads
   * failed so far. Their result holds the reason they are named by if no later read succeeds.
   */
  readonly retry: Readonly<Record<string, number>>;
  /** Why the run waits for its next execution (for the sidebar's poll). */
  readonly paused: PauseReason | null;
  /** The form set the run totals by (setKey); absent in a run saved before sets: the built-in one. */
  readonly set?: string;
  /** Google's words when it refused Tổng hợp's charts (the tables were written all the same); absent when they were drawn. */
  readonly chartsRefused?: string;
}

/** "thu-nghiem@1": the set a run's stored forms follow (their rows in its order). */
export const setKey = (catalogue: FormCatalogue): string => `${catalogue.definition.id}@${catalogue.definition.version}`;

/** Time or quota while reading, errors that pass to read again later, or the writes left to an execution of their own. */
export type PauseReason = 'time' | 'quota' | 'retry' | 'write';

export const STATE_KEY = 'cchc.th.state';
export const pieceKey = (i: number): string => `cchc.th.${i}`;

/**
 * "Properties value size: 9 KB / val" and 500 KB per store
 * (https://developers.google.com/apps-script/guides/services/quotas): pieces stay below 9 KB of UTF-8.
 */
export const PIECE_BYTES = 8 * 1024;

type EncodedForms = Partial<Record<string, (CellValue | null)[]>>;
type Encoded =
  // The superior last, absent in a run saved before it was kept (Biểu mẫu 1 row 4 of the total names its level).
  // The row's entry last, only where it is not the label (CommuneResult.entry); the superior is then null when unknown.
  | readonly ['u', string, string, string, string, number, number | null, EncodedForms | null, (string | null)?, string?]
  | readonly ['r', string, RejectionKind, string | null, string, readonly string[], string?];

/** Forms as one array per form in the catalogue's row order: keys are not repeated for each commune. */
function encodeForms(forms: FormsData, catalogue: FormCatalogue): EncodedForms {
  const out: EncodedForms = {};
  for (const form of catalogue.forms) {
    const values = forms[`${form.number}`];
    if (values) out[`${form.number}`] = form.rows.map((r) => values[r.key] ?? null);
  }
  return out;
}

function decodeForms(encoded: EncodedForms, catalogue: FormCatalogue): FormsData {
  const out: Record<string, Record<string, CellValue>> = {};
  for (const form of catalogue.forms) {
    const values = encoded[`${form.number}`];
    if (!values) continue;
    const record: Record<string, CellValue> = {};
    form.rows.forEach((r, i) => {
      const v = values[i];
      if (v !== null && v !== undefined) record[r.key] = v;
    });
    out[`${form.number}`] = record;
  }
  return out as FormsData;
}

function encode(r: CommuneResult, catalogue: FormCatalogue): Encoded {
  const c = r.candidate;
  const entry = r.entry !== undefined && r.entry !== c.file ? r.entry : undefined;
  if ('rejected' in c) {
    const rejected = ['r', c.file, c.rejected.kind, c.rejected.unit, c.rejected.reason, c.rejected.details] as const;
    return entry === undefined ? rejected : [...rejected, entry];
  }
  const m = c.unit.meta;
  const forms = r.forms ? encodeForms(r.forms, catalogue) : null;
  const base = ['u', c.file, m.unit, m.unitKind, m.period, m.year, c.unit.rowsReported ?? null, forms] as const;
  if (entry !== undefined) return [...base, m.superior ?? null, entry];
  return m.superior === undefined ? base : [...base, m.superior];
}

function decode(e: Encoded, catalogue: FormCatalogue): CommuneResult {
  if (e[0] === 'r') {
    const [, file, kind, unit, reason, details, entry] = e;
    return { candidate: { file, rejected: { file, kind, unit, reason, details } }, forms: null, ...(typeof entry === 'string' ? { entry } : {}) };
  }
  const [, file, unit, unitKind, period, year, rowsReported, forms, superior, entry] = e;
  const meta = { unit, unitKind: unitKind as UnitKind, period: period as Period, year, ...(typeof superior === 'string' ? { superior } : {}) };
  return {
    candidate: { file, unit: { file, meta, ...(rowsReported !== null ? { rowsReported } : {}) } },
    forms: forms ? decodeForms(forms, catalogue) : null,
    ...(typeof entry === 'string' ? { entry } : {}),
  };
}

const utf8Length = (ch: string): number => {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/** Splits `text` into pieces of at most `bytes` bytes of UTF-8, never inside a character. */
export function splitUtf8(text: string, bytes: number): string[] {
  const pieces: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of text) {
    const n = utf8Length(ch);
    if (size + n > bytes) {
      pieces.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  if (current !== '' || pieces.length === 0) pieces.push(current);
  return pieces;
}

/** The state and the results as properties, for one setProperties call. */
export function progressProperties(
  state: Omit<DistrictState, 'pieces'>,
  results: readonly CommuneResult[],
  catalogue: FormCatalogue = BUILTIN_CATALOGUE,
): { values: Record<string, string>; state: DistrictState } {
  const pieces = splitUtf8(JSON.stringify(results.map((r) => encode(r, catalogue))), PIECE_BYTES);
  const full: DistrictState = { ...state, pieces: pieces.length };
  const values: Record<string, string> = { [STATE_KEY]: JSON.stringify(full) };
  pieces.forEach((p, i) => (values[pieceKey(i)] = p));
  return { values, state: full };
}

/** The stored run, from all the document's properties (one getProperties call); null when there is none or it cannot be read. */
export function storedProgress(all: Readonly<Record<string, string>>, catalogue: FormCatalogue = BUILTIN_CATALOGUE): { state: DistrictState; results: CommuneResult[] } | null {
  const raw = all[STATE_KEY];
  if (raw === undefined) return null;
  try {
    // A run saved by an earlier version of the script lacks the newer fields.
    const state: DistrictState = { updated: 0, starts: 0, retry: {}, paused: null, ...(JSON.parse(raw) as Partial<DistrictState>) } as DistrictState;
    let text = '';
    for (let i = 0; i < state.pieces; i++) {
      const piece = all[pieceKey(i)];
      if (piece === undefined) return null;
      text += piece;
    }
    // A run of another form set (the office chose a new one since) has its forms in another row order: not read.
    if ((state.set ?? setKey(BUILTIN_CATALOGUE)) !== setKey(catalogue)) return null;
    return { state, results: (JSON.parse(text) as Encoded[]).map((e) => decode(e, catalogue)) };
  } catch {
    return null;
  }
}

/** How many pieces the stored run has, whatever set it follows (to remove them when a new run is shorter). */
export function storedPieces(all: Readonly<Record<string, string>>): number {
  try {
    const raw = all[STATE_KEY];
    return raw === undefined ? 0 : Number((JSON.parse(raw) as Partial<DistrictState>).pieces ?? 0) || 0;
  } catch {
    return 0;
  }
}

/**
 * Saves the run: the state and its pieces in one call, then the pieces an earlier, longer run left
 * beyond the new count removed one by one (a property store has no "delete these keys" call).
 */
export function saveProgress(
  props: GasProperties,
  state: Omit<DistrictState, 'pieces'>,
  results: readonly CommuneResult[],
  previousPieces: number,
  catalogue: FormCatalogue = BUILTIN_CATALOGUE,
): DistrictState {
  const { values, state: saved } = progressProperties(state, results, catalogue);
  props.setProperties(values, false);
  for (let i = saved.pieces; i < previousPieces; i++) props.deleteProperty(pieceKey(i));
  return saved;
}
