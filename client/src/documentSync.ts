/**
 * Keeps the annotation service in step with VS Code: documents opened, edited, saved and closed, and the
 * `.byline/` store or article files changed from outside (git pull, another window, another editor).
 */

import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import type { AnnotationService } from './store/annotationService';
import { LANGUAGE_ID } from './ctx';
import { documentKey, keyOfSource, readText } from './vscodeAdapters';

export class DocumentSync implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly annotations: AnnotationService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.guard(this.open(document))),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) {
          this.annotations.applyChanges(
            event.document.uri.toString(),
            event.contentChanges.map((change) => ({ rangeOffset: change.rangeOffset, rangeLength: change.rangeLength, text: change.text })),
            () => event.document.getText(),
          );
        }
      }),
      vscode.workspace.onDidSaveTextDocument((document) =>
        this.guard(this.annotations.saved(document.uri.toString(), document.getText())),
      ),
      // Unsaved edits are gone: re-anchor against the file as it is on disk.
      vscode.workspace.onDidCloseTextDocument((document) => this.guard(this.reloadFromDisk(document.uri))),
      vscode.workspace.onDidRenameFiles((event) => {
        for (const { oldUri, newUri } of event.files) {
          this.guard(this.renamed(oldUri, newUri));
        }
      }),
    );
    this.watchStores();
  }

  /** Loads the open articles and every annotated document of the workspace (for the views). */
  async loadAll(): Promise<void> {
    for (const document of vscode.workspace.textDocuments) {
      await this.open(document);
    }
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme === 'file') {
        await this.annotations.loadFolder(folder.uri.fsPath, (source) => keyOfSource(folder.uri.fsPath, source));
      }
    }
  }

  private async open(document: vscode.TextDocument): Promise<void> {
    const key = document.languageId === LANGUAGE_ID ? documentKey(document.uri) : null;
    if (key) {
      await this.annotations.load(key, document.getText(), false);
    }
  }

  private async reloadFromDisk(uri: vscode.Uri): Promise<void> {
    const key = documentKey(uri);
    if (!key || !this.annotations.get(key.uri)) {
      return;
    }
    try {
      const text = (await fs.readFile(uri.fsPath, 'utf8')).replace(/^\uFEFF/u, '');
      await this.annotations.load(key, text, false);
    } catch {
      this.annotations.forget(key.uri);
    }
  }

  /** A file or folder was renamed: its annotations follow (store files are keyed by path). */
  private async renamed(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    const from = documentKey(oldUri);
    const to = documentKey(newUri);
    if (!from || !to || from.root !== to.root || !vscode.workspace.isTrusted) {
      return;
    }
    const store = this.annotations.storeFor(from.root);
    for (const source of await store.listSources()) {
      if (source === from.source || source.startsWith(`${from.source}/`)) {
        const target = to.source + source.slice(from.source.length);
        await store.rename(source, target);
        this.annotations.forget(keyOfSource(from.root, source).uri);
        const key = keyOfSource(to.root, target);
        const text = await readText(key);
        if (text !== null) {
          await this.annotations.load(key, text);
        }
        this.log.info(`annotations of ${source} moved to ${target}`);
      }
    }
  }

  private watchStores(): void {
    const stores = vscode.workspace.createFileSystemWatcher('**/.byline/annotations/**/*.json');
    const onStore = (file: vscode.Uri): void => this.guard(this.storeChanged(file));
    const articles = vscode.workspace.createFileSystemWatcher('**/*', true, false, true);
    this.disposables.push(
      stores,
      stores.onDidCreate(onStore),
      stores.onDidChange(onStore),
      stores.onDidDelete(onStore),
      articles,
      articles.onDidChange((file) => {
        const open = vscode.workspace.textDocuments.some((document) => document.uri.toString() === file.toString());
        if (!open) {
          this.guard(this.reloadFromDisk(file));
        }
      }),
    );
  }

  private async storeChanged(file: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(file);
    if (!folder) {
      return;
    }
    const source = this.annotations.storeFor(folder.uri.fsPath).sourceOfFile(file.fsPath);
    if (source === null) {
      return;
    }
    const key = keyOfSource(folder.uri.fsPath, source);
    const text = await readText(key);
    if (text === null) {
      return;
    }
    this.log.info(`annotations of ${source} changed on disk; reloading`);
    await this.annotations.load(key, text);
  }

  private guard(work: Promise<void>): void {
    work.catch((error: unknown) => this.log.error(`Byline: ${(error as Error).message}`));
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) {
      disposable.dispose();
    }
  }
}
