// Whether this browser can run the pane's modern bundle (ES2020 syntax and built-ins); run by the ES5 loader, so written to compile to ES5.

/** The globals the feature test reads; `window` in the page, a plain object in tests. */
export type FeatureHost = Record<string, unknown>;

const prop = (value: unknown, key: string): unknown =>
  value !== null && value !== undefined ? (value as Record<string, unknown>)[key] : undefined;
const has = (value: unknown, key: string): boolean => typeof prop(value, key) === 'function';

/**
 * True where the bundle (webpack target es2020) can run. Built-ins first: Internet Explorer 11
 * lacks Promise, Symbol and fetch; Edge Legacy (EdgeHTML, Office 2019 on Windows 10) lacks
 * Object.fromEntries and globalThis. Then the syntax, by compiling `?.` and `??` (ES2020) — a
 * SyntaxError means no; any other error (a Content-Security-Policy forbidding eval) leaves the
 * answer to the built-ins. See https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11
 */
export function canRunModern(w: FeatureHost): boolean {
  const P = w['Promise'];
  const S = w['Symbol'];
  const builtIns =
    typeof P === 'function' &&
    has(prop(P, 'prototype'), 'finally') &&
    typeof S === 'function' &&
    typeof prop(S, 'asyncIterator') === 'symbol' &&
    typeof w['fetch'] === 'function' &&
    typeof w['TextEncoder'] === 'function' &&
    typeof w['URL'] === 'function' &&
    typeof w['globalThis'] === 'object' &&
    has(w['Object'], 'fromEntries');
  if (!builtIns) return false;
  const F = w['Function'] as (new (...args: string[]) => unknown) | undefined;
  if (typeof F !== 'function') return true;
  try {
    new F('a', 'return a?.b ?? 0');
  } catch (e) {
    const SyntaxErr = w['SyntaxError'] as (new () => Error) | undefined;
    if (typeof SyntaxErr === 'function' && e instanceof SyntaxErr) return false;
  }
  return true;
}
