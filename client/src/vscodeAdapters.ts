/** The vscode side of the thin interfaces in commands/types.ts and store/annotationService.ts. */

import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CLAIM_LABELS } from '../../server/src/annotations';
import type { ClaimSettings, EditorState, PickItem, Ui } from './commands/types';
import type { DocumentKey } from './store/documentAnnotations';

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

/** Where a document's annotations are stored, or null outside a workspace folder / not a file. */
export function documentKey(uri: vscode.Uri): DocumentKey | null {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || uri.scheme !== 'file' || folder.uri.scheme !== 'file') {
    return null;
  }
  const source = path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/');
  return { uri: uri.toString(), root: folder.uri.fsPath, source };
}

export function keyOfSource(root: string, source: string): DocumentKey {
  const uri = vscode.Uri.file(path.join(root, ...source.split('/')));
  return { uri: uri.toString(), root, source };
}

export function openDocument(uri: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri);
}

/** The open document's text, or the file's (UTF-8, BOM removed as VS Code does), or null. */
export async function readText(key: DocumentKey): Promise<string | null> {
  const open = openDocument(key.uri);
  if (open) {
    return open.getText();
  }
  try {
    return (await fs.readFile(vscode.Uri.parse(key.uri).fsPath, 'utf8')).replace(/^\uFEFF/u, '');
  } catch {
    return null;
  }
}

export function editorState(editor: vscode.TextEditor | undefined): EditorState | undefined {
  if (!editor) {
    return undefined;
  }
  const document = editor.document;
  return {
    uri: document.uri.toString(),
    key: documentKey(document.uri),
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
