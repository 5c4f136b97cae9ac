import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { CancellationLike } from '../core/types';
import { gatherArticleFiles, lineCorpusOf } from '../corpus';
import { StagedDestination } from './destination';
import { EXPORT_MANIFEST } from './destinationRules';
import { createFormats, type FormatName, type OutputChunk } from './formats';
import type { ExportOptions } from './options';
import type { WorkerPool } from '../pool';
import type { WorkerJobs } from '../worker';
import type { AnalysisSource, AnnotationLoader, DocumentCounts, ExportInput } from './prepare';
import { preparedDocuments } from './preparedDocuments';

export type { ExportInput } from './prepare';

export interface ExportProgress {
  done: number;
  total: number;
  path: string;
}

export interface ExportRequest {
  /** The files and folders the user chose to export: the destination may not be, contain or lie inside one. */
  sources: readonly string[];
  inputs: ExportInput[];
  formats: FormatName[];
  options: ExportOptions;
  /** Destination folder: created by the export; must not exist or be empty (rules in `destinationRules.ts`). */
  out: string;
  /** Replace an earlier Byline export at `out` (only the files its manifest lists are removed). */
  overwrite?: boolean;
  token?: CancellationLike;
  onProgress?: (progress: ExportProgress) => void;
  /** The document's stored claims and corrections (re-anchored); none when omitted. */
  loadAnnotations?: AnnotationLoader;
  /** Analyses already made (the language server's open documents), reused when they fit the text and options exactly. */
  analyses?: AnalysisSource;
  /** Lines repeated across the corpus count as outlet furniture, as in `byline analyze` (default: on). */
  corpusContext?: boolean;
  /**
   * Analyse on this many worker threads (the bundled `worker.js`); the workers read the `.byline/` store
   * themselves when `workerStore` is set, since `loadAnnotations` cannot cross threads. Default 1: inline.
   */
  jobs?: number;
  workerFile?: string;
  workerStore?: boolean;
  /** Run the documents in this pool instead (the language server's one pool); it stays open after the export. */
  pool?: WorkerPool<WorkerJobs>;
  /** The folder whose `.byline/` store holds a document's annotations, for workers (default: the nearest one). */
  storeRootFor?: (path: string) => string | null;
  onWarning?: (message: string) => void;
}

export interface ExportSummary extends DocumentCounts {
  cancelled: boolean;
  /** The destination, or null when nothing was written (cancelled). */
  out: string | null;
  documents: number;
  /** `error` is a whole message that names the file; `skipped`: not read for the reason it states (too large, binary). */
  failed: { path: string; error: string; skipped?: true }[];
}

/** Files and folders → export inputs, each with its path relative to the folder named on the command line. */
export function collectInputs(paths: string[]): ExportInput[] {
  const roots = paths.map((path) => resolve(path));
  const insideExport = new Map<string, boolean>();
  // A folder holding a manifest is an earlier export (its brat/*.txt are copies): never export it again.
  const isInsideExport = (folder: string): boolean => {
    let known = insideExport.get(folder);
    if (known === undefined) {
      known = existsSync(join(folder, EXPORT_MANIFEST)) || (dirname(folder) !== folder && isInsideExport(dirname(folder)));
      insideExport.set(folder, known);
    }
    return known;
  };
  return gatherArticleFiles(paths).filter((file) => !isInsideExport(dirname(file))).map((file) => {
    const root = roots.filter((candidate) => file.startsWith(candidate + sep)).sort((a, b) => b.length - a.length)[0];
    const relative = root ? file.slice(root.length + 1) : (file.split(sep).pop() ?? file);
    return { path: file, relative: relative.split(sep).join('/') };
  });
}

export { EXPORT_MANIFEST } from './destinationRules';

const yieldToEventLoop = (): Promise<void> => new Promise((done) => setImmediate(done));

/**
 * Exports documents one at a time (memory stays flat: a record is rendered, written and dropped) into a staged
 * destination that is renamed into place at the end, or deleted when the export is cancelled or fails.
 */
export async function runExport(request: ExportRequest): Promise<ExportSummary> {
  const summary: ExportSummary = {
    cancelled: false,
    out: null,
    documents: 0,
    failed: [],
    quotes: 0,
    speakers: 0,
    speakersMentionedOnly: 0,
    dates: 0,
    boilerplate: 0,
    claims: 0,
    claimsWithVerdict: 0,
    orphans: 0,
  };
  const destination = await StagedDestination.open(request.out, {
    sources: [...request.sources, ...request.inputs.map((input) => input.path)],
    replace: request.overwrite,
  });
  try {
    const corpus = request.corpusContext === false || request.inputs.length < 2 ? undefined : await lineCorpusOf(request.inputs.map((input) => input.path), { token: request.token, limit: request.options.limit });
    const formats = createFormats(request.formats, request.options);
    const total = request.inputs.length;
    let done = 0;
    for await (const prepared of preparedDocuments(request, { options: request.options, formats, corpus, loadAnnotations: request.loadAnnotations })) {
      if (request.token?.isCancellationRequested) {
        summary.cancelled = true;
        break;
      }
      request.onProgress?.({ done, total, path: prepared.input.path });
      done++;
      let chunks: OutputChunk[] = [];
      if ('error' in prepared) {
        summary.failed.push({ path: prepared.input.path, error: prepared.error, ...(prepared.skipped ? { skipped: true as const } : {}) });
      } else {
        chunks = prepared.rendered.flatMap((rendered, format) => formats[format].take(rendered));
        summary.documents++;
        for (const key of Object.keys(prepared.counts) as (keyof DocumentCounts)[]) {
          summary[key] += prepared.counts[key];
        }
      }
      // Write errors (disk full, unsafe name) are not the document's fault: they end the export.
      await destination.writeAll(chunks);
      if (done % 16 === 0) {
        await yieldToEventLoop();
      }
    }
    if (request.token?.isCancellationRequested && done < total) {
      summary.cancelled = true;
    }
    // Nothing exported (every document failed, or none was given): no destination either.
    if (summary.cancelled || summary.documents === 0) {
      await destination.abort();
      return summary;
    }
    const { documents, quotes, speakers, dates, boilerplate, claims, orphans, failed } = summary;
    const manifest = {
      format: 'byline-export',
      version: 1,
      created: new Date().toISOString(),
      formats: request.formats,
      options: manifestOptions(request.options),
      documents,
      failed: failed.length,
      counts: { quotes, speakers, dates, boilerplate, claims, orphansSkipped: orphans },
    };
    await destination.finish(formats, manifest);
    request.onProgress?.({ done: total, total, path: '' });
    summary.out = destination.target;
    return summary;
  } catch (error) {
    await destination.abort();
    throw error;
  }
}

/** The options a manifest records: what shapes the output (the size limit only decides which files are read). */
function manifestOptions({ dropBoilerplate, automatic, layers, claimLabels, published }: ExportOptions): Record<string, unknown> {
  return { dropBoilerplate, automatic, layers: [...layers], claimLabels, ...(published !== undefined ? { published } : {}) };
}
