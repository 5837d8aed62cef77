// Writes a file all at once: a temp file in the same folder, then a rename, so no reader ever sees half a file.
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Replace an existing file; without it an existing file is an error (nothing typed is lost). */
  readonly overwrite?: boolean;
}

/** Thrown when the target exists and overwriting was not allowed. */
export class TargetExistsError extends Error {
  constructor(readonly path: string) {
    super(`exists: ${path}`);
    this.name = 'TargetExistsError';
  }
}

/** Writes `data` to `path` atomically; the temp file is removed on any failure. */
export async function writeFileAtomic(path: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  if (!options.overwrite && existsSync(path)) throw new TargetExistsError(path);
  const dir = dirname(path);
  await fs.mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, data);
    if (options.overwrite) {
      await fs.rename(temp, path);
    } else {
      // link() refuses an existing target, so a file created meanwhile is not clobbered either.
      await fs.link(temp, path).catch(async (e: NodeJS.ErrnoException) => {
        if (e.code === 'EEXIST') throw new TargetExistsError(path);
        if (existsSync(path)) throw new TargetExistsError(path);
        await fs.rename(temp, path);
      });
    }
  } finally {
    await fs.rm(temp, { force: true });
  }
}
