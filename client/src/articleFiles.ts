/**
 * Which plain-text files open as news articles (pure; no vscode). Byline claims only `.article` files outright:
 * `.txt` and `.text` are everybody's (notes, licences, logs, requirements). `byline.plainTextFiles`:
 * - `auto` (default): a file in a workspace folder that holds Byline's `.byline/` folder; elsewhere a file that reads
 *   like news opens as an article at once (no setup: the people Byline is for open scraped articles) and Byline
 *   offers to keep the folder as an article folder or to leave its files alone;
 * - `articleFolders`: only in a workspace folder that holds `.byline/` (as brat works on a collection, INCEpTION on a
 *   project);
 * - `always`: every `.txt` and `.text` file;
 * - `never`: none (Change Language Mode → "News article (Byline)" still does it for one file).
 */

export type PlainTextFiles = 'auto' | 'articleFolders' | 'always' | 'never';

export const PLAIN_TEXT_EXTENSIONS = ['.txt', '.text'] as const;

/** "Byline: Open This Folder's .txt Files as Articles" (registered in plainTextArticles.ts). */
export const OPEN_FOLDER_AS_ARTICLES = 'openFolderAsArticles';
/** "Byline: Leave This Folder's .txt Files as Plain Text" (the offer's "Not Articles"; registered in plainTextArticles.ts). */
export const LEAVE_FOLDER_AS_PLAIN_TEXT = 'leaveFolderAsPlainText';

export interface PlainTextFile {
  /** The file's path or URI path. */
  path: string;
  /** Whether the workspace folder holding it has a `.byline/` folder; null outside every workspace folder. */
  folderHasStore: boolean | null;
  /** Whether the user said its workspace folder holds no articles. */
  folderDeclined: boolean;
  /** The start of its text. */
  text: string;
}

/** `detected`: an article because it reads like news, in no folder known to hold articles. */
export type ArticleChoice = 'article' | 'detected' | 'plain';

/** Whether `path` names a `.txt` or `.text` file, the files this rule decides about. */
export function isPlainTextPath(path: string): boolean {
  const lower = path.toLowerCase();
  return PLAIN_TEXT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** What to do with a plain-text document just opened. */
export function articleChoice(file: PlainTextFile, setting: PlainTextFiles): ArticleChoice {
  if (setting === 'never' || !isPlainTextPath(file.path)) {
    return 'plain';
  }
  if (setting === 'always' || file.folderHasStore === true) {
    return 'article';
  }
  return setting === 'auto' && !file.folderDeclined && readsLikeNews(file.text) ? 'detected' : 'plain';
}

/** The setting's value, or the default for anything else. */
export function plainTextFilesSetting(value: unknown): PlainTextFiles {
  return value === 'articleFolders' || value === 'always' || value === 'never' ? value : 'auto';
}

// Hand-written: no library tells a news story from a note. Quoted words with spaces, not code ("git add -N",
// key="value", paths), closed by punctuation before a verb of saying, or opened by one after a colon or comma.
const QUOTED = String.raw`(?=[^”"»“\n]*\s[^”"»“\n]*\s)(?![^”"»“\n]*\s-\w)[^”"»“\n=<>{}$/\\|_*#@]{12,400}`;
const SAYING = String.raw`(?:said|says|saying|told|tells|added|adding|asked|asks|replied|warned|warns|explained|noted|noting|stated|states|stating|wrote|writes|insisted|argued|argues|claimed|declared|announced|asserted|asserting|tweeted|posted|recalled|continued|concluded|acknowledged|admitted|according to)`;
const NEWS = new RegExp(
  String.raw`[“"«„]${QUOTED}(?:[,.!?…][”"»],?|[”"»],)\s*(?:[\p{L}.'’-]+\s+){0,4}${SAYING}\b|\b${SAYING}(?:\s+[\p{L}.'’-]+){0,3}[:,]\s*[“"«„]${QUOTED}[”"»]`,
  'u',
);
/** A report without quotations: several sentences running on in long lines (briefs, wire copy). */
const LONG_LINE = /^[^\n]{80,}$/gmu;
const SENTENCE_BREAK = /\p{Ll}[.!?][”"’]?\s+[\p{Lu}“"]/gu;
const REPORT_SENTENCES = 5;
/** Licences read like prose and quote ("AS IS"): they are never articles. */
const LICENCE = /\b(?:GNU|General Public License|Apache License|MIT License|Permission is hereby granted|THE SOFTWARE IS PROVIDED|Redistribution and use|Creative Commons|licen[cs]ed under|Licen[cs]e,? Version)\b/i;

/** How much of the start of a file `readsLikeNews` reads. */
export const NEWS_WINDOW = 20_000;

/** Whether `text` (its first NEWS_WINDOW characters) reads like a news article: someone quoted, or a run of reported prose. */
export function readsLikeNews(text: string): boolean {
  const start = text.slice(0, NEWS_WINDOW);
  if (LICENCE.test(start.slice(0, 3_000))) {
    return false;
  }
  if (NEWS.test(start)) {
    return true;
  }
  let sentences = 0;
  for (const line of start.match(LONG_LINE) ?? []) {
    sentences += line.match(SENTENCE_BREAK)?.length ?? 0;
  }
  return sentences >= REPORT_SENTENCES;
}
