import { analyze, parseGivenDate, type Analysis, type AnalyzeOptions } from '../core';
import { MetadataReader } from '../annotations/metadataStore';
import type { LineFrequencyCorpus } from '../core/corpus';
import { corpusFromSnapshot, InputError, readArticle, SkippedFileError, type CorpusSnapshot } from '../corpus';
import type { JobContext } from '../pool';
import { buildRecord } from './buildRecord';
import { createFormats, type ExportFormat, type FormatName, type RenderedDocument } from './formats';
import { LAYERS, NO_ANNOTATIONS, type DocumentAnnotations, type ExportOptions, type Layer } from './options';
import { StoreAnnotationLoader } from './storeAnnotations';

export interface ExportInput {
  /** Absolute path of the article file. */
  path: string;
  /** Path relative to the folder it was found in ("/" separators), or its file name. */
  relative: string;
}

/** What the export's summary counts of a document. */
export interface DocumentCounts {
  quotes: number;
  speakers: number;
  /** Speakers named but never quoted: counted in `speakers`, told apart in the summary. */
  speakersMentionedOnly: number;
  dates: number;
  boilerplate: number;
  claims: number;
  /** Claims that carry a verdict: what the ClaimReview format exports. */
  claimsWithVerdict: number;
  orphans: number;
}

/** One document of an export: its output in each format, rendered where it was analysed, or why it failed. */
export type PreparedDocument =
  | { index: number; input: ExportInput; rendered: RenderedDocument[]; counts: DocumentCounts }
  /** `skipped`: not read, for the reason `error` states (too large, binary), rather than failed. */
  | { index: number; input: ExportInput; error: string; skipped?: true };

export interface DocumentTask {
  index: number;
  input: ExportInput;
  /** The document's unique file-name stem (given in input order). */
  stem: string;
}

/** What preparing every document of a run needs. */
export interface ExportSetup {
  options: ExportOptions;
  formats: ExportFormat[];
  corpus: LineFrequencyCorpus | undefined;
  loadAnnotations: AnnotationLoader | undefined;
}

/** The record id of a document: its relative path without the extension. */
export function documentId(input: ExportInput): string {
  return input.relative.replace(/\.[^./]+$/u, '');
}

export type AnnotationLoader = (input: ExportInput, text: string) => Promise<DocumentAnnotations>;

/** What a document's analysis depends on besides its text (the corpus evidence aside). */
export type DocumentAnalysisOptions = Pick<AnalyzeOptions, 'corrections' | 'published' | 'locale'>;

/** Analyses made before the export (the language server's cache of open documents), reused when they fit exactly. */
export interface AnalysisSource {
  /** Cheap: whether there may be an analysis of `path` (e.g. the document is open); those are prepared in this thread. */
  holds(path: string): boolean;
  /** The analysis of exactly this text with exactly these options, if there is one. */
  analysisOf(path: string, text: string, options: DocumentAnalysisOptions): Analysis | undefined;
}

const metadata = new MetadataReader();

interface DocumentInputs {
  text: string;
  annotations: DocumentAnnotations;
  options: DocumentAnalysisOptions;
}

/** Reads the document with its stored claims and corrections (which win) and its stored publication date. */
async function readDocument(input: ExportInput, options: ExportOptions, loadAnnotations: AnnotationLoader | undefined): Promise<DocumentInputs> {
  const { text } = readArticle(input.path, { limit: options.limit });
  const annotations = loadAnnotations ? await loadAnnotations(input, text) : NO_ANNOTATIONS;
  // Without the store (--no-store) its metadata is not read either.
  const stored = loadAnnotations ? metadata.inputsFor(input.path) : {};
  if (stored.problem && options.published === undefined) {
    throw new Error(`${stored.problem} (fix it, or give the date with --published)`);
  }
  const published = options.published ?? stored.published;
  return {
    text,
    annotations,
    options: {
      ...(annotations.corrections.length > 0 ? { corrections: annotations.corrections } : {}),
      ...(published !== undefined
        ? { published: { ...parseGivenDate(published), reason: options.published !== undefined ? 'given with --published' : 'set in .byline/metadata' } }
        : {}),
      ...(stored.locale !== undefined ? { locale: stored.locale } : {}),
    },
  };
}

function rendered({ index, input, stem }: DocumentTask, analysis: Analysis, setup: ExportSetup, annotations: DocumentAnnotations): PreparedDocument {
  const record = buildRecord({ id: documentId(input), path: input.relative }, analysis, setup.options, annotations);
  const counts: DocumentCounts = {
    quotes: record.quotes.length,
    speakers: record.speakers.length,
    speakersMentionedOnly: record.speakers.filter((speaker) => speaker.mentionedOnly).length,
    dates: record.dates.length,
    boilerplate: record.boilerplate.length,
    claims: record.claims.length,
    claimsWithVerdict: record.claims.filter((claim) => claim.attributes.verdict).length,
    orphans: record.stats.orphans,
  };
  return { index, input, rendered: setup.formats.map((format) => format.renderDocument(record, stem)), counts };
}

/** A failure as a result, never a throw: a read error names the file already ("skipping a.txt: … binary file"). */
export function failedDocument(index: number, input: ExportInput, error: unknown): PreparedDocument {
  if (error instanceof SkippedFileError) {
    return { index, input, error: error.message, skipped: true };
  }
  return { index, input, error: error instanceof InputError ? error.message : `${input.path}: ${error instanceof Error ? error.message : String(error)}` };
}

/**
 * Reads, analyses and renders one document. Shared by the inline export and the worker threads; a failure becomes
 * an error result, never a throw.
 */
export async function prepareDocument(task: DocumentTask, setup: ExportSetup): Promise<PreparedDocument> {
  try {
    const document = await readDocument(task.input, setup.options, setup.loadAnnotations);
    const analysis = analyze(document.text, { ...(setup.corpus ? { corpus: setup.corpus } : {}), ...document.options });
    return rendered(task, analysis, setup, document.annotations);
  } catch (error) {
    return failedDocument(task.index, task.input, error);
  }
}

/**
 * The document's record from an analysis `source` already holds, or null when it holds none that fits: none of
 * this text with these options, or the corpus evidence of this run would change it (a line shared with another
 * document). The record is then the same as `prepareDocument` gives.
 */
export async function prepareFromSource(task: DocumentTask, setup: ExportSetup, source: AnalysisSource): Promise<PreparedDocument | null> {
  try {
    const document = await readDocument(task.input, setup.options, setup.loadAnnotations);
    const analysis = setup.corpus?.sharesLinesWith(document.text) ? undefined : source.analysisOf(task.input.path, document.text, document.options);
    return analysis ? rendered(task, analysis, setup, document.annotations) : null;
  } catch (error) {
    return failedDocument(task.index, task.input, error);
  }
}

/** What every worker shares for one export run (sent once per worker, under the run's key). */
export interface ExportRun {
  corpus: CorpusSnapshot | undefined;
  /** Options with `layers` as an array (sets do not survive every transfer path unchanged). */
  options: Omit<ExportOptions, 'layers'> & { layers: Layer[] };
  formats: FormatName[];
  /** The workers read the `.byline/` store themselves: a loader function cannot cross threads. */
  useStore: boolean;
}

export interface ExportTask extends DocumentTask {
  /** The key its run is shared under (`WorkerPool.share`): runs of one pool (the server's) may overlap. */
  run: string;
  /** The folder whose `.byline/` store holds the document's annotations (null: none); default: the nearest one. */
  storeRoot?: string | null;
}

const runs = new WeakMap<ExportRun, { setup: Omit<ExportSetup, 'loadAnnotations'>; loader: StoreAnnotationLoader | null }>();

/** One document of an export prepared in a worker of the pool. */
export function exportTaskJob(task: ExportTask, context: JobContext): Promise<PreparedDocument> {
  const run = context.shared<ExportRun>(task.run);
  if (!run) {
    throw new Error('export job without its run');
  }
  let prepared = runs.get(run);
  if (!prepared) {
    const options = { ...run.options, layers: new Set(run.options.layers.filter((layer) => LAYERS.includes(layer))) };
    const setup = { options, formats: createFormats(run.formats, options), corpus: corpusFromSnapshot(run.corpus) };
    prepared = { setup, loader: run.useStore ? new StoreAnnotationLoader((message) => context.warn(message)) : null };
    runs.set(run, prepared);
  }
  const { loader } = prepared;
  const loadAnnotations: AnnotationLoader | undefined = loader ? (input, text) => loader.load(input.path, text, task.storeRoot) : undefined;
  return prepareDocument(task, { ...prepared.setup, loadAnnotations });
}
