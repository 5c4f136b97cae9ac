/**
 * Byline: Export Corpus… — asks what to export (the workspace, a chosen folder, or the files selected in the
 * explorer), the formats, the options and the destination, then has the language server export it, showing its
 * per-file progress, a working Cancel (nothing half-written is left) and a summary with a "Reveal" button.
 * The logic sees the editor through `ExportCommandDeps`; `exportCorpusVscode.ts` adapts vscode.
 */

import { basename, dirname, join, sep } from 'node:path';
import { FORMAT_DESCRIPTIONS, FORMAT_NAMES, type ExportChoices, type ExportParams, type ExportPlanResult, type ExportResult, type FormatName } from '../../../server/src/protocol/export';
import type { CommandHandler, PickItem } from './types';
import { counted } from '../../../server/src/protocol/plural';

/** What the command may check for cancellation (vscode's CancellationToken is one). */
export interface CancellationLike {
  readonly isCancellationRequested: boolean;
}

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

/** The language server's side: how many documents an export would write, and the export itself. */
export interface ExportServer {
  /** Null when the server is not running. */
  plan(sources: string[]): Promise<ExportPlanResult | null>;
  /** `report` gets the server's message and its percentage done. Rejects with the server's reason. */
  run(params: ExportParams, report: (message: string, percentage: number) => void, token: CancellationLike): Promise<ExportResult>;
}

export interface ExportCommandDeps {
  ui: ExportUi;
  /** File-system paths of the workspace folders. */
  workspaceFolders(): string[];
  server: ExportServer;
  reveal(path: string): Promise<void>;
  log(message: string): void;
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
    const plan = await deps.server.plan(sources);
    if (!plan) {
      deps.ui.error('Byline: the language server is not running; see the Byline output.');
      return;
    }
    if (plan.documents === 0) {
      deps.ui.warn(`Byline: no article files to export there${plan.skipped ? ` (${plan.skipped} left out by byline.exclude or byline.disabledFiles)` : ''}.`);
      return;
    }

    const formats = await deps.ui.pickMany<FormatName>(
      FORMAT_NAMES.map((name) => ({ label: name, detail: FORMAT_DESCRIPTIONS[name], value: name, picked: name === 'jsonl' })),
      { title: `Byline: Export ${counted(plan.documents, 'document')} — formats`, placeholder: 'Pick one or more formats' },
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
    const options: ExportChoices = {
      dropBoilerplate: chosen.includes('dropBoilerplate'),
      manualOnly: chosen.includes('manualOnly'),
      claimLabels: chosen.includes('claimLabels'),
    };
    const out = await deps.ui.chooseDestination(defaultDestination(sources, folders[0] ?? dirname(sources[0])));
    if (!out) {
      return;
    }

    let summary: ExportResult;
    try {
      summary = await deps.ui.withProgress('Byline: exporting corpus', (report, token) => {
        let reported = 0;
        // The save dialog asked before an existing folder was chosen; the server then replaces only an earlier export.
        return deps.server.run({ sources, formats, options, destination: out, overwrite: true }, (message, percentage) => {
          report(message, percentage - reported);
          reported = percentage;
        }, token);
      });
    } catch (error) {
      const message = (error as Error).message;
      deps.log(message);
      deps.ui.error(message.startsWith('Byline') ? message : `Byline: export failed: ${message}. Nothing was written.`);
      return;
    }
    for (const failure of summary.failed) {
      deps.log(`export: ${failure.error}`);
    }
    if (summary.cancelled) {
      await deps.ui.info('Byline: export cancelled; nothing was written.');
      return;
    }
    if (summary.destination === null) {
      deps.ui.warn(`Byline: no document could be exported (${summary.failed.length} failed, see the Byline output); nothing was written.`);
      return;
    }
    const failed = summary.failed.length ? ` ${counted(summary.failed.length, 'document')} failed (see the Byline output).` : '';
    const skipped = summary.skipped ? ` ${counted(summary.skipped, 'file')} left out by your settings.` : '';
    const action = await deps.ui.info(
      `Byline: exported ${counted(summary.documents, 'document')} — ${counted(summary.quotes, 'quote')}, ${counted(summary.speakers, 'speaker')}, ` +
        `${counted(summary.dates, 'date')}, ${counted(summary.claims, 'claim')}; ${counted(summary.orphans, 'orphaned annotation')} skipped.${failed}${skipped}`,
      'Reveal',
    );
    if (action === 'Reveal' && summary.destination) {
      await deps.reveal(summary.destination);
    }
  };
}
