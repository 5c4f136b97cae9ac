/**
 * A cross-process lock file (`open(…, 'wx')` fails when it exists). Hand-written because no locking package is
 * installed and the need is small: it only serialises the read-merge-write of one store file between windows.
 * A lock older than STALE_MS is left over from a crashed writer and is broken.
 */

import { promises as fs } from 'node:fs';

const STALE_MS = 10_000;
const RETRY_MS = 25;
const TIMEOUT_MS = 5_000;

export async function withLock<T>(lockFile: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      const handle = await fs.open(lockFile, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
      const stat = await fs.stat(lockFile).catch(() => null);
      if (stat && Date.now() - stat.mtimeMs > STALE_MS) {
        await fs.rm(lockFile, { force: true });
        continue;
      }
      if (Date.now() - started > TIMEOUT_MS) {
        throw new Error(`Byline: timed out waiting for ${lockFile} (another window is writing; delete the file if not)`, {
          cause: error,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
  try {
    return await work();
  } finally {
    await fs.rm(lockFile, { force: true });
  }
}
