import { pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import { FileChangeType, type Connection, type FileEvent } from 'vscode-languageserver';
import { summarizeSpeakers, WorkspaceSpeakerIndex, type DocumentSpeakers } from '../core/workspaceIndex';
import type { Article } from './article';
import { inOrder, PoolUnavailable, type JobContext, type WorkerPool } from '../pool';
import { sendQuietly } from '../sendQuietly';
import { IndexStatusNotification } from '../protocol/protocol';
import type { BylineSettings } from '../protocol/settings';
import type { WorkerJobs } from '../worker';
import { DEFAULT_BUDGET_MS, DEFAULT_GRACE_MS, indexJob, type IndexJob } from './analysisJobs';
import type { DocumentPolicy } from './policy';
import { counted } from '../protocol/plural';

const REPORT_EVERY = 100;

const yieldToRequests = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Indexing a file in the thread that asks: the same job as in the pool, never cancelled. */
const inThread: JobContext = { token: { isCancellationRequested: false }, shared: () => undefined, warn: () => undefined };

/** Files being read and analysed at once while the index is built (the pool's workers stay busy). */
const AHEAD = 4;

/**
 * Builds the workspace speaker index in the background, with work-done progress, and keeps it current on file
 * changes. Files are read and analysed in the worker pool (in this thread, between requests, when there is none),
 * so requests are answered from what is indexed so far. Open documents are indexed from their own analysis.
 */
export class WorkspaceIndexer {
  readonly index = new WorkspaceSpeakerIndex();
  private generation = 0;
  private complete = false;
  /** Set at shutdown: no rebuild runs or reports any more. */
  private stopped = false;
  private folders: string[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly policy: DocumentPolicy,
    private readonly settings: () => BylineSettings,
    private readonly isOpen: (uri: string) => boolean,
    private readonly progressSupported: () => boolean,
    private readonly pool?: WorkerPool<WorkerJobs>,
  ) {}

  get isComplete(): boolean {
    return this.complete;
  }

  setFolders(folders: string[]): void {
    this.folders = folders;
  }

  /** Stops the running rebuild and every later one (the client shuts the server down). */
  stop(): void {
    this.stopped = true;
    this.generation++;
  }

  /** (Re)builds the whole index; a newer call supersedes a running one. */
  async rebuild(): Promise<void> {
    if (this.stopped) {
      return;
    }
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
    if (this.stopped) {
      return;
    }
    progress?.begin('Byline: indexing speakers', 0, counted(uris.length, 'file'), false);
    const isCurrent = (): boolean => generation === this.generation;
    const superseded = { get isCancellationRequested(): boolean { return !isCurrent(); } };
    let done = 0;
    for await (const indexed of inOrder(uris, (uri) => this.indexFile(uri).then(() => 1), AHEAD, superseded)) {
      done += indexed;
      if (done % REPORT_EVERY === 0) {
        progress?.report(Math.round((done * 100) / uris.length), `${done}/${uris.length} files`);
        this.notify('indexing', done, uris.length);
      }
    }
    if (generation !== this.generation) {
      if (!this.stopped) {
        progress?.done();
      }
      return;
    }
    progress?.done();
    this.complete = true;
    this.notify('ready', this.index.size, uris.length);
  }

  private notify(state: 'indexing' | 'ready', indexedFiles: number, totalFiles: number): void {
    if (!this.stopped) {
      sendQuietly(() => this.connection.sendNotification(IndexStatusNotification.type, { state, indexedFiles, totalFiles }));
    }
  }

  /** Reads, analyses and summarises one file from disk (an open document is left to its analysis); never throws. */
  async indexFile(uri: string): Promise<void> {
    if (this.isOpen(uri)) {
      return;
    }
    let speakers: DocumentSpeakers | null = null;
    if (this.policy.inScope(uri).enabled) {
      try {
        speakers = await this.summarize({ uri, maxFileSize: this.settings().maxFileSize });
      } catch {
        // unreadable, or stopped by the watchdog: not indexed
      }
    }
    if (this.isOpen(uri)) {
      return;
    }
    if (speakers) {
      this.index.set(uri, speakers);
    } else {
      this.index.delete(uri);
    }
  }

  private async summarize(job: IndexJob): Promise<DocumentSpeakers | null> {
    try {
      if (this.pool?.available) {
        return await this.pool.run('index', job, { timeoutMs: DEFAULT_BUDGET_MS + DEFAULT_GRACE_MS });
      }
    } catch (error) {
      if (!(error instanceof PoolUnavailable)) {
        throw error;
      }
    }
    await yieldToRequests();
    return indexJob(job, inThread);
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
