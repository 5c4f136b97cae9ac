import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { LineFrequencyCorpus } from '../core/corpus';
import type { CancellationLike } from '../core/types';
import { gatherArticleFiles, lineCorpusOf, snapshotOf } from '../corpus';
import { StagedDestination } from './destination';
import { EXPORT_MANIFEST } from './destinationRules';
import { createFormats, type FormatName, type OutputChunk } from './formats';
import type { DocumentAnnotations, ExportOptions } from './options';
import { inOrder, WorkerPool } from '../pool';
import type { WorkerJobs } from '../worker';
import { EXPORT_RUN, prepareDocument, type ExportInput, type PreparedDocument } from './prepare';
import { StemAllocator } from './safeNames';

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
  loadAnnotations?: (input: ExportInput, text: string) => Promise<DocumentAnnotations>;
  /** Lines repeated across the corpus count as outlet furniture, as in `byline analyze` (default: on). */
  corpusContext?: boolean;
  /**
   * Analyse on this many worker threads (the bundled `worker.js`); the workers read the `.byline/` store
   * themselves when `workerStore` is set, since `loadAnnotations` cannot cross threads. Default 1: inline.
   */
  jobs?: number;
  workerFile?: string;
  workerStore?: boolean;
  onWarning?: (message: string) => void;
}

export interface ExportSummary {
  cancelled: boolean;
  /** The destination, or null when nothing was written (cancelled). */
  out: string | null;
  documents: number;
  /** `error` is a whole message that names the file. */
  failed: { path: string; error: string }[];
  quotes: number;
  speakers: number;
  dates: number;
  boilerplate: number;
  claims: number;
  /** Claims that carry a verdict: what the ClaimReview format exports. */
  claimsWithVerdict: number;
  orphans: number;
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
    const corpus = request.corpusContext === false || request.inputs.length < 2 ? undefined : await lineCorpusOf(request.inputs.map((input) => input.path), request.token);
    const formats = createFormats(request.formats, request.options);
    const stems = new StemAllocator();
    const total = request.inputs.length;
    let done = 0;
    for await (const prepared of prepare(request, corpus)) {
      if (request.token?.isCancellationRequested) {
        summary.cancelled = true;
        break;
      }
      request.onProgress?.({ done, total, path: prepared.input.path });
      done++;
      let chunks: OutputChunk[] = [];
      if ('error' in prepared) {
        summary.failed.push({ path: prepared.input.path, error: prepared.error });
      } else {
        const { record } = prepared;
        const stem = stems.allocate(record.id.replace(/\//gu, '__'));
        try {
          chunks = formats.flatMap((format) => format.render(record, stem));
          summary.documents++;
          summary.quotes += record.quotes.length;
          summary.speakers += record.speakers.length;
          summary.dates += record.dates.length;
          summary.boilerplate += record.boilerplate.length;
          summary.claims += record.claims.length;
          summary.claimsWithVerdict += record.claims.filter((claim) => claim.attributes.verdict).length;
          summary.orphans += record.stats.orphans;
        } catch (error) {
          summary.failed.push({ path: prepared.input.path, error: `${prepared.input.path}: ${error instanceof Error ? error.message : String(error)}` });
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
      options: { ...request.options, layers: [...request.options.layers] },
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

/** Prepared documents in input order, from worker threads when asked for, otherwise one by one inline. */
async function* prepare(request: ExportRequest, corpus: LineFrequencyCorpus | undefined): AsyncGenerator<PreparedDocument> {
  const jobs = Math.min(request.jobs ?? 1, request.inputs.length);
  if (jobs > 1 && request.workerFile && existsSync(request.workerFile)) {
    const pool = new WorkerPool<WorkerJobs>({ script: request.workerFile, size: jobs, ...(request.onWarning ? { onWarning: request.onWarning } : {}) });
    const options = { ...request.options, layers: [...request.options.layers] };
    pool.share(EXPORT_RUN, { corpus: corpus ? snapshotOf(corpus) : undefined, options, useStore: request.workerStore ?? false });
    const tasks = request.inputs.map((input, index) => ({ index, input }));
    try {
      yield* inOrder(tasks, (task) => pool.run('exportTask', task), jobs * 2, request.token);
    } finally {
      await pool.close();
    }
    return;
  }
  for (const [index, input] of request.inputs.entries()) {
    if (request.token?.isCancellationRequested) {
      return;
    }
    yield await prepareDocument(index, input, request.options, corpus, request.loadAnnotations);
  }
}
