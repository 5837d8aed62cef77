// Hostile narrative text (XML specials, emoji, controls, 100,000 characters) reaches the .docx intact, minus what XML 1.0 forbids, in bounded time.
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../src/core/data/schema';
import type { ReportData } from '../../src/core/data/types';
import { buildReport } from '../../src/core/report/build-report';
import { dropDocsStripped, dropXmlForbidden } from '../../src/core/report/document-text';
import { renderDocx } from '../../src/render/render-docx';

/** XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets), as a test of a whole decoded part. */
// eslint-disable-next-line no-control-regex -- the allowed controls are part of the production
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function withNarrative(text: string): ReportData {
  const raw = JSON.parse(readFileSync(join(__dirname, '../../examples/xa-hoa-phong.json'), 'utf-8')) as { narrative: Record<string, string> };
  raw.narrative['I.1'] = text;
  const parsed = parseReportData(raw);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.data;
}

/** Specials, emoji (a surrogate pair), Vietnamese, then what XML forbids: C0 controls, U+FFFE, U+FFFF, lone surrogates. */
const KEPT = `<a href="x">&amp; 'nháy' — 😀👨‍👩‍👧 Ứng dụng ${'\u007F'}${'\u0085'}${'\uE000'}`;
const FORBIDDEN = '\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF\uDFFF\uD800';

describe('dropXmlForbidden / dropDocsStripped', () => {
  it('drops only the characters outside XML 1.0 Char, keeping emoji and every other character', () => {
    expect(dropXmlForbidden(`A${FORBIDDEN}B${KEPT}\t\n\r`)).toBe(`AB${KEPT}\t\n\r`);
    expect(dropXmlForbidden('😀\uD83D')).toBe('😀');
    expect(dropXmlForbidden('\uDE00x')).toBe('x');
  });
  it('drops for a Google Doc also the Private Use Area, which Docs strips', () => {
    expect(dropDocsStripped(`A${FORBIDDEN}B\uE000\uF8FF😀`)).toBe('AB😀');
  });
});

describe('renderDocx with hostile narrative text', () => {
  it('keeps specials, emoji and a 100,000-character paragraph, drops only what XML forbids, in bounded time', async () => {
    const long = 'đ'.repeat(100_000);
    // VT and FF are whitespace to the paragraph layout, which joins a line's whitespace into one space: left out here.
    const text = `${KEPT}${FORBIDDEN.replace('\u000B', '').replace('\u000C', '')}x ${long}`;
    const started = performance.now();
    const bytes = await renderDocx(buildReport(withNarrative(text)));
    const elapsed = performance.now() - started;
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).not.toMatch(NOT_XML_CHAR);
    // The paragraph's runs as Word reads them: entities decoded, runs of the one paragraph joined.
    const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) =>
      [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
        .map((t) => (t[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'))
        .join(''),
    );
    // Compared by start and length, so that a failure prints a line, not 100,000 characters.
    const found = paragraphs.find((x) => x.endsWith(long.slice(0, 50)) || x.length > 90_000) ?? '';
    expect(found.slice(0, 60)).toBe(`${KEPT}x ${long}`.slice(0, 60));
    expect(found === `${KEPT}x ${long}`).toBe(true);
    // Measured about 1 s on the shared 2-core machine; ten times that is a hang, not noise.
    expect(elapsed).toBeLessThan(10_000);
  });
});
