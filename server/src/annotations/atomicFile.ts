/**
 * The file operations every `.byline/` store shares: reading a file that may not exist yet, an atomic replace, and a
 * backup of a file it cannot read.
 */

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';

/** The file's text, or null when there is no such file (a store file not written yet); other errors are thrown. */
export async function readTextIfPresent(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return null;
    }
    throw error;
  }
}

/**
 * Writes a temp file in the same folder, fsyncs it and renames it over `file`: a crash leaves the old or the new
 * content, never half of one (a stray `*.tmp` at worst). `beforeRename` is a test hook.
 */
export async function writeFileAtomic(file: string, content: string, beforeRename?: (tempFile: string) => Promise<void>): Promise<void> {
  const temp = `${file}.${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.tmp`;
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await beforeRename?.(temp);
  await fs.rename(temp, file);
  await syncDirectory(path.dirname(file));
}

/**
 * Copies a file (one that could not be read, or one about to change) to `<backupRoot>/<its path under baseDir>.<content hash>.bak` (one copy per
 * distinct content) and returns where, or null when the copy failed.
 */
export async function backupFile(backupRoot: string, baseDir: string, file: string, content: string): Promise<string | null> {
  const hash = createHash('sha256').update(content, 'utf8').digest('hex').slice(0, 12);
  const target = path.join(backupRoot, `${path.relative(baseDir, file)}.${hash}.bak`);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, content, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      return null;
    }
  }
  return target;
}

/** Makes the rename durable; not supported on every platform (Windows), where it is skipped. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await fs.open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort only.
  }
}
