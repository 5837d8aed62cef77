// What to use instead when this Office cannot run the pane (old web view, Excel below ExcelApi 1.4): the texts and their rendering, in code the ES5 loader can run too.
import { UI_TEXT } from '../../core/i18n/ui';

export type UnsupportedReason = 'oldWebView' | 'oldExcel' | 'oldBrowser';

/** The page's address without query or fragment: what a person types into Chrome or Edge to get the standalone page. */
export function pageAddress(href: string): string {
  return href.split('#')[0]!.split('?')[0]!;
}

/** The guidance, a heading and paragraphs: why, then the template workbook and the standalone page at `address`. */
export function guidanceLines(reason: UnsupportedReason, address: string): { title: string; paragraphs: string[] } {
  const T = UI_TEXT.unsupported;
  if (reason === 'oldBrowser') return { title: T.title, paragraphs: [T.oldBrowser, T.reportInBrowser] };
  return { title: T.title, paragraphs: [reason === 'oldExcel' ? T.oldExcel : T.oldWebView, T.instead, T.template, T.browser(address)] };
}

/**
 * Replaces the page's content with the guidance. DOM Level 2 only (createElement, appendChild,
 * textContent, setAttribute): Internet Explorer 11 runs this through the loader.
 */
export function showGuidance(doc: Document, reason: UnsupportedReason, address: string): void {
  const lines = guidanceLines(reason, address);
  const body = doc.body;
  while (body.firstChild) body.removeChild(body.firstChild);
  const box = doc.createElement('main');
  box.id = 'unsupported';
  box.className = 'unsupported';
  box.setAttribute('role', 'alert');
  const h = doc.createElement('h1');
  h.className = 'ms-font-xl';
  h.textContent = lines.title;
  box.appendChild(h);
  for (let i = 0; i < lines.paragraphs.length; i++) {
    const p = doc.createElement('p');
    p.className = 'ms-font-m';
    p.textContent = lines.paragraphs[i]!;
    box.appendChild(p);
  }
  body.appendChild(box);
  body.setAttribute('data-ready', 'unsupported');
  body.setAttribute('data-unsupported', reason);
}
