// The district report's inputs in the pane's "Tổng hợp": what the office types (header, signer, Nơi nhận, parts IV–VI, the
// communes expected), as raw text; kept in the browser's localStorage so that nothing typed is lost when the pane closes.
// Reading it into report options is consolidate-files' work (its own chunk).

/** Each field is the element `office-<field>` of taskpane.html. */
export const OFFICE_INPUT_FIELDS = [
  'issuer',
  'superior',
  'signerAuthority',
  'signerTitle',
  'signerName',
  'recipients',
  'assessment',
  'tasks',
  'proposals',
  'expectedList',
] as const;
export type OfficeInputField = (typeof OFFICE_INPUT_FIELDS)[number];
/** What the office typed, field by field (absent: nothing typed). */
export type OfficeInputs = Partial<Record<OfficeInputField, string>>;

/**
 * Where the typed text is kept. localStorage stays on this computer, for this add-in's origin
 * (https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings#browser-storage);
 * roaming settings are Outlook's only, and the workbook's settings would tie the district's text to whatever workbook is open.
 */
export const OFFICE_INPUTS_KEY = 'cchc.officeInputs';

/** The part of Web Storage used (https://html.spec.whatwg.org/multipage/webstorage.html#the-storage-interface). */
export type InputStore = Pick<Storage, 'getItem' | 'setItem'>;

/** The text kept last time; nothing when none was kept, the store is not usable, or what it holds is not ours. */
export function storedInputs(store: InputStore | null): OfficeInputs {
  try {
    const raw: unknown = JSON.parse(store?.getItem(OFFICE_INPUTS_KEY) ?? '{}');
    if (raw === null || typeof raw !== 'object') return {};
    const out: OfficeInputs = {};
    for (const f of OFFICE_INPUT_FIELDS) {
      const v = (raw as Record<string, unknown>)[f];
      if (typeof v === 'string' && v !== '') out[f] = v;
    }
    return out;
  } catch {
    return {};
  }
}

/** Keeps the typed text; a store that refuses (full, disabled) keeps nothing, and the pane works on. */
export function storeInputs(store: InputStore | null, inputs: OfficeInputs): void {
  try {
    store?.setItem(OFFICE_INPUTS_KEY, JSON.stringify(inputs));
  } catch {
    // "setItem() … throws a QuotaExceededError" when full (the spec above); nothing typed is lost while the pane is open.
  }
}

type Field = HTMLInputElement | HTMLTextAreaElement;
const fieldOf = (doc: Document, f: OfficeInputField): Field | null => doc.getElementById(`office-${f}`) as Field | null;

/** What is typed in the pane now. */
export function readInputs(doc: Document): OfficeInputs {
  const out: OfficeInputs = {};
  for (const f of OFFICE_INPUT_FIELDS) {
    const value = fieldOf(doc, f)?.value ?? '';
    if (value.trim() !== '') out[f] = value;
  }
  return out;
}

/** Puts back what was kept, and keeps each change as it is typed. */
export function keepInputs(doc: Document, store: InputStore | null): void {
  const kept = storedInputs(store);
  for (const f of OFFICE_INPUT_FIELDS) {
    const field = fieldOf(doc, f);
    if (!field) continue;
    const value = kept[f];
    if (value !== undefined) field.value = value;
    field.addEventListener('input', () => storeInputs(store, readInputs(doc)));
  }
}

/** The page's localStorage, or null where the browser refuses it (a SecurityError when storage is blocked). */
export function pageStore(win: { readonly localStorage: Storage }): InputStore | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}
