// The core reads the built-in set only as the default of its entry points: every stage takes the catalogue it is given.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const CORE = join(__dirname, '../../../src/core');

/** Files whose module-level use of the built-in set is their purpose: the set itself, and the built-in template's layout history. */
const ALLOWED = new Set(['forms/builtin.ts', 'layout/template-versions.ts']);

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('the catalogue is threaded', () => {
  it('names BUILTIN_CATALOGUE or BUILTIN_SET in src/core only in an import or as a parameter default', () => {
    const uses: string[] = [];
    for (const path of tsFiles(CORE)) {
      const file = relative(CORE, path).split('\\').join('/');
      if (ALLOWED.has(file)) continue;
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!/\bBUILTIN_(CATALOGUE|SET)\b/u.test(line)) return;
          if (/^import \{[^}]*\} from '(?:\.\.?\/)+(?:forms\/)?builtin';$/u.test(line)) return;
          if (/\bcatalogue: FormCatalogue = BUILTIN_CATALOGUE\b|\bbuiltin: FormSetDef = BUILTIN_SET\b/u.test(line)) return;
          uses.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(uses).toEqual([]);
  });
});
