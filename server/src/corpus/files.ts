import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { isArticlePath } from './extensions';

/** Bad input named by the user (missing file, unreadable, binary): a clear message, exit code 2 in the CLI. */
export class InputError extends Error {}

/** Expands files and folders (recursively, article extensions only) into a sorted, de-duplicated file list. */
export function gatherArticleFiles(inputs: string[]): string[] {
  const found = new Set<string>();
  const visit = (path: string, explicit: boolean): void => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new InputError(`cannot read ${path}: no such file or directory`);
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!entry.startsWith('.') && entry !== 'node_modules') {
          visit(join(path, entry), false);
        }
      }
    } else if (explicit || isArticlePath(path)) {
      found.add(resolve(path));
    }
  };
  for (const input of inputs) {
    visit(input, true);
  }
  return [...found].sort();
}

/** A document id: the file name without its extension. */
export function documentId(path: string): string {
  return basename(path, extname(path));
}
