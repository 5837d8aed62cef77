// The loader's feature test and its guidance: which browsers get the modern bundle, and what the others are told.
import { UI_TEXT } from '../../../src/core/i18n/messages';
import { canRunModern, type FeatureHost } from '../../../src/hosts/pane/modern-support';
import { guidanceLines, pageAddress } from '../../../src/hosts/pane/unsupported-guidance';

/** This Node's own globals: a modern engine. */
const modern = (): FeatureHost => ({
  Promise,
  Symbol,
  fetch: globalThis.fetch,
  TextEncoder,
  URL,
  globalThis,
  Object,
  String,
});

describe('canRunModern', () => {
  it('accepts a modern engine', () => {
    expect(canRunModern(modern())).toBe(true);
  });

  it('refuses Internet Explorer 11 (no Promise, Symbol, fetch) and Edge Legacy, should it ever load a page (no Object.fromEntries, globalThis)', () => {
    for (const missing of ['Promise', 'Symbol', 'fetch', 'TextEncoder', 'URL', 'globalThis']) {
      const w = modern();
      delete w[missing];
      expect([missing, canRunModern(w)]).toEqual([missing, false]);
    }
    expect(canRunModern({ ...modern(), Object: { keys: Object.keys } })).toBe(false);
    expect(canRunModern({ ...modern(), Promise: function OldPromise() {} })).toBe(false);
  });

  it('refuses an engine without String.prototype.replaceAll (one that may not parse ?. and ??), and never compiles code to find out', () => {
    expect(canRunModern({ ...modern(), String: { prototype: {} } })).toBe(false);
    // The pages' CSP refuses eval: a Function constructor that is there must not be called.
    let compiled = 0;
    const counting = function Fn(): void {
      compiled++;
    };
    expect(canRunModern({ ...modern(), Function: counting })).toBe(true);
    expect(compiled).toBe(0);
  });
});

describe('guidance', () => {
  it('names the template workbook and the standalone page at the pane’s own address', () => {
    const address = pageAddress('https://cchc.example.vn/addin/taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN#x');
    expect(address).toBe('https://cchc.example.vn/addin/taskpane.html');
    for (const reason of ['oldWebView', 'oldExcel'] as const) {
      const { title, paragraphs } = guidanceLines(reason, address);
      expect(title).toBe(UI_TEXT.unsupported.title);
      expect(paragraphs).toContain(UI_TEXT.unsupported.template);
      expect(paragraphs.join(' ')).toContain('cchc template');
      expect(paragraphs.join(' ')).toContain('Excel 2010');
      expect(paragraphs).toContain(UI_TEXT.unsupported.browser(address));
      expect(UI_TEXT.unsupported.browser(address)).toContain(address);
    }
    expect(guidanceLines('oldExcel', address).paragraphs[0]).toBe(UI_TEXT.unsupported.oldExcel);
    expect(guidanceLines('oldWebView', address).paragraphs[0]).toBe(UI_TEXT.unsupported.oldWebView);
  });
});
