import { readFile } from 'node:fs/promises';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { FileChangeType, type Connection, type FileEvent } from 'vscode-languageserver';
import { analyze } from '../core';
import { summarizeSpeakers, WorkspaceSpeakerIndex } from '../core/workspaceIndex';
import type { Article } from '../features/article';
import { OffsetMap } from '../protocol/offsets';
import { IndexStatusNotification } from '../protocol/protocol';
import type { BylineSettings } from '../protocol/settings';
import type { DocumentPolicy } from './policy';

const REPORT_EVERY = 100;

const yieldToRequests = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Builds the workspace speaker index in the background (yielding between files so requests are served), with
 * work-done progress, and keeps it current on file changes. Open documents are indexed from their own analysis.
 */
export class WorkspaceIndexer {
  readonly index = new WorkspaceSpeakerIndex();
  private generation = 0;
  private complete = false;
  private folders: string[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly policy: DocumentPolicy,
    private readonly settings: () => BylineSettings,
    private readonly isOpen: (uri: string) => boolean,
    private readonly progressSupported: () => boolean,
  ) {}

  get isComplete(): boolean {
    return this.complete;
  }

  setFolders(folders: string[]): void {
    this.folders = folders;
  }

  /** (Re)builds the whole index; a newer call supersedes a running one. */
  async rebuild(): Promise<void> {
    const generation = ++this.generation;
    this.complete = false;
    const settings = this.settings();
    const found = await Promise.all(
      this.folders.map((folder) =>
        glob(settings.include, { cwd: folder, ignore: settings.exclude, absolute: true, dot: true }).catch(() => []),
      ),
    );
    const uris = found.flat().slice(0, settings.maxIndexedFiles).map((path) => pathToFileURL(path).href);
    const wanted = new Set(uris);
    for (const uri of [...this.index.uris()]) {
      if (!wanted.has(uri) && !this.isOpen(uri)) {
        this.index.delete(uri);
      }
    }
    const progress = this.progressSupported() ? await this.connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Byline: indexing speakers', 0, `${uris.length} files`, false);
    for (let i = 0; i < uris.length; i++) {
      if (generation !== this.generation) {
        progress?.done();
        return;
      }
      if (!this.isOpen(uris[i])) {
        await this.indexFile(uris[i]);
      }
      if (i % REPORT_EVERY === REPORT_EVERY - 1) {
        progress?.report(Math.round(((i + 1) * 100) / uris.length), `${i + 1}/${uris.length} files`);
        this.notify('indexing', i + 1, uris.length);
      }
      await yieldToRequests();
    }
    progress?.done();
    this.complete = true;
    this.notify('ready', this.index.size, uris.length);
  }

  private notify(state: 'indexing' | 'ready', indexedFiles: number, totalFiles: number): void {
    // The connection may already be closed (shutdown while indexing): nothing to tell then.
    this.connection.sendNotification(IndexStatusNotification.type, { state, indexedFiles, totalFiles }).catch(() => undefined);
  }

  /** Reads, analyses and summarises one file from disk; never throws. */
  async indexFile(uri: string): Promise<void> {
    try {
      if (!this.policy.inScope(uri).enabled) {
        this.index.delete(uri);
        return;
      }
      const buffer = await readFile(fileURLToPath(uri));
      if (buffer.length > this.settings().maxFileSize || buffer.subarray(0, 8000).includes(0)) {
        this.index.delete(uri);
        return;
      }
      const text = buffer.toString('utf8');
      if (!this.policy.judge(uri, text).enabled) {
        this.index.delete(uri);
        return;
      }
      const analysis = analyze(text);
      const offsets = new OffsetMap(analysis.text);
      this.index.set(uri, summarizeSpeakers(analysis, (offset) => offsets.positionAt(offset)));
    } catch {
      this.index.delete(uri);
    }
  }

  /** An open document's final analysis replaces what the index read from disk. */
  setFromArticle(article: Article): void {
    this.index.set(article.uri, summarizeSpeakers(article.analysis, (offset) => article.offsets.positionAt(offset)));
  }

  async onFileChanges(changes: FileEvent[]): Promise<void> {
    for (const change of changes) {
      if (change.type === FileChangeType.Deleted) {
        this.index.delete(change.uri);
      } else if (!this.isOpen(change.uri)) {
        await this.indexFile(change.uri);
      }
    }
    if (this.complete) {
      this.notify('ready', this.index.size, this.index.size);
    }
  }
}
