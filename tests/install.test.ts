// What `npm ci` installs: no native module to compile (no keytar through the M365 toolkit peer), nothing of googleapis' size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean; peer?: boolean; dev?: boolean }>;
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
});
