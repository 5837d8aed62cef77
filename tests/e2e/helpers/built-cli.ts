// Runs the built `cchc` (dist/cli, made by `npm run test:e2e`) as a user would, in a child process.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
export const CLI_MAIN = resolve(ROOT, 'dist/cli/hosts/cli/main.js');

export interface ProcessRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawns `node dist/cli/hosts/cli/main.js …` in `cwd`; fails clearly when the CLI was not built. */
export function runBuiltCli(args: readonly string[], cwd: string = ROOT): ProcessRun {
  if (!existsSync(CLI_MAIN)) throw new Error(`${CLI_MAIN} is missing: run "npm run build:cli" (npm run test:e2e does it)`);
  const r = spawnSync(process.execPath, [CLI_MAIN, ...args], { cwd, encoding: 'utf-8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs `node dist/cli/hosts/cli/main.js …` as spawnSync would (stdin closed at once, the whole output as text, the exit code;
 * null when a signal ended it) without blocking, so that a test makes several runs at once: a run in one thread leaves the
 * machine's other cores idle.
 */
export function spawnBuiltCli(args: readonly string[], options: { readonly cwd: string; readonly env: NodeJS.ProcessEnv }): Promise<ProcessRun> {
  if (!existsSync(CLI_MAIN)) throw new Error(`${CLI_MAIN} is missing: run "npm run build:cli" (npm run test:e2e does it)`);
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [CLI_MAIN, ...args], { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf-8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf-8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.end();
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ code, stdout, stderr }));
  });
}
