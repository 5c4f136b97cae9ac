/** Which files are articles, how one is read, and the corpus evidence shared across a run: one owner for all. */
export { ARTICLE_EXTENSIONS, ARTICLE_GLOBS, describeArticleExtensions, isArticlePath } from './extensions';
export { documentId, gatherArticleFiles, InputError } from './files';
export { decodeArticle, looksBinary, MAX_ARTICLE_BYTES, readArticle, SkippedFileError, tooLargeMessage, type ArticleFile, type ReadOptions, type SizeLimit } from './read';
export { corpusFromSnapshot, lineCorpusOf, snapshotOf, type CorpusSnapshot } from './snapshot';
