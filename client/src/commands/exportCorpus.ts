/**
 * Byline: Export Corpus… — exports the workspace, a chosen folder, or the files selected in the explorer in the
 * chosen formats, with per-file progress, a working Cancel (nothing half-written is left) and a summary with a
 * "Reveal" button. The logic sees the editor through `ExportCommandDeps`; `exportCorpusVscode.ts` adapts vscode.
 */

import { basename, dirname, join, relative, sep } from 'node:path';
import type { CancellationLike } from '../../../server/src/core/types';
import { DestinationError } from '../../../server/src/export/destination';
import { FORMAT_DESCRIPTIONS, FORMAT_NAMES, type FormatName } from '../../../server/src/export/formats';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../../server/src/export/options';
import { collectInputs, runExport, type ExportInput, type ExportRequest, type ExportSummary } from '../../../server/src/export/runExport';
import { StoreAnnotationLoader } from '../../../server/src/export/storeAnnotations';
import type { CommandHandler, PickItem } from './types';

export interface ExportUi {
  pick<T>(items: PickItem<T>[], options: { title: string; placeholder?: string }): Promise<T | undefined>;
  pickMany<T>(items: (PickItem<T> & { picked?: boolean })[], options: { title: string; placeholder?: string }): Promise<T[] | undefined>;
  /** A folder to export from. */
  chooseFolder(defaultPath: string | undefined): Promise<string | undefined>;
  /** Save dialog: the path of the new destination folder. */
  chooseDestination(defaultPath: string): Promise<string | undefined>;
  /** Runs `task` under a cancellable progress notification; `report` adds `increment` percent. */
  withProgress<R>(title: string, task: (report: (message: string, increment: number) => void, token: CancellationLike) => Promise<R>): Promise<R>;
  info(message: string, ...actions: string[]): Promise<string | undefined>;
  warn(message: string): void;
  error(message: string): void;
}

export interface ExportCommandDeps {
  ui: ExportUi;
  /** File-system paths of the workspace folders. */
  workspaceFolders(): string[];
  reveal(path: string): Promise<void>;
  log(message: string): void;
  /** Replaceable in tests. */
  run?: (request: ExportRequest) => Promise<ExportSummary>;
}

type Scope = 'workspace' | 'folder';
type OptionKey = 'dropBoilerplate' | 'manualOnly' | 'claimLabels';

/** Explorer context menus pass (clicked uri, selected uris); anything with an `fsPath` counts. */
function pathsFromArgs(args: unknown[]): string[] {
  const fsPath = (value: unknown): string | null =>
    typeof value === 'object' && value !== null && typeof (value as { fsPath?: unknown }).fsPath === 'string' ? (value as { fsPath: string }).fsPath : null;
  const selected = Array.isArray(args[1]) ? (args[1] as unknown[]).map(fsPath) : [];
  const paths = selected.length > 0 ? selected : [fsPath(args[0])];
  return paths.filter((path): path is string => path !== null);
}

/** The workspace folder holding `path`, for the annotation store lookup and for relative paths. */
function folderOf(path: string, folders: string[]): string | null {
  return folders.filter((folder) => path === folder || path.startsWith(folder + sep)).sort((a, b) => b.length - a.length)[0] ?? null;
}

/** `byline-export` in the workspace folder, or beside that folder when it is itself exported (never inside an input). */
function defaultDestination(sources: string[], base: string): string {
  const inside = join(base, 'byline-export');
  return sources.some((source) => inside.startsWith(source + sep)) ? join(dirname(base), `${basename(base)}-byline-export`) : inside;
}

export function exportCorpus(deps: ExportCommandDeps): CommandHandler {
  return async (...args: unknown[]) => {
    const folders = deps.workspaceFolders();
    let sources = pathsFromArgs(args);
    if (sources.length === 0) {
      const scope = await deps.ui.pick<Scope>(
        [
          { label: 'Whole workspace', description: folders.map((folder) => basename(folder)).join(', '), value: 'workspace' },
          { label: 'Choose a folder…', value: 'folder' },
        ],
        { title: 'Byline: Export Corpus — what to export' },
      );
      if (!scope) {
        return;
      }
      const folder = scope === 'folder' ? await deps.ui.chooseFolder(folders[0]) : undefined;
      sources = scope === 'workspace' ? folders : folder ? [folder] : [];
    }
    if (sources.length === 0) {
      deps.ui.warn('Byline: open a folder or select article files to export.');
      return;
    }
    let inputs: ExportInput[];
    try {
      inputs = collectInputs(sources).map((input) => {
        const folder = folderOf(input.path, folders);
        return folder ? { ...input, relative: relative(folder, input.path).split(sep).join('/') } : input;
      });
    } catch (error) {
      deps.ui.error(`Byline: ${(error as Error).message}`);
      return;
    }
    if (inputs.length === 0) {
      deps.ui.warn('Byline: no article files (.txt) to export there.');
      return;
    }

    const formats = await deps.ui.pickMany<FormatName>(
      FORMAT_NAMES.map((name) => ({ label: name, detail: FORMAT_DESCRIPTIONS[name], value: name, picked: name === 'jsonl' })),
      { title: `Byline: Export ${inputs.length} documents — formats`, placeholder: 'Pick one or more formats' },
    );
    if (!formats || formats.length === 0) {
      return;
    }
    const chosen = await deps.ui.pickMany<OptionKey>(
      [
        { label: 'Leave boilerplate out of the text', detail: 'Offsets then refer to the shortened text', value: 'dropBoilerplate' },
        { label: 'Only corrected and manual annotations', detail: 'Leave out what the automatic analysis found alone', value: 'manualOnly' },
        { label: 'Claims labelled by their own label', detail: 'e.g. Opinion instead of Claim in brat, CoNLL and spans', value: 'claimLabels' },
      ],
      { title: 'Byline: Export Corpus — options (none is fine)' },
    );
    if (!chosen) {
      return;
    }
    const options: ExportOptions = {
      ...DEFAULT_EXPORT_OPTIONS,
      dropBoilerplate: chosen.includes('dropBoilerplate'),
      automatic: !chosen.includes('manualOnly'),
      claimLabels: chosen.includes('claimLabels'),
    };
    const out = await deps.ui.chooseDestination(defaultDestination(sources, folders[0] ?? dirname(inputs[0].path)));
    if (!out) {
      return;
    }

    const loader = new StoreAnnotationLoader((message) => deps.log(message), (path) => folderOf(path, folders));
    const run = deps.run ?? runExport;
    let summary: ExportSummary;
    try {
      summary = await deps.ui.withProgress('Byline: exporting corpus', (report, token) => {
        let reported = 0;
        return run({
          sources,
          inputs,
          formats,
          options,
          out,
          // The save dialog asks before an existing folder is chosen; the rules then replace only an earlier export.
          overwrite: true,
          token,
          loadAnnotations: (input, text) => loader.load(input.path, text),
          onProgress: ({ done, total, path }) => {
            const percent = (done / total) * 100;
            report(path ? `${done + 1}/${total} ${basename(path)}` : 'finishing…', percent - reported);
            reported = percent;
          },
        });
      });
    } catch (error) {
      const message = error instanceof DestinationError ? error.message : `export failed: ${(error as Error).message}`;
      deps.log(message);
      deps.ui.error(`Byline: ${message}. Nothing was written.`);
      return;
    }
    for (const failure of summary.failed) {
      deps.log(`export: ${failure.path}: ${failure.error}`);
    }
    if (summary.cancelled) {
      await deps.ui.info('Byline: export cancelled; nothing was written.');
      return;
    }
    const failed = summary.failed.length ? ` ${summary.failed.length} documents failed (see the Byline output).` : '';
    const action = await deps.ui.info(
      `Byline: exported ${summary.documents} documents — ${summary.quotes} quotes, ${summary.speakers} speakers, ` +
        `${summary.dates} dates, ${summary.claims} claims; ${summary.orphans} orphaned annotations skipped.${failed}`,
      'Reveal',
    );
    if (action === 'Reveal' && summary.out) {
      await deps.reveal(summary.out);
    }
  };
}
