import { analyze, parseGivenDate } from '../core';
import { MetadataReader } from '../annotations/metadataStore';
import type { LineFrequencyCorpus } from '../core/corpus';
import { corpusFromSnapshot, InputError, readArticle, type CorpusSnapshot } from '../corpus';
import type { JobContext } from '../pool';
import { buildRecord } from './buildRecord';
import { LAYERS, NO_ANNOTATIONS, type DocumentAnnotations, type ExportOptions, type Layer } from './options';
import type { CorpusRecord } from './record';
import { StoreAnnotationLoader } from './storeAnnotations';

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
    // A read error names the file already ("skipping a.txt: it looks like a binary file"); others get its path.
    return { index, input, error: error instanceof InputError ? error.message : `${input.path}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** What every worker of an `export --jobs N` run shares (sent once per worker). */
export interface ExportRun {
  corpus: CorpusSnapshot | undefined;
  /** Options with `layers` as an array (sets do not survive every transfer path unchanged). */
  options: Omit<ExportOptions, 'layers'> & { layers: Layer[] };
  /** The workers read the `.byline/` store themselves: a loader function cannot cross threads. */
  useStore: boolean;
}

export const EXPORT_RUN = 'export/run';

export interface ExportTask {
  index: number;
  input: ExportInput;
}

const runs = new WeakMap<ExportRun, { options: ExportOptions; loader: StoreAnnotationLoader | null }>();

/** `export --jobs N`: one document prepared in a worker of the pool. */
export function exportTaskJob(task: ExportTask, context: JobContext): Promise<PreparedDocument> {
  const run = context.shared<ExportRun>(EXPORT_RUN);
  if (!run) {
    throw new Error('export job without its run');
  }
  let prepared = runs.get(run);
  if (!prepared) {
    const layers = new Set(run.options.layers.filter((layer) => LAYERS.includes(layer)));
    prepared = { options: { ...run.options, layers }, loader: run.useStore ? new StoreAnnotationLoader((message) => context.warn(message)) : null };
    runs.set(run, prepared);
  }
  const { loader } = prepared;
  return prepareDocument(task.index, task.input, prepared.options, corpusFromSnapshot(run.corpus), loader ? (input, text) => loader.load(input.path, text) : undefined);
}
