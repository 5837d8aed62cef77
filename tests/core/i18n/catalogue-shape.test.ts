// The message catalogue holds nothing but text, one object per area.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as catalogue from '../../../src/core/i18n/messages';

const I18N_DIR = join(__dirname, '../../../src/core/i18n');
const SRC_DIR = join(__dirname, '../../../src');

/** What the catalogue may hold: strings, functions that return one, and lists or plain objects of them. */
type Text = string | ((...args: never[]) => string) | readonly Text[] | { readonly [key: string]: Text };

/** The same rule at run time (a function's return type cannot be seen at run time: the `Text` type checks it). */
function nonText(value: unknown, path: string): string[] {
  if (typeof value === 'string' || typeof value === 'function') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonText(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).flatMap(([k, v]) => nonText(v, `${path}.${k}`));
  }
  return [`${path}: ${typeof value}`];
}

const areaFiles = readdirSync(I18N_DIR).filter((f) => f.endsWith('.ts') && f !== 'messages.ts');

describe('the message catalogue', () => {
  it('finds what is not text (the check itself can fail)', () => {
    expect(nonText({ a: 'x', b: [(n: number) => `${n}`], c: { d: 'y' } }, 'T')).toEqual([]);
    expect(nonText({ a: 1, b: ['x', true], c: new Map(), d: /x/ }, 'T')).toEqual(['T.a: number', 'T.b[1]: boolean', 'T.c: object', 'T.d: object']);
  });

  it('exports nothing but text from src/core/i18n', () => {
    const exported = Object.entries(catalogue);
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.flatMap(([name, value]) => nonText(value, name))).toEqual([]);
  });

  it.each(areaFiles)('%s exports one object, named after its area (…_TEXT), and every area is in messages.ts', (file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- each area file in turn, by its name on disk.
    const area = require(join(I18N_DIR, file)) as Record<string, unknown>;
    const names = Object.keys(area);
    expect(names).toHaveLength(1);
    const [name = ''] = names;
    expect(name).toMatch(/^[A-Z]+_TEXT$/);
    expect((catalogue as Record<string, unknown>)[name]).toBe(area[name]);
  });

  it('holds only text by type too (a non-text member does not compile)', () => {
    const areas: readonly Text[] = [
      catalogue.COMMON_TEXT,
      catalogue.SECTION_TEXT,
      catalogue.CLI_TEXT,
      catalogue.REPORT_TEXT,
      catalogue.LAYOUT_TEXT,
      catalogue.READ_TEXT,
      catalogue.DAMAGE_TEXT,
      catalogue.UI_TEXT,
      catalogue.GAS_TEXT,
      catalogue.RULE_TEXT,
      catalogue.AGGREGATE_TEXT,
      catalogue.DATA_TEXT,
      catalogue.PERIODS_TEXT,
      catalogue.CARRY_TEXT,
      catalogue.FORMSET_TEXT,
      catalogue.CHART_TEXT,
      catalogue.BUILD_TEXT,
    ];
    // @ts-expect-error — a number is not text.
    const notText: Text = { count: 1 };
    // @ts-expect-error — nor is a function that returns an object.
    const notTextFn: Text = { codes: (legend: string) => ({ legend }) };
    expect([notText, notTextFn]).toHaveLength(2);
    expect(areas).toHaveLength(areaFiles.length);
  });
});

/** Every .ts file under a folder. */
const tsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('the name of a form', () => {
  it('is built in one place, COMMON_TEXT.formName', () => {
    const builders = tsFiles(SRC_DIR).filter((f) => readFileSync(f, 'utf8').includes('Biểu mẫu ${'));
    expect(builders.map((f) => relative(SRC_DIR, f).split('\\').join('/'))).toEqual(['core/i18n/common.ts']);
    expect(catalogue.COMMON_TEXT.formName(3)).toBe('Biểu mẫu 3');
  });
});
