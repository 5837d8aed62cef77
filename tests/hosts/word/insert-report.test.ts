// Word host: a blank document takes the whole report (page setup included); otherwise it goes in at the cursor. Two syncs.
/// <reference types="office-js" />
import { insertReport } from '../../../src/hosts/word/insert-report';

function fakeWord(text: string) {
  const calls: [string, string, string][] = [];
  let syncs = 0;
  let loaded = false;
  const body = {
    load: () => {
      return body;
    },
    get text(): string {
      if (!loaded) throw new Error('PropertyNotLoaded: body.text');
      return text;
    },
  };
  const context = {
    document: {
      body,
      insertFileFromBase64: (b64: string, where: string) => calls.push(['document', b64, where]),
      getSelection: () => ({ insertFileFromBase64: (b64: string, where: string) => calls.push(['selection', b64, where]) }),
    },
    sync: async () => {
      syncs++;
      loaded = true;
    },
  } as unknown as Word.RequestContext;
  return { context, calls, syncs: () => syncs };
}

const bytes = new Uint8Array([80, 75, 3, 4, 0xff, 0x00, 0x7f]);

describe('insertReport', () => {
  it('replaces a blank document with the whole file where WordApi 1.5 is there', async () => {
    const w = fakeWord('  \r');
    expect(await insertReport(w.context, bytes, (v) => v === '1.5')).toBe('document');
    expect(w.syncs()).toBe(2);
    expect(w.calls).toHaveLength(1);
    expect(w.calls[0]?.slice(0, 1).concat(w.calls[0]?.[2] ?? '')).toEqual(['document', 'Replace']);
    expect(Buffer.from(w.calls[0]?.[1] ?? '', 'base64')).toEqual(Buffer.from(bytes));
  });

  it('inserts at the cursor in a document that already has text, after any selected text, never replacing it', async () => {
    const w = fakeWord('Kính gửi: UBND tỉnh');
    expect(await insertReport(w.context, bytes, () => true)).toBe('selection');
    expect(w.calls.map((c) => [c[0], c[2]])).toEqual([['selection', 'End']]);
    expect(w.syncs()).toBe(2);
  });

  it('inserts at the cursor on a Word without WordApi 1.5', async () => {
    const w = fakeWord('');
    expect(await insertReport(w.context, bytes, () => false)).toBe('selection');
    expect(w.calls.map((c) => c[0])).toEqual(['selection']);
  });
});
