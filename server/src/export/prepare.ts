import { analyze, parseGivenDate } from '../core';
import { MetadataReader } from '../annotations/metadataStore';
import type { LineFrequencyCorpus } from '../core/corpus';
import { readArticle } from '../corpus';
import { buildRecord } from './buildRecord';
import { NO_ANNOTATIONS, type DocumentAnnotations, type ExportOptions } from './options';
import type { CorpusRecord } from './record';

export interface ExportInput {
  /** Absolute path of the article file. */
  path: string;
  /** Path relative to the folder it was found in ("/" separators), or its file name. */
  relative: string;
}

export type PreparedDocument = { index: number; input: ExportInput; record: CorpusRecord } | { index: number; input: ExportInput; error: string };

const metadata = new MetadataReader();

/**
 * Reads, analyses (with the document's stored corrections, which win) and turns one document into its export
 * record. Shared by the inline export and the worker threads; a failure becomes an error result, never a throw.
 */
export async function prepareDocument(
  index: number,
  input: ExportInput,
  options: ExportOptions,
  corpus: LineFrequencyCorpus | undefined,
  loadAnnotations: ((input: ExportInput, text: string) => Promise<DocumentAnnotations>) | undefined,
): Promise<PreparedDocument> {
  try {
    const { text } = readArticle(input.path);
    const annotations = loadAnnotations ? await loadAnnotations(input, text) : NO_ANNOTATIONS;
    // Without the store (--no-store) its metadata is not read either.
    const stored = loadAnnotations ? metadata.inputsFor(input.path) : {};
    if (stored.problem && options.published === undefined) {
      throw new Error(`${stored.problem} (fix it, or give the date with --published)`);
    }
    const published = options.published ?? stored.published;
    const analysis = analyze(text, {
      ...(corpus ? { corpus } : {}),
      ...(annotations.corrections.length > 0 ? { corrections: annotations.corrections } : {}),
      ...(published !== undefined
        ? { published: { ...parseGivenDate(published), reason: options.published !== undefined ? 'given with --published' : 'set in .byline/metadata' } }
        : {}),
      ...(stored.locale !== undefined ? { locale: stored.locale } : {}),
    });
    const id = input.relative.replace(/\.[^./]+$/u, '');
    return { index, input, record: buildRecord({ id, path: input.relative }, analysis, options, annotations) };
  } catch (error) {
    return { index, input, error: error instanceof Error ? error.message : String(error) };
  }
}
