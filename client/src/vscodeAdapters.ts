/** The vscode side of the thin interfaces in commands/types.ts. */

import * as vscode from 'vscode';
import * as path from 'node:path';
import { DEFAULT_CLAIM_LABELS } from '../../server/src/protocol/annotations';
import type { ClaimSettings, EditorState, PickItem, Ui } from './commands/types';
import { LANGUAGE_ID } from './ctx';

export const vscodeUi: Ui = {
  async pick<T>(items: PickItem<T>[], options: { title: string; placeholder?: string; activeIndex?: number }): Promise<T | undefined> {
    return new Promise<T | undefined>((resolve) => {
      const quickPick = vscode.window.createQuickPick<vscode.QuickPickItem & { value: T }>();
      quickPick.title = options.title;
      quickPick.placeholder = options.placeholder;
      quickPick.items = items.map((item) => ({ label: item.label, description: item.description, detail: item.detail, value: item.value }));
      const active = quickPick.items[options.activeIndex ?? 0];
      quickPick.activeItems = active ? [active] : [];
      let chosen: T | undefined;
      quickPick.onDidAccept(() => {
        chosen = quickPick.selectedItems[0]?.value;
        quickPick.hide();
      });
      quickPick.onDidHide(() => {
        quickPick.dispose();
        resolve(chosen);
      });
      quickPick.show();
    });
  },
  async input(options) {
    return vscode.window.showInputBox({ ...options, ignoreFocusOut: true });
  },
  async info(message, ...actions) {
    return vscode.window.showInformationMessage(message, ...actions);
  },
  warn(message) {
    void vscode.window.showWarningMessage(message);
  },
  error(message) {
    void vscode.window.showErrorMessage(message);
  },
};

/** The workspace-folder-relative path of a file ("/" separators), or null outside a folder / not a file. */
export function workspaceRelative(uri: vscode.Uri): string | null {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || uri.scheme !== 'file' || folder.uri.scheme !== 'file') {
    return null;
  }
  return path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/');
}

export function editorState(editor: vscode.TextEditor | undefined): EditorState | undefined {
  if (!editor) {
    return undefined;
  }
  const document = editor.document;
  return {
    uri: document.uri.toString(),
    inWorkspace: workspaceRelative(document.uri) !== null,
    article: document.languageId === LANGUAGE_ID,
    text: document.getText(),
    selections: editor.selections.map((selection) => ({
      start: document.offsetAt(selection.start),
      end: document.offsetAt(selection.end),
    })),
  };
}

function stringList(value: unknown, fallback: readonly string[]): string[] {
  const list = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : [];
  return list.length > 0 ? list : [...fallback];
}

export function claimSettings(): ClaimSettings {
  const config = vscode.workspace.getConfiguration('byline.claims');
  return {
    labels: stringList(config.get('labels'), DEFAULT_CLAIM_LABELS),
    claimTypes: stringList(config.get('claimTypes'), []),
    verdicts: stringList(config.get('verdicts'), []),
    askAttributes: config.get<boolean>('askAttributes') ?? true,
  };
}
