import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';

export class InputError extends Error {}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.text']);

/** Expands files and directories (recursively, article extensions only) into a sorted, de-duplicated file list. */
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
    } else if (explicit || ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) {
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

/** Heuristic binary check: a NUL byte or many control characters in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) {
      return true;
    }
    if (byte < 9 || (byte > 13 && byte < 32)) {
      control++;
    }
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

export interface ArticleText {
  path: string;
  text: string;
}

/** Reads an article as UTF-8; throws InputError with a clear message for unreadable or binary files. */
export function readArticle(path: string): ArticleText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (looksBinary(bytes)) {
    throw new InputError(`skipping ${path}: it looks like a binary file, not article text`);
  }
  return { path, text: bytes.toString('utf8') };
}
