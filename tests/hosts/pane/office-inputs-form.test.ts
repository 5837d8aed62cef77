// What the office types in the pane's Tổng hợp is kept in localStorage: put back next time, never a reason for the pane to fail.
import { OFFICE_INPUTS_KEY, storedInputs, storeInputs, type InputStore } from '../../../src/hosts/pane/office-inputs-form';

/** Web Storage as the spec describes it (https://html.spec.whatwg.org/multipage/webstorage.html#the-storage-interface): strings in, strings out, null when absent. */
class MemoryStore implements InputStore {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

/** A full store: "throw a QuotaExceededError DOMException" on setItem (same spec). */
const fullStore: InputStore = {
  getItem: () => null,
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('the office\'s typed text kept in the browser', () => {
  it('what was stored is what is read back, field by field', () => {
    const store = new MemoryStore();
    const typed = { issuer: 'Sở Nội vụ tỉnh Thử', assessment: 'Đoạn một.\n\nĐoạn hai.', expectedList: 'xã An\nxã Bình' };
    storeInputs(store, typed);
    expect(JSON.parse(store.items.get(OFFICE_INPUTS_KEY)!)).toEqual(typed);
    expect(storedInputs(store)).toEqual(typed);
  });

  it('nothing stored, a store that refuses, or what is not ours: nothing put back, no error', () => {
    expect(storedInputs(new MemoryStore())).toEqual({});
    expect(storedInputs(null)).toEqual({});
    expect(() => storeInputs(fullStore, { issuer: 'x' })).not.toThrow();
    const odd = new MemoryStore();
    odd.items.set(OFFICE_INPUTS_KEY, '{"issuer": 3, "tasks": "Nhiệm vụ.", "other": "x"}');
    expect(storedInputs(odd)).toEqual({ tasks: 'Nhiệm vụ.' });
    odd.items.set(OFFICE_INPUTS_KEY, 'not json');
    expect(storedInputs(odd)).toEqual({});
    odd.items.set(OFFICE_INPUTS_KEY, 'null');
    expect(storedInputs(odd)).toEqual({});
  });
});
