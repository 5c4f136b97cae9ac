import { constants } from 'node:fs';
import { copyFile, link, lstat, mkdir, rename, rm, rmdir, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DestinationError, EXPORT_MANIFEST } from './destinationRules';

type EntryKind = 'missing' | 'directory' | 'symlink' | 'file';

async function kindOf(path: string): Promise<EntryKind> {
  const stats = await lstat(path).catch(() => null);
  return !stats ? 'missing' : stats.isSymbolicLink() ? 'symlink' : stats.isDirectory() ? 'directory' : 'file';
}

/** "a/b/c.txt" → ["a", "a/b"]. */
function foldersOf(name: string): string[] {
  const parts = name.split('/').slice(0, -1);
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

/**
 * Moves a file we wrote into place without ever replacing what is there (a hard link fails on an existing name;
 * where hard links are not supported, an exclusive copy does the same).
 */
async function placeWithoutClobbering(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') {
      throw error;
    }
    await copyFile(from, to, constants.COPYFILE_EXCL);
  }
  await unlink(from);
}

/** Creates the folders of `name` below `root`, refusing any that exists as something other than a real folder. */
async function makeFolders(root: string, name: string): Promise<void> {
  for (const folder of foldersOf(name)) {
    const path = join(root, folder);
    await mkdir(path).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST' || (await kindOf(path)) !== 'directory') {
        throw new DestinationError(`refusing to write ${folder}/ in ${root}: something other than a folder is there`);
      }
    });
  }
}

/**
 * Which of the earlier export's listed files are there to remove: regular files and symlinks (the link itself)
 * below real folders. A listed name below a symlinked folder refuses the whole replacement: what is behind the
 * link is not ours.
 */
async function listedFilesPresent(target: string, earlierFiles: readonly string[]): Promise<Set<string>> {
  const present = new Set<string>();
  for (const name of new Set([...earlierFiles, EXPORT_MANIFEST])) {
    let reachable = true;
    for (const folder of foldersOf(name)) {
      const kind = await kindOf(join(target, folder));
      if (kind === 'symlink') {
        throw new DestinationError(`refusing to replace ${target}: ${folder} is now a symbolic link; nothing behind it is touched`);
      }
      if (kind !== 'directory') {
        reachable = false;
        break;
      }
    }
    const kind = reachable ? await kindOf(join(target, name)) : 'missing';
    if (kind === 'file' || kind === 'symlink') {
      present.add(name);
    }
  }
  return present;
}

/** Refuses when a new file would land on, or below, something the earlier export did not write. */
async function checkNoClash(target: string, newFiles: readonly string[], removable: Set<string>): Promise<void> {
  for (const name of newFiles) {
    for (const path of [...foldersOf(name), name]) {
      const kind = await kindOf(join(target, path));
      const expected = path === name ? 'missing' : 'directory';
      if (kind === 'symlink' && !removable.has(path)) {
        throw new DestinationError(`refusing to replace ${target}: ${path} is a symbolic link the earlier export did not write`);
      }
      if (kind !== 'missing' && kind !== expected && !removable.has(path)) {
        throw new DestinationError(`refusing to replace ${target}: ${path} is there but the earlier export did not write it; move it away or choose a new folder`);
      }
    }
  }
}

/**
 * Puts a finished staged export (`newFiles` in `staging`) in place of an earlier export in `target`: exactly the
 * files the earlier export listed are removed, the new files moved in, and everything else in the folder is left
 * as it was. Checks everything before touching anything; on a failure midway the earlier files are put back.
 */
export async function replaceEarlierExport(target: string, staging: string, newFiles: readonly string[], earlierFiles: readonly string[]): Promise<void> {
  const removable = await listedFilesPresent(target, earlierFiles);
  await checkNoClash(target, newFiles, removable);
  const trash = `${staging}.old`;
  const removed: string[] = [];
  const placed: string[] = [];
  try {
    for (const name of removable) {
      await mkdir(dirname(join(trash, name)), { recursive: true });
      await rename(join(target, name), join(trash, name));
      removed.push(name);
    }
    for (const name of newFiles) {
      await makeFolders(target, name);
      await placeWithoutClobbering(join(staging, name), join(target, name));
      placed.push(name);
    }
  } catch (error) {
    for (const name of placed) {
      await unlink(join(target, name)).catch(() => undefined);
    }
    for (const name of removed) {
      await makeFolders(target, name).catch(() => undefined);
      await rename(join(trash, name), join(target, name)).catch(() => undefined);
    }
    await rm(trash, { recursive: true, force: true });
    throw error;
  }
  // Folders the earlier export wrote into and that are now empty go too (rmdir never removes a non-empty one).
  const emptied = [...new Set(removed.flatMap(foldersOf))].sort((a, b) => b.split('/').length - a.split('/').length);
  for (const folder of emptied) {
    await rmdir(join(target, folder)).catch(() => undefined);
  }
  // The trash holds only what was moved there above (files and links, never followed).
  await rm(trash, { recursive: true, force: true });
}
