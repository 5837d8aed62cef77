// `npm start` without the peer toolkit: office-addin-debugging loads, and its sideloading of our XML manifest needs nothing that .npmrc leaves out.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../../helpers/temp-dir';

const ROOT = resolve(__dirname, '../../..');
const MANIFEST = join(ROOT, 'manifest/manifest.xml');
const ID = '6f1c9d2e-4b7a-4c55-9e0d-3a8b2f61c7d4';

/**
 * Runs a script in plain Node, as `npm start` runs these packages: they load an ES module
 * (node-fetch 3) that Jest's module system cannot require. Prints one JSON value.
 */
function inNode(script: string, env: NodeJS.ProcessEnv = {}): unknown {
  const out = execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return JSON.parse(out.trim().split('\n').pop() ?? 'null');
}

jest.setTimeout(60_000);

describe('sideloading with office-addin-debugging (npm start)', () => {
  it('loads office-addin-debugging and office-addin-dev-settings (every module they require is installed)', () => {
    expect(inNode(`require('office-addin-debugging'); require('office-addin-dev-settings'); console.log('true')`)).toBe(true);
  });

  it('reads our manifest as XML for Excel and Word only, so Windows registers it in the registry, never through the M365 toolkit', () => {
    // office-addin-dev-settings (dev-settings-windows.js registerAddIn) calls the peer @microsoft/m365agentstoolkit-cli
    // only for a JSON manifest or one that names Outlook; .npmrc does not install that peer.
    const m = inNode(`
      const m = require('office-addin-manifest');
      m.OfficeAddinManifest.readManifestFile(${JSON.stringify(MANIFEST)}).then((x) =>
        console.log(JSON.stringify({ type: x.manifestType, id: x.id, apps: m.getOfficeAppsForManifestHosts(x.hosts).sort() })));`);
    expect(m).toEqual({ type: 'xml', id: ID, apps: ['excel', 'word'] });
  });

  it('sideloads on a Mac by hard-linking the manifest into the wef folders of Excel and Word', () => {
    const home = tempDir('cchc-home-');
    // dev-settings-mac.js registerAddIn, what `office-addin-debugging start … desktop` calls on a Mac; os.homedir() reads HOME.
    const done = inNode(
      `require('office-addin-dev-settings/lib/dev-settings-mac').registerAddIn(${JSON.stringify(MANIFEST)}).then(() => console.log('true'));`,
      { HOME: home },
    );
    expect(done).toBe(true);
    for (const app of ['Excel', 'Word']) {
      const linked = join(home, `Library/Containers/com.microsoft.${app}/Data/Documents/wef/${ID}.manifest.xml`);
      expect(existsSync(linked)).toBe(true);
      expect(readFileSync(linked, 'utf8')).toBe(readFileSync(MANIFEST, 'utf8')); // a hard link (fs-extra ensureLinkSync)
    }
  });
});
