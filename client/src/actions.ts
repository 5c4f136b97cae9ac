/** The vscode-side actions behind the extension-level commands (server, output, settings, navigation). */

import * as vscode from 'vscode';
import type { ExtensionActions } from './commands';
import { isAnnotationRef } from './commands/types';
import type { Ctx } from './ctx';
import type { AnnotationClient } from './annotations';
import type { ClaimsGrouping } from './views/claimsModel';
import { workspaceRelative } from './vscodeAdapters';

const GROUPINGS: readonly ClaimsGrouping[] = ['file', 'label', 'claimant'];

export function claimsGrouping(): ClaimsGrouping {
  const value = vscode.workspace.getConfiguration('byline.claims').get<string>('groupBy');
  return GROUPINGS.find((grouping) => grouping === value) ?? 'file';
}

export async function chooseClaimsGrouping(): Promise<void> {
  const current = claimsGrouping();
  const picked = await vscode.window.showQuickPick(
    GROUPINGS.map((grouping) => ({ label: `Group by ${grouping}`, value: grouping, description: grouping === current ? 'current' : '' })),
    { title: 'Byline: group the Claims view' },
  );
  if (picked) {
    const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration('byline.claims').update('groupBy', picked.value, target);
  }
}

/** Opens the document of an annotation and selects it; an orphan opens at its last known place with a warning. */
export async function revealAnnotation(annotations: AnnotationClient, arg: unknown): Promise<void> {
  if (!isAnnotationRef(arg)) {
    return;
  }
  const item = annotations.get(arg.uri)?.byId(arg.id);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(arg.uri), { preview: true });
  if (!item) {
    return;
  }
  if (!item.range) {
    void vscode.window.showWarningMessage(`Byline: this annotation is an orphan (${item.orphanReason ?? 'text not found'}). Edit or remove it.`);
    return;
  }
  const { start, end } = item.range;
  const range = new vscode.Range(start.line, start.character, end.line, end.character);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

type ViewActions = Pick<ExtensionActions, 'chooseClaimsGrouping' | 'refreshViews' | 'revealAnnotation' | 'exportCorpus'>;

export function extensionActions(ctx: Ctx, views: ViewActions): ExtensionActions {
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('byline');
  return {
    ...views,
    isTrusted: () => vscode.workspace.isTrusted,
    restartServer: () => ctx.restart(),
    showOutput: () => {
      ctx.output.show(true);
      return Promise.resolve();
    },
    log: (message) => ctx.output.info(message),
    activeFile: () => {
      const uri = vscode.window.activeTextEditor?.document.uri;
      return uri ? (workspaceRelative(uri) ?? (uri.scheme === 'file' ? uri.toString() : undefined)) : undefined;
    },
    disabledFiles: () => config().get<string[]>('disabledFiles') ?? [],
    setDisabledFiles: async (list) => {
      const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await config().update('disabledFiles', list, target);
    },
  };
}
