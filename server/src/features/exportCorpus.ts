/**
 * Export Corpus in the language server: the documents under the user's settings (include, exclude, disabled
 * files), with the claims and corrections of the `.byline/` store the server owns, reported as work-done progress
 * and cancellable. Open documents whose analysis fits reuse it; the others are analysed in the server's one worker
 * pool (in this thread only without one), so requests are answered while a large corpus is exported.
 */

import { relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CancellationToken, ErrorCodes, ResponseError, type Connection, type WorkDoneProgressReporter } from 'vscode-languageserver';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../export/options';
import { DestinationError } from '../export/destination';
import { collectInputs, runExport, type ExportInput } from '../export/runExport';
import type { AnalysisSource } from '../export/prepare';
import { StoreAnnotationLoader } from '../export/storeAnnotations';
import type { DocumentPolicy } from '../documents/policy';
import type { WorkerPool } from '../pool';
import type { WorkerJobs } from '../worker';
import {
  ExportPlanRequest,
  ExportRequest,
  FORMAT_NAMES,
  type ExportParams,
  type ExportPlanParams,
  type ExportPlanResult,
  type ExportResult,
} from '../protocol/export';
import { counted } from '../protocol/plural';

export interface ExportContext {
  policy: DocumentPolicy;
  folders: () => string[];
  log: (message: string) => void;
  /** The server's worker pool; without one (tests) documents are analysed in this thread. */
  pool?: WorkerPool<WorkerJobs>;
  /** The analyses of open documents. */
  analyses?: AnalysisSource;
}

/** Counts the analyses `source` gives (the log says how many documents were not analysed again). */
function counting(source: AnalysisSource): AnalysisSource & { readonly reused: number } {
  let reused = 0;
  return {
    holds: (path) => source.holds(path),
    analysisOf: (path, text, options) => {
      const analysis = source.analysisOf(path, text, options);
      reused += analysis ? 1 : 0;
      return analysis;
    },
    get reused() {
      return reused;
    },
  };
}

/** The request's progress, or one the server created (whose Cancel button the client may press). */
export type ExportProgress = WorkDoneProgressReporter & { readonly token?: CancellationToken };

function pathOf(source: string): string {
  return source.startsWith('file:') ? fileURLToPath(source) : source;
}

/** The workspace folder holding `path` (the longest), for store lookups and relative document ids. */
function folderOf(path: string, folders: readonly string[]): string | null {
  return folders.filter((folder) => path === folder || path.startsWith(folder + sep)).sort((a, b) => b.length - a.length)[0] ?? null;
}

/** The article files of `sources` that Byline is on for, and how many it left out. */
export function exportInputs(params: ExportPlanParams, context: ExportContext): { sources: string[]; inputs: ExportInput[]; skipped: number } {
  const folders = context.folders();
  const paths = params.sources?.length ? params.sources.map(pathOf) : folders;
  const all = collectInputs(paths).map((input) => {
    const folder = folderOf(input.path, folders);
    return folder ? { ...input, relative: relative(folder, input.path).split(sep).join('/') } : input;
  });
  const inputs = all.filter((input) => context.policy.inScope(pathToFileURL(input.path).href).enabled);
  return { sources: paths, inputs, skipped: all.length - inputs.length };
}

export function exportPlan(params: ExportPlanParams, context: ExportContext): ExportPlanResult {
  const { inputs, skipped } = exportInputs(params, context);
  return { documents: inputs.length, skipped };
}

export async function exportCorpus(
  params: ExportParams,
  context: ExportContext,
  progress: ExportProgress,
  token: CancellationToken,
): Promise<ExportResult> {
  const formats = [...new Set(params.formats)];
  const unknown = formats.filter((format) => !(FORMAT_NAMES as readonly string[]).includes(format));
  if (formats.length === 0 || unknown.length > 0) {
    throw new ResponseError(ErrorCodes.InvalidParams, `Byline: formats must be among ${FORMAT_NAMES.join(', ')}${unknown.length ? ` (not ${unknown.join(', ')})` : ''}`);
  }
  if (typeof params.destination !== 'string' || params.destination === '') {
    throw new ResponseError(ErrorCodes.InvalidParams, 'Byline: the export needs a destination folder');
  }
  const { sources, inputs, skipped } = exportInputs(params, context);
  if (inputs.length === 0) {
    throw new ResponseError(ErrorCodes.InvalidRequest, 'Byline: no article files to export there');
  }
  const options: ExportOptions = {
    ...DEFAULT_EXPORT_OPTIONS,
    dropBoilerplate: params.options?.dropBoilerplate === true,
    automatic: params.options?.manualOnly !== true,
    claimLabels: params.options?.claimLabels === true,
  };
  const folders = context.folders();
  const storeRootFor = (path: string): string | null => folderOf(path, folders);
  const loader = new StoreAnnotationLoader(context.log, storeRootFor);
  const analyses = context.analyses ? counting(context.analyses) : undefined;
  const cancelled = { get isCancellationRequested() { return token.isCancellationRequested || progress.token?.isCancellationRequested === true; } };
  progress.begin('Byline: exporting corpus', 0, counted(inputs.length, 'document'), true);
  try {
    const summary = await runExport({
      sources,
      inputs,
      overwrite: params.overwrite === true,
      formats,
      options,
      out: pathOf(params.destination),
      token: cancelled,
      loadAnnotations: (input, text) => loader.load(input.path, text),
      ...(analyses ? { analyses } : {}),
      ...(context.pool ? { pool: context.pool, workerStore: true, storeRootFor } : {}),
      onWarning: context.log,
      onProgress: ({ done, total, path }) => {
        progress.report(Math.floor((done / total) * 100), path ? `${done + 1}/${total} ${path.slice(path.lastIndexOf(sep) + 1)}` : 'finishing…');
      },
    });
    for (const failure of summary.failed) {
      context.log(`export: ${failure.error}`);
    }
    context.log(`export: ${summary.documents} documents, ${analyses?.reused ?? 0} from the open documents' analyses`);
    const { documents, failed, quotes, speakers, dates, claims, orphans } = summary;
    return { cancelled: summary.cancelled, destination: summary.out, documents, skipped, failed, quotes, speakers, dates, claims, orphans };
  } catch (error) {
    const message = error instanceof DestinationError ? error.message : `export failed: ${error instanceof Error ? error.message : String(error)}`;
    throw new ResponseError(ErrorCodes.InvalidRequest, `Byline: ${message}. Nothing was written.`);
  } finally {
    progress.done();
  }
}

/**
 * The export requests. Progress goes to the request's `workDoneToken` when it has one, else to a progress the
 * server creates when the client can show it (`window.workDoneProgress`), else nowhere.
 */
export function registerExport(
  connection: Connection,
  context: ExportContext,
  canCreateProgress: () => boolean,
): (params: ExportParams, token?: CancellationToken) => Promise<ExportResult> {
  const run = async (params: ExportParams, token: CancellationToken = CancellationToken.None): Promise<ExportResult> => {
    const attached = connection.window.attachWorkDoneProgress(params.workDoneToken);
    // A client busy waiting for this very answer may not answer window/workDoneProgress/create (lsp-mode's
    // synchronous requests): after a second the export goes on without progress rather than waiting for it.
    const progress: ExportProgress =
      params.workDoneToken === undefined && canCreateProgress()
        ? await Promise.race([
            connection.window.createWorkDoneProgress(),
            new Promise<ExportProgress>((resolve) => setTimeout(() => resolve(attached), 1000)),
          ])
        : attached;
    return exportCorpus(params, context, progress, token);
  };
  connection.onRequest(ExportPlanRequest.type, (params) => exportPlan(params, context));
  connection.onRequest(ExportRequest.type, (params, token) => run(params, token));
  return run;
}
