// `npm test`'s checks at once: each npm script named on the command line (`node tests/run-scripts.cjs typecheck lint`) in a
// process of its own, so that the type check and the lint take about the time of the longer, not of both, on two cores.
// Each one's output (npm's own heading first) is printed whole when it ends; the exit code is the first failure's once all have ended.
/* global require, process, console, Buffer */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script run by node */
const { spawn } = require('child_process');

/** `npm run <name>`: through npm's own script when run from an npm script (as `npm test` does), else the npm on the PATH. */
function npmRun(name) {
  const npm = process.env.npm_execpath;
  return npm && /\.c?js$/.test(npm)
    ? spawn(process.execPath, [npm, 'run', name], { stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn('npm', ['run', name], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
}

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node tests/run-scripts.cjs <npm script>…');
  process.exit(2);
}
const runs = names.map(
  (name) =>
    new Promise((done) => {
      const child = npmRun(name);
      const out = [];
      child.stdout.on('data', (chunk) => out.push(chunk));
      child.stderr.on('data', (chunk) => out.push(chunk));
      let ended = false;
      const end = (code) => {
        if (ended) return;
        ended = true;
        process.stdout.write(`${Buffer.concat(out).toString()}${code === 0 ? '' : `npm run ${name}: exit ${code}\n`}`);
        done(code);
      };
      child.on('error', (e) => {
        out.push(Buffer.from(`${e.message}\n`));
        end(1);
      });
      child.on('close', (code, signal) => end(code ?? (signal ? 1 : 0)));
    }),
);
Promise.all(runs).then((codes) => {
  process.exitCode = codes.find((c) => c !== 0) ?? 0;
});
