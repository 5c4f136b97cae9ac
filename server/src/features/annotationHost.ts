/**
 * The server side of the `.byline/` store: one AnnotationService fed by the editor's document events (open, edit,
 * save, close, rename) and by watched store files, which pushes each document's corrections into the analysis and
 * tells the client when a document's annotations changed. Requests are answered in annotationRequests.ts.
 */

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileChangeType, type Connection, type FileEvent } from 'vscode-languageserver';
import { AnnotationService, type ContentChange, type Creator, type DocumentAnnotations, type DocumentKey, type StoreIssue } from '../annotations';
import { STORE_DIR } from '../annotations/model';
import { stripBom } from '../core/structure';
import type { Correction } from '../core/types';
import { AnnotationsChangedNotification } from '../protocol/annotations';
import { sendQuietly } from '../sendQuietly';

export interface AnnotationHostOptions {
  connection: Connection;
  /** The open document's text, or undefined when it is not open. */
  openText(uri: string): string | undefined;
  /** The creator name from the settings (empty: the operating-system user name). */
  creatorName(): string;
  /** Called (debounced) with a document's corrections whenever its annotations change. */
  onCorrections(uri: string, corrections: Correction[]): void;
}

/** Glob of the store files the client is asked to watch. */
export const STORE_FILES_GLOB = `**/${STORE_DIR}/annotations/**/*.json`;

export class AnnotationHost {
  readonly service: AnnotationService;
  private folders: string[] = [];
  private trusted = true;
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private loading: Promise<void> = Promise.resolve();

  constructor(private readonly options: AnnotationHostOptions) {
    this.service = new AnnotationService({
      isTrusted: () => this.trusted,
      creator: () => this.creator(),
      readText: (key) => this.readText(key.uri),
      onIssue: (issue) => void this.reportIssue(issue),
      log: (message) => options.connection.console.info(`byline: ${message}`),
    });
    this.service.onDidChange((uri) => this.changed(uri));
  }

  get isTrusted(): boolean {
    return this.trusted;
  }

  setTrusted(trusted: boolean): void {
    this.trusted = trusted;
  }

  setFolders(folders: string[]): void {
    this.folders = folders;
  }

  /** Where a document's annotations are stored, or null outside the workspace folders / not a file. */
  keyOf(uri: string): DocumentKey | null {
    if (!uri.startsWith('file:')) {
      return null;
    }
    const file = fileURLToPath(uri);
    const root = this.folders.filter((folder) => file.startsWith(folder + path.sep)).sort((a, b) => b.length - a.length)[0];
    if (root === undefined) {
      return null;
    }
    const source = path.relative(root, file).split(path.sep).join('/');
    return { uri: pathToFileURL(file).href, root, source };
  }

  keyOfSource(root: string, source: string): DocumentKey {
    return { uri: pathToFileURL(path.join(root, ...source.split('/'))).href, root, source };
  }

  /** The document's current text: the editor's when open, else the file's (BOM removed), else null. */
  async readText(uri: string): Promise<string | null> {
    const open = this.options.openText(uri);
    if (open !== undefined) {
      return open;
    }
    try {
      return stripBom(await fs.readFile(fileURLToPath(uri), 'utf8')).text;
    } catch {
      return null;
    }
  }

  /** Loads every annotated document of the workspace folders (for the claims view and the corrections). */
  loadAll(): Promise<void> {
    this.loading = (async () => {
      for (const root of this.folders) {
        await this.service.loadFolder(root, (source) => this.keyOfSource(root, source));
      }
    })();
    return this.loading;
  }

  /** Resolves once the workspace's annotated documents are loaded (listing them all waits for it). */
  async whenLoaded(): Promise<void> {
    await this.loading.catch(() => undefined);
  }

  /** A document was opened: its annotations are placed afresh in its text (it may differ from the file). */
  async opened(uri: string, text: string): Promise<void> {
    const key = this.keyOf(uri);
    if (key) {
      await this.service.load(key, text, false);
    }
  }

  edited(uri: string, changes: readonly ContentChange[], text: () => string): void {
    this.service.applyChanges(uri, changes, text);
  }

  async saved(uri: string, text: string): Promise<void> {
    await this.service.saved(uri, text);
  }

  /** Unsaved edits are gone: re-anchor against the file as it is on disk. */
  async closed(uri: string): Promise<void> {
    const key = this.keyOf(uri);
    if (!key || !this.service.get(key.uri)) {
      return;
    }
    const text = await this.readText(key.uri);
    if (text === null) {
      this.service.forget(key.uri);
    } else {
      await this.service.load(key, text, false);
    }
  }

  /** Watched files: a store file changed (another window, git pull) or an annotated article changed on disk. */
  async filesChanged(changes: readonly FileEvent[]): Promise<void> {
    for (const change of changes) {
      const file = change.uri.startsWith('file:') ? fileURLToPath(change.uri) : null;
      const root = file ? this.folders.find((folder) => file.startsWith(folder + path.sep)) : undefined;
      if (!file || root === undefined) {
        continue;
      }
      const source = this.service.storeFor(root).sourceOfFile(file);
      if (source !== null) {
        const key = this.keyOfSource(root, source);
        const text = await this.readText(key.uri);
        if (text !== null) {
          await this.service.load(key, text);
        }
        continue;
      }
      const key = this.keyOf(change.uri);
      if (key && this.service.get(key.uri) && this.options.openText(key.uri) === undefined) {
        if (change.type === FileChangeType.Deleted) {
          this.service.forget(key.uri);
        } else {
          await this.closed(key.uri);
        }
      }
    }
  }

  /** A file or folder was renamed: its annotations follow (store files are keyed by path). */
  async renamed(oldUri: string, newUri: string): Promise<void> {
    const from = this.keyOf(oldUri);
    const to = this.keyOf(newUri);
    if (!from || !to || from.root !== to.root || !this.trusted) {
      return;
    }
    const store = this.service.storeFor(from.root);
    for (const source of await store.listSources()) {
      if (source === from.source || source.startsWith(`${from.source}/`)) {
        const target = to.source + source.slice(from.source.length);
        await store.rename(source, target);
        this.service.forget(this.keyOfSource(from.root, source).uri);
        const key = this.keyOfSource(to.root, target);
        const text = await this.readText(key.uri);
        if (text !== null) {
          await this.service.load(key, text);
        }
        this.options.connection.console.info(`byline: annotations of ${source} moved to ${target}`);
      }
    }
  }

  /** The loaded annotations of a document, loading them from the store when needed. */
  async documentFor(uri: string): Promise<DocumentAnnotations | null> {
    const key = this.keyOf(uri);
    if (!key) {
      return null;
    }
    const held = this.service.get(key.uri);
    if (held) {
      return held;
    }
    const text = await this.readText(key.uri);
    return text === null ? null : this.service.load(key, text);
  }

  /** Who new annotations are recorded as: `byline.annotator`, else the operating-system user name. */
  creator(): Creator {
    let name = this.options.creatorName().trim();
    if (!name) {
      try {
        name = os.userInfo().username;
      } catch {
        name = 'annotator';
      }
    }
    return { type: 'Person', name };
  }

  /** Corrections to the analysis and a notice to the client, once the changes of a burst of edits settle. */
  private changed(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        this.options.onCorrections(uri, this.service.get(uri)?.corrections() ?? []);
        sendQuietly(() => this.options.connection.sendNotification(AnnotationsChangedNotification.type, { uri }));
      }, 100),
    );
  }

  private async reportIssue(issue: StoreIssue): Promise<void> {
    const { connection } = this.options;
    connection.console.error(`byline: ${issue.file}: ${issue.message}; backup: ${issue.backup ?? 'failed'}`);
    const message =
      `Byline cannot read the annotations of ${issue.source} (${issue.message}). They are shown read-only and the file ` +
      `will not be changed until it is fixed; a backup copy is kept${issue.backup ? ` at ${issue.backup}` : ''}.`;
    const actions = [{ title: 'Open File' }, ...(issue.backup ? [{ title: 'Open Backup' }] : [])];
    try {
      const title = (await connection.window.showWarningMessage(message, ...actions))?.title;
      const target = title === 'Open File' ? issue.file : title === 'Open Backup' ? issue.backup : null;
      if (target) {
        await connection.window.showDocument({ uri: pathToFileURL(target).href, takeFocus: true });
      }
    } catch {
      // a client without showMessageRequest / showDocument: the log line above says it all
    }
  }

  dispose(): void {
    for (const timer of this.pending.values()) {
      clearTimeout(timer);
    }
    this.pending.clear();
  }
}
