import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CancellationToken,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  type Connection,
} from 'vscode-languageserver';
import { AnalysisCache, inThreadAnalyzer, type FullAnalyzer } from './documents/analysisCache';
import { poolAnalyzer } from './documents/analysisJobs';
import type { Article } from './documents/article';
import { trackingEdits } from './documents/editTracking';
import { DocumentPolicy } from './documents/policy';
import { SettingsStore } from './documents/settings';
import { WorkspaceIndexer } from './documents/workspaceIndexer';
import type { AnalysisSource } from './export/prepare';
import type { AnnotationService } from './annotations';
import { registerAgreementRequests } from './features/agreementRequests';
import { AnnotationHost, STORE_FILES_GLOB } from './features/annotationHost';
import { registerAnnotationRequests } from './features/annotationRequests';
import { clientAbilities, initializeResult, type ClientAbilities } from './features/capabilities';
import { DiagnosticPublisher, DiagnosticReports, diagnostics } from './features/diagnostics';
import { registerDocumentRequests } from './features/documentRequests';
import { runEditorCommand } from './features/editorCommands';
import { registerExport } from './features/exportCorpus';
import { PartialNotices } from './features/partialNotices';
import { METADATA_FILES_GLOB, PublicationDates, registerPublicationDates } from './features/publicationDates';
import { failureLogger, requestGuard } from './features/requestGuard';
import { SemanticTokensProvider } from './features/semanticTokens';
import type { WorkerPool } from './pool';
import { sendQuietly } from './sendQuietly';
import type { WorkerJobs } from './worker';

export interface ServerOptions {
  /**
   * The worker pool (main.ts passes one over dist/worker.js): full analyses when typing pauses, the workspace
   * index and the export run there. Without one, they run in this thread (tests).
   */
  pool?: WorkerPool<WorkerJobs>;
  /** Where full analyses run instead (tests); by default the pool, or this thread. */
  fullAnalyzer?: FullAnalyzer;
}

export interface ServerHandle {
  /** Resolves when the first workspace index is built (tests and benches wait on it). */
  readonly indexed: Promise<void>;
  /** The annotation store's service (tests look at what it holds). */
  readonly annotations: AnnotationService;
}

/** Open documents up to this many UTF-16 code units are rendered from their cached analysis on the main thread. */
const REUSE_ON_MAIN_THREAD_CHARS = 64 * 1024;

/** Until the client says otherwise (`initialize`): pull diagnostics, nothing else. */
const UNKNOWN_CLIENT: ClientAbilities = {
  clientCommands: false,
  configuration: false,
  watchedFiles: false,
  progress: false,
  refreshTokens: false,
  refreshDiagnostics: false,
  pullDiagnostics: true,
  trusted: true,
  folders: [],
};

/** Wires every feature to the connection; `connection.listen()` is the caller's (main.ts, tests). */
export function startServer(connection: Connection, options: ServerOptions = {}): ServerHandle {
  const guard = requestGuard(connection);
  const logFailure = failureLogger(connection);
  let client = UNKNOWN_CLIENT;
  const documents = new TextDocuments(trackingEdits((uri, changes, text) => annotations.edited(uri, changes, text)));
  const settings = new SettingsStore(connection);
  const notices = new PartialNotices(connection, documents);
  const annotations = new AnnotationHost({
    connection,
    openText: (uri) => documents.get(uri)?.getText(),
    creatorName: () => settings.settings.annotator,
    onCorrections: (uri, corrections) => {
      cache.setCorrections(uri, corrections);
      refreshViews();
    },
  });
  const publication = new PublicationDates({
    connection,
    host: annotations,
    articleFor: (uri) => articleFor(uri),
    onInputs: (uri, inputs) => {
      cache.setInputs(uri, inputs);
      refreshViews();
    },
  });
  const policy = new DocumentPolicy();
  const indexer = new WorkspaceIndexer(connection, policy, () => settings.settings, (uri) => documents.get(uri) !== undefined, () => client.progress, options.pool);
  const tokens = new SemanticTokensProvider();
  const diagnosticReports = new DiagnosticReports();
  const publisher = new DiagnosticPublisher((uri) => {
    const document = documents.get(uri);
    const article = document ? guard('publishDiagnostics', undefined, () => articleFor(uri))({}, CancellationToken.None) : undefined;
    if (article?.edit) {
      // Still typing: a provisional analysis would be built for nothing; the settled one schedules this again.
      return;
    }
    const items = article ? diagnostics(article, settings.settings.diagnostics) : [];
    sendQuietly(() => connection.sendDiagnostics({ uri, ...(document ? { version: document.version } : {}), diagnostics: items }));
  });
  const fullAnalyzer = options.fullAnalyzer ?? (options.pool ? poolAnalyzer(options.pool, inThreadAnalyzer) : inThreadAnalyzer);
  const cache = new AnalysisCache((article, replacedProvisional) => {
    indexer.setFromArticle(article);
    if (replacedProvisional) {
      // Encode now, during the typing pause: the next edit splices its tokens from this article's.
      tokens.prepare(article);
      refreshViews();
    }
  }, notices.tellingWhenStopped(fullAnalyzer));
  let resolveIndexed: () => void = () => undefined;
  const indexed = new Promise<void>((resolve) => (resolveIndexed = resolve));

  function refreshViews(): void {
    if (client.refreshTokens) {
      sendQuietly(() => connection.languages.semanticTokens.refresh());
    }
    if (client.refreshDiagnostics) {
      sendQuietly(() => connection.languages.diagnostics.refresh());
    }
    if (!client.pullDiagnostics) {
      documents.all().forEach((document) => publisher.schedule(document.uri));
    }
  }

  /** The analysed article for a request, or undefined when the document is unknown or Byline is off for it. */
  function articleFor(uri: string, token?: CancellationToken): Article | undefined {
    const document = documents.get(uri);
    if (!document) {
      return undefined;
    }
    const verdict = policy.judge(uri, document.getText());
    if (!verdict.enabled) {
      return undefined;
    }
    const article = cache.get({ document, reduced: verdict.reduced !== undefined, ...(token ? { token } : {}) });
    notices.tellIfPartial(article, verdict.reduced);
    return article;
  }

  async function applySettings(pushed?: unknown): Promise<void> {
    policy.update(await settings.refresh(pushed));
    cache.clear();
    diagnosticReports.clear();
    refreshViews();
    await indexer.rebuild();
  }

  connection.onInitialize((params) => {
    client = clientAbilities(params);
    settings.setPullSupported(client.configuration);
    policy.setFolders(client.folders);
    indexer.setFolders(client.folders);
    annotations.setFolders(client.folders);
    annotations.setTrusted(client.trusted);
    return initializeResult(client);
  });

  connection.onInitialized(() => {
    if (client.configuration) {
      sendQuietly(() => connection.client.register(DidChangeConfigurationNotification.type, { section: 'byline' }));
    }
    if (client.watchedFiles) {
      const watchers = [...settings.settings.include, STORE_FILES_GLOB, METADATA_FILES_GLOB].map((globPattern) => ({ globPattern }));
      sendQuietly(() => connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }));
    }
    applySettings().catch(logFailure('indexing failed')).finally(resolveIndexed);
    annotations.loadAll().catch(logFailure('loading annotations failed'));
  });

  connection.onShutdown(() => {
    // The client is going away: background work stops, so nothing is sent on a connection about to close.
    indexer.stop();
    cache.clear();
    publisher.cancelAll();
    annotations.dispose();
  });
  connection.onDidChangeConfiguration((change) => {
    void applySettings((change as { settings?: unknown }).settings).catch(() => undefined);
  });
  connection.onDidChangeWatchedFiles((params) => {
    void indexer.onFileChanges(params.changes);
    void annotations.filesChanged(params.changes).catch(logFailure('watched files'));
    void publication.filesChanged(params.changes).catch(logFailure('watched metadata files'));
  });
  documents.onDidClose((event) => {
    cache.forget(event.document.uri);
    notices.forget(event.document.uri);
    tokens.forget(event.document.uri);
    diagnosticReports.forget(event.document.uri);
    if (!client.pullDiagnostics) {
      publisher.cancel(event.document.uri);
      sendQuietly(() => connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }));
    }
    void indexer.indexFile(event.document.uri);
  });
  documents.onDidChangeContent((event) => {
    if (!client.pullDiagnostics) {
      publisher.schedule(event.document.uri);
    }
  });

  registerDocumentRequests({
    connection,
    guard,
    documents,
    policy,
    cache,
    articleFor,
    tokens,
    diagnosticReports,
    indexer,
    settings: () => settings.settings,
    clientCommands: () => client.clientCommands,
  });
  const operations = registerAnnotationRequests(connection, documents, annotations);
  const openDocumentAt = (path: string) => documents.all().find((document) => document.uri.startsWith('file:') && fileURLToPath(document.uri) === path);
  // A reused analysis is rendered on this thread: with a pool, a long open document goes there instead (rendering
  // 1 MB takes about a second), and only short ones are reused here.
  const reusedHere = (text: string): boolean => options.pool === undefined || text.length <= REUSE_ON_MAIN_THREAD_CHARS;
  const analyses: AnalysisSource = {
    holds: (path) => {
      const document = openDocumentAt(path);
      return document !== undefined && reusedHere(document.getText());
    },
    analysisOf: (path, text, inputs) => {
      const document = openDocumentAt(path);
      return document ? cache.analysisOf(document.uri, text, inputs) : undefined;
    },
  };
  const log = (message: string): void => connection.console.info(`byline: ${message}`);
  const exportContext = { policy, folders: () => client.folders, log, analyses, ...(options.pool ? { pool: options.pool } : {}) };
  const exportCorpus = registerExport(connection, exportContext, () => client.progress);
  connection.onExecuteCommand((params) => runEditorCommand(params.command, params.arguments, { annotations: operations, exportCorpus }));
  registerPublicationDates(connection, documents, publication);
  registerAgreementRequests(connection, {
    folders: () => client.folders,
    trusted: () => annotations.isTrusted,
    annotator: () => annotations.creator().name,
    storeWritten: (file) => annotations.filesChanged([{ uri: pathToFileURL(file).href, type: FileChangeType.Changed }]),
  });

  documents.listen(connection);
  return { indexed, annotations: annotations.service };
}
