/**
 * Where an export may go — the one rule behind `byline export`, `byline hydrate` and the editor's Export Corpus:
 * - never into, around or inside what it reads (an input folder or file) or a `.byline/` annotation store;
 * - a non-empty folder is replaced only when it holds an earlier Byline export, and then only the files that
 *   export's `byline-export.json` lists are removed (see `replaceEarlierExport`).
 */

import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { STORE_DIR } from '../annotations/model';
import { resolveInside } from './safeNames';

export class DestinationError extends Error {}

/** Written last into every export: what was exported, how, the counts and every file written. */
export const EXPORT_MANIFEST = 'byline-export.json';

export interface DestinationCheck {
  /** The destination with its folder's symlinks resolved. */
  target: string;
  /** Whether a folder (empty or an earlier export) is already there. */
  exists: boolean;
  /** The files an earlier export there wrote (relative, "/"), when the destination holds one; else null. */
  earlierFiles: string[] | null;
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

async function realOrResolved(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

/**
 * Checks `target` as the destination of an export reading `sources` (the files and folders the user named, plus
 * any input file); throws DestinationError with the reason when it may not be used. `replace` allows a non-empty
 * destination that holds an earlier Byline export with its list of files.
 */
export async function checkDestination(target: string, sources: readonly string[], replace: boolean): Promise<DestinationCheck> {
  const absolute = resolve(target);
  const parent = dirname(absolute);
  const parentReal = await realpath(parent).catch(() => null);
  if (parentReal === null || !(await stat(parentReal)).isDirectory()) {
    throw new DestinationError(`cannot export to ${absolute}: its folder ${parent} does not exist or is not a folder`);
  }
  const existing = await lstat(join(parentReal, basename(absolute))).catch(() => null);
  if (existing?.isSymbolicLink()) {
    throw new DestinationError(`refusing to export to ${absolute}: it is a symbolic link`);
  }
  if (existing && !existing.isDirectory()) {
    throw new DestinationError(`cannot export to ${absolute}: it is a file, not a folder`);
  }
  // realpath (native in fs/promises) of the folder itself gives its on-disk spelling on case-insensitive systems
  const real = existing ? await realOrResolved(join(parentReal, basename(absolute))) : join(parentReal, basename(absolute));
  if (real.split(sep).includes(STORE_DIR)) {
    throw new DestinationError(`refusing to export to ${absolute}: it is or lies inside a ${STORE_DIR}/ annotation store`);
  }
  await checkAgainstSources(absolute, real, sources);
  if (!existing) {
    return { target: real, exists: false, earlierFiles: null };
  }
  const entries = await readdir(real);
  if (entries.length === 0) {
    return { target: real, exists: true, earlierFiles: null };
  }
  if (entries.includes(STORE_DIR)) {
    throw new DestinationError(`refusing to export to ${absolute}: it holds a ${STORE_DIR}/ annotation store`);
  }
  if (!replace) {
    throw new DestinationError(`${absolute} is not empty; choose a new folder or pass --overwrite (which replaces only an earlier Byline export)`);
  }
  const earlierFiles = await readEarlierExport(absolute, real, entries);
  const store = await findStore(real);
  if (store) {
    throw new DestinationError(`refusing to replace ${absolute}: it contains a ${STORE_DIR}/ annotation store (${store})`);
  }
  return { target: real, exists: true, earlierFiles };
}

async function checkAgainstSources(absolute: string, real: string, sources: readonly string[]): Promise<void> {
  for (const source of sources) {
    const sourceReal = await realOrResolved(source);
    const kind = (await lstat(sourceReal).catch(() => null))?.isDirectory() ? 'input folder' : 'input';
    if (sourceReal === real) {
      throw new DestinationError(`refusing to export to ${absolute}: it is an ${kind} of this export; choose a folder outside the articles`);
    }
    if (isInside(real, sourceReal)) {
      throw new DestinationError(`refusing to export to ${absolute}: it lies inside the ${kind} ${sourceReal}; choose a folder outside it`);
    }
    if (isInside(sourceReal, real)) {
      throw new DestinationError(`refusing to export to ${absolute}: it contains the ${kind} ${sourceReal}; choose a folder that does not`);
    }
  }
}

/** The file list of the earlier export in `folder`; throws when there is none to trust. */
async function readEarlierExport(absolute: string, folder: string, entries: string[]): Promise<string[]> {
  if (!entries.includes(EXPORT_MANIFEST)) {
    throw new DestinationError(
      `refusing to replace ${absolute}: it is not empty and does not hold an earlier Byline export (no ${EXPORT_MANIFEST}), ` +
        'so none of its files are ours to delete; choose a new or empty folder',
    );
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(join(folder, EXPORT_MANIFEST), 'utf8'));
  } catch (error) {
    throw new DestinationError(`refusing to replace ${absolute}: its ${EXPORT_MANIFEST} cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const files = (manifest as { files?: unknown } | null)?.files;
  if (!Array.isArray(files) || !files.every((file): file is string => typeof file === 'string')) {
    throw new DestinationError(
      `refusing to replace ${absolute}: its ${EXPORT_MANIFEST} has no list of the files it wrote (an older Byline made it); ` +
        'delete that export yourself or choose a new folder',
    );
  }
  // Names that could reach outside the folder are never acted on.
  return files.filter((file) => {
    try {
      resolveInside(folder, file);
      return true;
    } catch {
      return false;
    }
  });
}

/** The first `.byline/` folder below `folder` (symlinks are not followed), or null. */
async function findStore(folder: string): Promise<string | null> {
  const pending = [folder];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    for (const entry of await readdir(current, { withFileTypes: true }).catch(() => [])) {
      if (!entry.isDirectory()) {
        continue;
      }
      const path = join(current, entry.name);
      if (entry.name === STORE_DIR) {
        return path;
      }
      pending.push(path);
    }
  }
  return null;
}
