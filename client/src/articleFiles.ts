/**
 * Which plain-text files open as news articles (pure; no vscode). Byline claims only `.article` files outright:
 * `.txt` and `.text` are everybody's (notes, licences, logs, requirements), so it opens them as articles where the
 * user annotates, as brat works on a collection folder and INCEpTION on a project. `byline.plainTextFiles`:
 * - `articleFolders` (default): inside a workspace folder that holds Byline's `.byline/` folder; in another folder,
 *   a file that reads like a news article (a quotation and a verb of saying) asks once whether the folder is one;
 * - `always`: every `.txt` and `.text` file;
 * - `never`: none (Change Language Mode → "News article (Byline)" still does it for one file).
 */

export type PlainTextFiles = 'articleFolders' | 'always' | 'never';

export const PLAIN_TEXT_EXTENSIONS = ['.txt', '.text'] as const;

/** "Byline: Open This Folder's .txt Files as Articles" (registered in plainTextArticles.ts). */
export const OPEN_FOLDER_AS_ARTICLES = 'openFolderAsArticles';

export interface PlainTextFile {
  /** The file's path or URI path. */
  path: string;
  /** Whether the workspace folder holding it has a `.byline/` folder; null outside every workspace folder. */
  folderHasStore: boolean | null;
  /** The start of its text. */
  text: string;
}

export type ArticleChoice = 'article' | 'ask' | 'plain';

/** What to do with a plain-text document just opened. */
export function articleChoice(file: PlainTextFile, setting: PlainTextFiles): ArticleChoice {
  const lower = file.path.toLowerCase();
  if (setting === 'never' || !PLAIN_TEXT_EXTENSIONS.some((extension) => lower.endsWith(extension))) {
    return 'plain';
  }
  if (setting === 'always' || file.folderHasStore === true) {
    return 'article';
  }
  return file.folderHasStore === false && readsLikeNews(file.text) ? 'ask' : 'plain';
}

/** The setting's value, or the default for anything else. */
export function plainTextFilesSetting(value: unknown): PlainTextFiles {
  return value === 'always' || value === 'never' ? value : 'articleFolders';
}

const QUOTE = String.raw`[“"«„][^”"»“\n]{12,400}[”"»]`;
const SAYING = String.raw`(?:said|says|told|added|asked|replied|warned|explained|according to)`;
/** A quotation then a verb of saying within a few words ("…," the mayor said), or the verb then one (told reporters: "…"). */
const NEWS = new RegExp(String.raw`${QUOTE}[,.]?\s*(?:[\p{L}.'’-]+\s+){0,4}${SAYING}\b|\b${SAYING}(?:\s+[\p{L}.'’-]+){0,3}[:,]?\s*${QUOTE}`, 'u');

/** How much of the start of a file `readsLikeNews` reads. */
export const NEWS_WINDOW = 20_000;

/** Whether `text` (its first NEWS_WINDOW characters) reads like a news article: someone is quoted saying something. */
export function readsLikeNews(text: string): boolean {
  return NEWS.test(text.slice(0, NEWS_WINDOW));
}
