#!/usr/bin/env node
// Entry point of the `cchc` command: a command built into its own bundle runs from it (bundled.ts); anything else
// (`cchc --help`, `cchc help check`, an unknown command, a checkout without bundles) through the whole command table.
import { BUNDLES_DIR, runBundled } from './bundled';

const argv = process.argv.slice(2);
if (!runBundled(argv, BUNDLES_DIR, process.env)) {
  void (async () => {
    const [{ runMain }, { COMMANDS }] = await Promise.all([import('./run-main'), import('./commands/registry')]);
    await runMain(argv, COMMANDS);
  })();
}
