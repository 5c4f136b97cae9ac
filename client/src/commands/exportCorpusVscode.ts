/** The vscode side of Byline: Export Corpus… (dialogs, progress notification, reveal in the OS file manager). */

import * as vscode from 'vscode';
import type { ExportCommandDeps, ExportUi } from './exportCorpus';
import { exportCorpus } from './exportCorpus';
import type { CommandHandler } from './types';
import type { Ctx } from '../ctx';

const exportUi: ExportUi = {
  async pick(items, options) {
    const picked = await vscode.window.showQuickPick(items, { title: options.title, placeHolder: options.placeholder });
    return picked?.value;
  },
  async pickMany(items, options) {
    const picked = await vscode.window.showQuickPick(items, { title: options.title, placeHolder: options.placeholder, canPickMany: true });
    return picked?.map((item) => item.value);
  },
  async chooseFolder(defaultPath) {
    const chosen = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      canSelectMany: false,
      openLabel: 'Export this folder',
      ...(defaultPath ? { defaultUri: vscode.Uri.file(defaultPath) } : {}),
    });
    return chosen?.[0]?.fsPath;
  },
  async chooseDestination(defaultPath) {
    const chosen = await vscode.window.showSaveDialog({
      title: 'Byline: new folder for the export',
      saveLabel: 'Export here',
      defaultUri: vscode.Uri.file(defaultPath),
    });
    return chosen?.fsPath;
  },
  withProgress(title, task) {
    return Promise.resolve(
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) =>
        task((message, increment) => progress.report({ message, increment }), token),
      ),
    );
  },
  info: (message, ...actions) => Promise.resolve(vscode.window.showInformationMessage(message, ...actions)),
  warn: (message) => void vscode.window.showWarningMessage(message),
  error: (message) => void vscode.window.showErrorMessage(message),
};

/** The command handler wired to vscode and the language server; `log` is the extension's output channel. */
export function exportCorpusCommand(ctx: Ctx, log: (message: string) => void): CommandHandler {
  const deps: ExportCommandDeps = {
    ui: exportUi,
    server: {
      plan: (sources) => ctx.exportPlan(sources),
      run: (params, report, token) => ctx.exportCorpus(params, report, token as vscode.CancellationToken),
    },
    workspaceFolders: () => (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file').map((folder) => folder.uri.fsPath),
    reveal: async (path) => {
      await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(path));
    },
    log,
  };
  return exportCorpus(deps);
}
