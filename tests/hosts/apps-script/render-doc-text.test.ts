// Hostile narrative text in the Google Doc: specials and emoji kept, what Docs strips dropped first so that every style lands on its own characters, in bounded time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportData } from '../../../src/core/data/schema';
import { buildReport } from '../../../src/core/report/build-report';
import { renderReportDoc } from '../../../src/hosts/apps-script/render-doc';
import { CallLog } from './fakes/call-log';
import { FakeDocsApi, FakeDocumentApp, FakeParagraph } from './fakes/fake-document';

function renderWithNarrative(text: string) {
  const raw = JSON.parse(readFileSync(join(__dirname, '../../../examples/xa-hoa-phong.json'), 'utf-8')) as { narrative: Record<string, string> };
  raw.narrative['I.1'] = text;
  const parsed = parseReportData(raw);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const model = buildReport(parsed.data);
  const log = new CallLog();
  const app = new FakeDocumentApp(log);
  const doc = app.create('x');
  const started = performance.now();
  renderReportDoc(new FakeDocsApi(log, app), doc, model);
  const paras = doc.body.children.filter((c): c is FakeParagraph => c instanceof FakeParagraph);
  return { paras, model, elapsed: performance.now() - started };
}

describe('renderReportDoc with hostile narrative text', () => {
  it('keeps specials and emoji, drops controls and Private Use Area characters, and styles every paragraph', () => {
    const kept = `<b>&amp; "nháy" 'đơn' — 😀👨‍👩‍👧 Ứng dụng\u007F`;
    const long = 'ư'.repeat(100_000);
    const { paras, model, elapsed } = renderWithNarrative(`${kept}\u0001\u0008\u001F\uE000\uF8FF\uFFFE\uDFFFx ${long}`);
    const p = paras.find((x) => x.text.length > 90_000);
    expect(p?.text.slice(0, 40)).toBe(`${kept}x ${long}`.slice(0, 40));
    expect(p?.text === `${kept}x ${long}`).toBe(true);
    // Offsets counted on the cleaned text: the paragraph and every one after it carry their own style.
    expect(p?.align).toBe('JUSTIFY');
    expect(p?.indentFirstLine).toBe(model.styles.body.firstLineIndentPt);
    expect(p?.size.every((s) => s === model.styles.body.sizePt)).toBe(true);
    const next = paras[paras.indexOf(p!) + 1]!;
    const heading = model.body.find((b) => b.kind === 'heading' && b.text === next.text);
    expect(heading).toBeDefined();
    expect(next.allBold()).toBe(model.styles[heading!.style].bold);
    // Measured well under a second; ten seconds would be a hang on the shared machine, not noise.
    expect(elapsed).toBeLessThan(10_000);
  });
});
