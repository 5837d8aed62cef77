// What `npm ci` installs: no native module to compile (no keytar through the M365 toolkit peer), nothing of googleapis' size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean; peer?: boolean; dev?: boolean; engines?: unknown }>;
};
const installed = Object.keys(lock.packages).filter((k) => k.startsWith('node_modules/'));

describe('package-lock.json', () => {
  it('has no install script but two that compile nothing on an ordinary install', () => {
    // esbuild's postinstall checks its prebuilt platform package (@esbuild/<platform>, an optional dependency);
    // @parcel/watcher runs node-gyp only when npm_config_build_from_source=true (scripts/build-from-source.js).
    const scripted = installed.filter((k) => lock.packages[k]?.hasInstallScript).sort();
    expect(scripted).toEqual(['node_modules/@parcel/watcher', 'node_modules/esbuild']);
  });

  it('installs no peer-only package: .npmrc keeps the M365 toolkit (keytar, @azure) out', () => {
    expect(readFileSync(join(ROOT, '.npmrc'), 'utf8')).toMatch(/^legacy-peer-deps=true$/m);
    expect(installed.filter((k) => lock.packages[k]?.peer)).toEqual([]);
    for (const heavy of ['keytar', '@microsoft/m365agentstoolkit-cli', 'googleapis']) {
      expect(installed.filter((k) => k.endsWith(`node_modules/${heavy}`))).toEqual([]);
    }
  });

  // `engines` says Node 20 (its last line, 20.19, is what @types/node follows): `npm ci` there must not warn EBADENGINE.
  // docx 9.15 asks nanoid 6 (Node 22+) but inlines its own copy in dist/, and webpack-cli 7 asks rechoir 1 (Node 22.15+)
  // only to read a config in another language than JavaScript: both held to the last release for Node 20 by overrides.
  it('installs nothing that refuses Node 20.19 (the versions npm would warn about are held back by overrides)', () => {
    // semver is npm's own reading of ranges, installed with the tools (jest's and webpack's dependencies).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { satisfies } = require('semver') as { satisfies: (version: string, range: string) => boolean };
    const refusing = installed.filter((k) => {
      const node = (lock.packages[k]?.engines as { node?: unknown } | undefined)?.node;
      return typeof node === 'string' && !satisfies('20.19.0', node);
    });
    expect(refusing).toEqual([]);
    expect(satisfies('20.19.0', '^22 || ^24 || >=26')).toBe(false);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(satisfies('20.19.0', pkg.engines.node)).toBe(true);
  });
});
