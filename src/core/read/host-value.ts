// Flattens a cell value as any host reads it (ExcelJS, Office.js, Apps Script) to number, text, date or empty.

/** What a host's cell value means to the reader; `empty` covers null, undefined, '' and whitespace. */
export type HostValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'date'; readonly value: Date }
  | { readonly kind: 'boolean'; readonly value: boolean };

const EMPTY: HostValue = { kind: 'empty' };

/** Texts are NFC-normalised (some Vietnamese keyboards type decomposed letters) with Windows line ends made "\n". */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(/\r\n?/g, '\n');
}

export function hostValue(v: unknown): HostValue {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'text', value: String(v) };
  if (typeof v === 'string') return v.trim() === '' ? EMPTY : { kind: 'text', value: normalizeText(v) };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? EMPTY : { kind: 'date', value: v };
  if (typeof v === 'object') {
    // ExcelJS shapes, for hosts that pass them through unflattened.
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return hostValue(o.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join(''));
    if ('formula' in o || 'sharedFormula' in o) return hostValue(o.result);
    if ('error' in o) return hostValue(String(o.error));
    if ('text' in o) return hostValue(o.text);
  }
  return { kind: 'text', value: String(v) };
}
