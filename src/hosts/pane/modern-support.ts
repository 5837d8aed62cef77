// Whether this browser can run the pane's modern bundle (ES2020 syntax and built-ins); run by the ES5 loader, so written to compile to ES5.

/** The globals the feature test reads; `window` in the page, a plain object in tests. */
export type FeatureHost = Record<string, unknown>;

const prop = (value: unknown, key: string): unknown =>
  value !== null && value !== undefined ? (value as Record<string, unknown>)[key] : undefined;
const has = (value: unknown, key: string): boolean => typeof prop(value, key) === 'function';

/**
 * True where the bundle (webpack target es2020) can run, judged by built-ins only: Internet Explorer
 * 11 (Trident) lacks Promise, Symbol and fetch. Trident is what this add-in gets wherever Office on
 * Windows cannot use WebView2: with <Runtimes> in the manifest (the shared runtime) Office never
 * uses EdgeHTML, so volume-licensed Office 2016/2019 always, retail Office 2016/2019 without
 * WebView2, and Microsoft 365 without WebView2 or before build 16.0.13530.20424 (builds from
 * 16.0.11629 would otherwise use EdgeHTML, earlier ones use Trident anyway) show the pane in Trident
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins,
 * https://learn.microsoft.com/javascript/api/manifest/runtimes). Edge Legacy (EdgeHTML), which
 * lacks Object.fromEntries and globalThis, is refused too, should a page ever be opened in it.
 * ES2020 syntax (`?.`, `??`) is not compiled to test it: the pages' Content-Security-Policy
 * refuses eval and would report the attempt. String.prototype.replaceAll
 * stands for it instead: every engine that has it parses both (Chrome 85, Safari 13.1, Firefox 77,
 * all after `?.` and `??`: https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/String/replaceAll#browser_compatibility).
 * See https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11
 */
export function canRunModern(w: FeatureHost): boolean {
  const P = w['Promise'];
  const S = w['Symbol'];
  return (
    typeof P === 'function' &&
    has(prop(P, 'prototype'), 'finally') &&
    typeof S === 'function' &&
    typeof prop(S, 'asyncIterator') === 'symbol' &&
    typeof w['fetch'] === 'function' &&
    typeof w['TextEncoder'] === 'function' &&
    typeof w['URL'] === 'function' &&
    typeof w['globalThis'] === 'object' &&
    has(w['Object'], 'fromEntries') &&
    has(prop(w['String'], 'prototype'), 'replaceAll')
  );
}
