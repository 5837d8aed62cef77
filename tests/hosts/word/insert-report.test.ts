// Word host: the report goes into the document at the cursor as base64, in one sync.
/// <reference types="office-js" />
import { insertReport } from '../../../src/hosts/word/insert-report';

describe('insertReport', () => {
  it('inserts the file at the selection with one sync', async () => {
    const calls: [string, string][] = [];
    let syncs = 0;
    const context = {
      document: { getSelection: () => ({ insertFileFromBase64: (b64: string, where: string) => calls.push([b64, where]) }) },
      sync: async () => {
        syncs++;
      },
    } as unknown as Word.RequestContext;
    const bytes = new Uint8Array([80, 75, 3, 4, 0xff, 0x00, 0x7f]);
    await insertReport(context, bytes);
    expect(syncs).toBe(1);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[1]).toBe('Replace');
    expect(Buffer.from(calls[0]?.[0] ?? '', 'base64')).toEqual(Buffer.from(bytes));
  });
});
