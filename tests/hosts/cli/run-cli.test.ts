// The dispatcher: Vietnamese help, unknown commands, and a bug turned into one line with exit 2.
import { memoryIo, processIo } from '../../../src/hosts/cli/cli-io';
import { CliError } from '../../../src/hosts/cli/cli-error';
import { COMMANDS, entriesOf } from '../../../src/hosts/cli/commands/registry';
import type { CliCommand } from '../../../src/hosts/cli/commands/types';
import { runCli } from '../../../src/hosts/cli/run-cli';

const run = async (argv: string[], commands?: readonly CliCommand[]) => {
  const io = memoryIo(process.cwd());
  const code = await runCli(argv, io, commands ? entriesOf(commands) : undefined);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
};

describe('runCli', () => {
  it('prints the program help in Vietnamese, listing every command', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const r = await run([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Cách dùng');
      for (const c of COMMANDS) expect(r.stdout).toContain(`  ${c.name}`);
    }
  });

  it('lists the commands without loading any: the table keeps each summary, the same as its command’s', async () => {
    const unloadable = COMMANDS.map((c) => ({ ...c, load: () => Promise.reject(new Error(`${c.name} loaded`)) }));
    for (const argv of [['--help'], []]) {
      const io = memoryIo(process.cwd());
      const code = await runCli(argv, io, unloadable);
      const text = [...io.stdout, ...io.stderr].join('\n');
      expect(code).toBe(argv.length === 0 ? 2 : 0);
      expect(text).not.toContain('loaded');
      for (const c of COMMANDS) expect(text).toMatch(new RegExp(`^  ${c.name} +${c.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    }
    for (const entry of COMMANDS) expect((await entry.load()).summary).toBe(entry.summary);
  });

  it('prints each command help with usage, options and exit codes', async () => {
    for (const entry of COMMANDS) {
      const c = await entry.load();
      expect(c.name).toBe(entry.name);
      const r = await run([c.name, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(c.usage[0]);
      expect(r.stdout).toContain('Mã thoát');
      expect(r.stdout).toContain('--help');
      expect((await run(['help', c.name])).stdout).toBe(r.stdout);
    }
  });

  it('rejects no command and an unknown command with exit 2', async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Chưa chọn lệnh');
    const unknown = await run(['xoa']);
    expect(unknown).toEqual({ code: 2, stdout: '', stderr: 'Không có lệnh "xoa". Xem: cchc --help' });
  });

  it('turns a CliError into its line and code, and a bug into one line with exit 2', async () => {
    const base = { summary: 's', usage: ['u'], options: [], exitCodes: 'e' };
    const commands: CliCommand[] = [
      { ...base, name: 'refuse', run: () => Promise.reject(new CliError('tệp x: hỏng', 1)) },
      { ...base, name: 'bug', run: () => Promise.reject(new TypeError('boom')) },
    ];
    expect(await run(['refuse'], commands)).toEqual({ code: 1, stdout: '', stderr: 'tệp x: hỏng' });
    const bug = await run(['bug'], commands);
    expect(bug.code).toBe(2);
    expect(bug.stderr).toBe('Lỗi không mong đợi: boom');
  });

  it('prints the stack of a bug only when the io asks for it (CCHC_DEBUG, read by processIo)', async () => {
    const base = { summary: 's', usage: ['u'], options: [], exitCodes: 'e' };
    const commands: CliCommand[] = [{ ...base, name: 'bug', run: () => Promise.reject(new TypeError('boom')) }];
    const mem = memoryIo(process.cwd());
    const debugIo = { ...mem, debug: true };
    expect(await runCli(['bug'], debugIo, entriesOf(commands))).toBe(2);
    expect(mem.stderr[0]).toBe('Lỗi không mong đợi: boom');
    expect(mem.stderr[1]).toMatch(/^TypeError: boom\n\s+at /);
    const before = process.env.CCHC_DEBUG;
    process.env.CCHC_DEBUG = '1';
    try {
      expect(processIo().debug).toBe(true);
    } finally {
      if (before === undefined) delete process.env.CCHC_DEBUG;
      else process.env.CCHC_DEBUG = before;
    }
    expect(processIo().debug).toBe(before !== undefined && before !== '');
  });
});
