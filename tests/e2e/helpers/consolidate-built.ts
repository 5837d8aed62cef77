// `cchc consolidate` of the built CLI with CCHC_THREADS set, as the thread tests compare one thread with two.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { loadWorkbook } from '../../../src/hosts/cli/xlsx/load-workbook';
import { readNamedCells } from '../../../src/hosts/shared/xlsx-named-cells';
import { CLI_MAIN } from './built-cli';

/**
 * `files` consolidated in `box` by the built CLI with CCHC_THREADS = `threads`, no --forms, --skip-rejected, into outputs
 * named by `tag`: exit code, lines (progress left out), each output's parts (the time of writing blanked), the workbook's
 * named cells and the report's paragraphs as text, Bảng 1 left out (it lists the communes in the order their files came).
 */
export async function consolidateBuilt(box: string, threads: string, files: readonly string[], tag: string) {
  const out = `th-${threads}-${tag}`;
  const r = spawnSync(process.execPath, [CLI_MAIN, 'consolidate', ...files, '--out', `${out}.xlsx`, '--report', `${out}.docx`, '--skip-rejected'], {
    cwd: box,
    encoding: 'utf-8',
    env: { ...process.env, CCHC_THREADS: threads },
  });
  const parts = (file: string): Record<string, string> =>
    r.status !== 0
      ? {}
      : Object.fromEntries(
          Object.entries(unzipSync(new Uint8Array(readFileSync(join(box, file))))).map(([path, bytes]) => [
            path,
            // The time of writing is the one thing that may differ.
            strFromU8(bytes).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1'),
          ]),
        );
  const docx = parts(`${out}.docx`);
  const paragraphs = (docx['word/document.xml']?.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => p.replace(/<[^>]+>/g, ''));
  return {
    code: r.status,
    stdout: r.stdout.replaceAll(out, 'th'),
    stderr: r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('Đang đọc ')),
    xlsx: parts(`${out}.xlsx`),
    docx,
    totals: r.status === 0 ? readNamedCells(await loadWorkbook(new Uint8Array(readFileSync(join(box, `${out}.xlsx`))))).values : null,
    words: paragraphs.join('\n').replace(/Bảng 1\nDANH SÁCH ĐƠN VỊ ĐÃ BÁO CÁO[\s\S]*?\nBảng 2/, 'Bảng 2'),
  };
}
