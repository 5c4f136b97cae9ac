/**
 * Which files are articles: the one list of extensions. The manifest's language contribution, the `byline.include`
 * default, the CLI and the export all follow it (test/unit/corpus.files.test.ts keeps package.json in step).
 */
import { extname } from 'node:path';

export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.article'] as const;

const extensions = new Set<string>(ARTICLE_EXTENSIONS);

export function isArticlePath(path: string): boolean {
  return extensions.has(extname(path).toLowerCase());
}

/** Workspace globs matching every article file (the default of `byline.include`). */
export const ARTICLE_GLOBS: readonly string[] = ARTICLE_EXTENSIONS.map((extension) => `**/*${extension}`);

/** For messages: ".txt, .text or .article". */
export function describeArticleExtensions(): string {
  return `${ARTICLE_EXTENSIONS.slice(0, -1).join(', ')} or ${ARTICLE_EXTENSIONS[ARTICLE_EXTENSIONS.length - 1]}`;
}
