import { resolve, sep } from 'node:path';
import { analyze } from '../core';
import { LineFrequencyCorpus } from '../core/corpus';
import { stripBom } from '../core/structure';
import type { CancellationLike } from '../core/types';
import { gatherArticleFiles, readArticle } from '../cli/files';
import { buildRecord } from './buildRecord';
import { StagedDestination } from './destination';
import { createFormats, type FormatName, type OutputChunk } from './formats';
import { NO_ANNOTATIONS, type DocumentAnnotations, type ExportOptions } from './options';
import { StemAllocator } from './safeNames';

export interface ExportInput {
  /** Absolute path of the article file. */
  path: string;
  /** Path relative to the folder it was found in ("/" separators), or its file name. */
  relative: string;
}

export interface ExportProgress {
  done: number;
  total: number;
  path: string;
}

export interface ExportRequest {
  inputs: ExportInput[];
  formats: FormatName[];
  options: ExportOptions;
  /** Destination folder: created by the export, must not exist or be empty unless `overwrite`. */
  out: string;
  overwrite?: boolean;
  token?: CancellationLike;
  onProgress?: (progress: ExportProgress) => void;
  /** The document's stored claims and corrections (re-anchored); none when omitted. */
  loadAnnotations?: (input: ExportInput, text: string) => Promise<DocumentAnnotations>;
  /** Lines repeated across the corpus count as outlet furniture, as in `byline analyze` (default: on). */
  corpusContext?: boolean;
}

export interface ExportSummary {
  cancelled: boolean;
  /** The destination, or null when nothing was written (cancelled). */
  out: string | null;
  documents: number;
  failed: { path: string; error: string }[];
  quotes: number;
  speakers: number;
  dates: number;
  boilerplate: number;
  claims: number;
  orphans: number;
}

/** Files and folders → export inputs, each with its path relative to the folder named on the command line. */
export function collectInputs(paths: string[]): ExportInput[] {
  const roots = paths.map((path) => resolve(path));
  return gatherArticleFiles(paths).map((file) => {
    const root = roots.filter((candidate) => file.startsWith(candidate + sep)).sort((a, b) => b.length - a.length)[0];
    const relative = root ? file.slice(root.length + 1) : (file.split(sep).pop() ?? file);
    return { path: file, relative: relative.split(sep).join('/') };
  });
}

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
    orphans: 0,
  };
  const destination = await StagedDestination.open(request.out, { replace: request.overwrite });
  try {
    const corpus = request.corpusContext === false || request.inputs.length < 2 ? undefined : await buildCorpus(request);
    const formats = createFormats(request.formats, request.options);
    const stems = new StemAllocator();
    const total = request.inputs.length;
    for (const [index, input] of request.inputs.entries()) {
      if (request.token?.isCancellationRequested) {
        summary.cancelled = true;
        break;
      }
      request.onProgress?.({ done: index, total, path: input.path });
      let chunks: OutputChunk[] = [];
      try {
        const { text } = stripBom(readArticle(input.path).text);
        const annotations = request.loadAnnotations ? await request.loadAnnotations(input, text) : NO_ANNOTATIONS;
        const analysis = analyze(text, {
          ...(corpus ? { corpus } : {}),
          ...(annotations.corrections.length > 0 ? { corrections: annotations.corrections } : {}),
        });
        const id = input.relative.replace(/\.[^./]+$/u, '');
        const record = buildRecord({ id, path: input.relative }, analysis, request.options, annotations);
        const stem = stems.allocate(id.replace(/\//gu, '__'));
        chunks = formats.flatMap((format) => format.render(record, stem));
        summary.documents++;
        summary.quotes += record.quotes.length;
        summary.speakers += record.speakers.length;
        summary.dates += record.dates.length;
        summary.boilerplate += record.boilerplate.length;
        summary.claims += record.claims.length;
        summary.orphans += annotations.orphans;
      } catch (error) {
        summary.failed.push({ path: input.path, error: error instanceof Error ? error.message : String(error) });
      }
      // Write errors (disk full, unsafe name) are not the document's fault: they end the export.
      for (const chunk of chunks) {
        await destination.write(chunk);
      }
      if (index % 16 === 15) {
        await yieldToEventLoop();
      }
    }
    if (summary.cancelled) {
      await destination.abort();
      return summary;
    }
    for (const format of formats) {
      for (const chunk of format.finish()) {
        await destination.write(chunk);
      }
    }
    request.onProgress?.({ done: total, total, path: '' });
    await destination.commit();
    summary.out = destination.target;
    return summary;
  } catch (error) {
    await destination.abort();
    throw error;
  }
}

async function buildCorpus(request: ExportRequest): Promise<LineFrequencyCorpus> {
  const corpus = new LineFrequencyCorpus();
  for (const [index, input] of request.inputs.entries()) {
    if (request.token?.isCancellationRequested) {
      break;
    }
    try {
      corpus.addDocument(stripBom(readArticle(input.path).text).text);
    } catch {
      // reported when the document itself is exported
    }
    if (index % 64 === 63) {
      await yieldToEventLoop();
    }
  }
  return corpus;
}
