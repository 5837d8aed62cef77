// The add-in manifest against Microsoft's own XSDs (../shared/office-schemas), with xmllint: the source and the production copy.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

const ROOT = resolve(__dirname, '../..');
const SCHEMA = resolve(ROOT, '../shared/office-schemas/OfficeAppManifestV1_1.xsd');
const MANIFEST = join(ROOT, 'manifest/manifest.xml');

/** xmllint's verdict on one file; fails the test (never skips) when xmllint or the schemas are missing. */
function validate(file: string): { ok: boolean; output: string } {
  if (!existsSync(SCHEMA)) throw new Error(`the manifest schemas are missing: ${SCHEMA} (shared/office-schemas beside the repository)`);
  const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint is not installed: run .ci/run, or apt-get install -y libxml2-utils (${run.error.message})`);
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

function withText(text: string): string {
  const file = join(tempDir('cchc-manifest-'), 'manifest.xml');
  writeFileSync(file, text);
  return file;
}

describe('manifest/manifest.xml against OfficeAppManifestV1_1.xsd', () => {
  const source = readFileSync(MANIFEST, 'utf8');

  it('validates as written (the localhost copy that `npm start` sideloads)', () => {
    const r = validate(MANIFEST);
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('validates as the build writes it, with a production URL', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require('../../src/hosts/pane/webpack.addin.cjs') as (env: object, argv: object) => Promise<{ plugins: unknown[] }>;
    const config = await factory({ url: 'https://cchc.example.vn/addin/' }, { mode: 'production' });
    const copy = config.plugins.find((p) => (p as { constructor: { name: string } }).constructor.name === 'CopyPlugin') as {
      patterns: { from: string; transform?: (c: Buffer) => string }[];
    };
    const built = copy.patterns.find((p) => p.from.endsWith('manifest.xml'))?.transform?.(Buffer.from(source)) ?? '';
    expect(built).toContain('https://cchc.example.vn/addin/taskpane.html');
    const r = validate(withText(built));
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('is a real check: the unprefixed requirement sets of the old manifest and a misplaced element fail', () => {
    const unprefixed = source.replace(/<bt:Sets\b/g, '<Sets').replace(/<\/bt:Sets>/g, '</Sets>').replace(/<bt:Set\b/g, '<Set');
    expect(unprefixed).not.toBe(source);
    const a = validate(withText(unprefixed));
    expect(a.ok).toBe(false);
    expect(a.output).toMatch(/Sets.*not expected/);

    const misplaced = source.replace(/(<Permissions>[^<]*<\/Permissions>)/, '').replace('<Hosts>', '<Permissions>ReadWriteDocument</Permissions>\n  <Hosts>');
    expect(validate(withText(misplaced)).ok).toBe(false);
  });
});
