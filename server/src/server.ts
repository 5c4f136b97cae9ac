import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { AnalysisCancelled } from './core';
import { AnalysisCache, inThreadAnalyzer, type FullAnalyzer } from './documents/analysisCache';
import { poolAnalyzer } from './documents/analysisJobs';
import { DocumentPolicy } from './documents/policy';
import { SettingsStore } from './documents/settings';
import { WorkspaceIndexer } from './documents/workspaceIndexer';
import { registerAgreementRequests } from './features/agreementRequests';
import { analysisSummary, disabledSummary } from './features/analysisSummary';
import type { Article } from './documents/article';
import { codeActions } from './features/codeActions';
import { definition } from './features/definition';
import { DiagnosticPublisher, DiagnosticReports, diagnostics } from './features/diagnostics';
import { documentHighlights } from './features/documentHighlights';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { hover } from './features/hover';
import { references } from './features/references';
import { SemanticTokensProvider } from './features/semanticTokens';
import { workspaceSpeakers } from './features/workspaceSpeakers';
import { workspaceSymbols } from './features/workspaceSymbols';
import { legend } from './protocol/legend';
import { JobTimedOut, type WorkerPool } from './pool';
import type { WorkerJobs } from './worker';
import { AnalysisRequest, WorkspaceSpeakersRequest } from './protocol/protocol';
import type { BylineInitializationOptions } from './protocol/annotations';
import { trackingEdits } from './documents/editTracking';
import type { AnnotationService } from './annotations';
import { AnnotationHost, STORE_FILES_GLOB } from './features/annotationHost';
import { registerAnnotationRequests } from './features/annotationRequests';
import { registerExport } from './features/exportCorpus';
import type { AnalysisSource } from './export/prepare';
import { sendQuietly } from './sendQuietly';
import { METADATA_FILES_GLOB, PublicationDates, registerPublicationDates } from './features/publicationDates';
import { annotationActions, BYLINE_CODE_ACTION_KIND, EDITOR_COMMANDS, runEditorCommand } from './features/editorCommands';

export interface ServerOptions {
  /**
   * The worker pool (main.ts passes one over dist/worker.js): full analyses when typing pauses and the workspace
   * index run there. Without one, both run in this thread (tests).
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

/** Wires every feature to the connection; `connection.listen()` is the caller's (main.ts, tests). */
export function startServer(connection: Connection, options: ServerOptions = {}): ServerHandle {
  const documents = new TextDocuments(trackingEdits((uri, changes, text) => annotations.edited(uri, changes, text)));
  const settings = new SettingsStore(connection);
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
  const capabilities = { clientCommands: false, configuration: false, watchedFiles: false, progress: false, refreshTokens: false, refreshDiagnostics: false, pullDiagnostics: true };
  const indexer = new WorkspaceIndexer(connection, policy, () => settings.settings, (uri) => documents.get(uri) !== undefined, () => capabilities.progress, options.pool);
  const tokens = new SemanticTokensProvider();
  const diagnosticReports = new DiagnosticReports();
  const publisher = new DiagnosticPublisher((uri) => {
    const document = documents.get(uri);
    const article = document ? guarded('publishDiagnostics', undefined, () => articleFor(uri))({}, CancellationToken.None) : undefined;
    if (article?.edit) {
      // Still typing: a provisional analysis would be built for nothing; the settled one schedules this again.
      return;
    }
    const items = article ? diagnostics(article, settings.settings.diagnostics) : [];
    sendQuietly(() => connection.sendDiagnostics({ uri, ...(document ? { version: document.version } : {}), diagnostics: items }));
  });
  const cache = new AnalysisCache((article, replacedProvisional) => {
    indexer.setFromArticle(article);
    if (replacedProvisional) {
      // Encode now, during the typing pause: the next edit splices its tokens from this article's.
      tokens.prepare(article);
      refreshViews();
    }
  }, tellingWhenStopped(options.fullAnalyzer ?? (options.pool ? poolAnalyzer(options.pool, inThreadAnalyzer) : inThreadAnalyzer)));
  let workspaceFolders: string[] = [];
  let resolveIndexed: () => void = () => undefined;
  const indexed = new Promise<void>((resolve) => (resolveIndexed = resolve));

  function refreshViews(): void {
    if (capabilities.refreshTokens) {
      sendQuietly(() => connection.languages.semanticTokens.refresh());
    }
    if (capabilities.refreshDiagnostics) {
      sendQuietly(() => connection.languages.diagnostics.refresh());
    }
    if (!capabilities.pullDiagnostics) {
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
    tellIfPartial(article, verdict.reduced);
    return article;
  }

  /** Tells the user once per document why its analysis is reduced or partial (size limit, time budget). */
  const toldPartial = new Set<string>();
  function tellIfPartial(article: Article, reduced: string | undefined): void {
    const why = reduced ?? (article.edit === undefined ? article.analysis.degraded : undefined);
    if (why === undefined || toldPartial.has(article.uri)) {
      return;
    }
    toldPartial.add(article.uri);
    const name = decodeURIComponent(article.uri.slice(article.uri.lastIndexOf('/') + 1));
    // A notification: showInformationMessage sends a request whose rejection (a client without it) would be unhandled.
    sendQuietly(() => connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Byline: ${name}: ${why}` }));
  }

  /** Tells the user when the watchdog stopped a background analysis: the document keeps its partial analysis. */
  function tellingWhenStopped(analyzer: FullAnalyzer): FullAnalyzer {
    return (text, analyzeOptions, token) =>
      analyzer(text, analyzeOptions, token).catch((error: unknown) => {
        const document = error instanceof JobTimedOut ? documents.all().find((open) => open.getText() === text) : undefined;
        if (document && error instanceof Error) {
          const name = decodeURIComponent(document.uri.slice(document.uri.lastIndexOf('/') + 1));
          const message = `Byline: ${name}: ${error.message}; showing the partial analysis`;
          sendQuietly(() => connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }));
        }
        throw error;
      });
  }

  /** Runs a handler so that odd text or a cancelled analysis never crashes the server. */
  function guarded<P, R>(name: string, fallback: R, handler: (params: P, token: CancellationToken) => R) {
    return (params: P, token: CancellationToken): R => {
      if (token.isCancellationRequested) {
        return fallback;
      }
      try {
        return handler(params, token);
      } catch (error) {
        if (!(error instanceof AnalysisCancelled) && !token.isCancellationRequested) {
          connection.console.error(`byline: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        }
        return fallback;
      }
    };
  }

  function logFailure(what: string): (error: unknown) => void {
    return (error) => connection.console.error(`byline: ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }

  async function applySettings(pushed?: unknown): Promise<void> {
    policy.update(await settings.refresh(pushed));
    cache.clear();
    diagnosticReports.clear();
    refreshViews();
    await indexer.rebuild();
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const client = params.capabilities;
    capabilities.configuration = client.workspace?.configuration === true;
    capabilities.watchedFiles = client.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    capabilities.progress = client.window?.workDoneProgress === true;
    capabilities.refreshTokens = client.workspace?.semanticTokens?.refreshSupport === true;
    capabilities.refreshDiagnostics = client.workspace?.diagnostics?.refreshSupport === true;
    capabilities.pullDiagnostics = client.textDocument?.diagnostic !== undefined;
    settings.setPullSupported(capabilities.configuration);
    const folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
      .filter((folder) => folder.uri.startsWith('file:'))
      .map((folder) => fileURLToPath(folder.uri));
    workspaceFolders = folders;
    policy.setFolders(folders);
    indexer.setFolders(folders);
    annotations.setFolders(folders);
    annotations.setTrusted((params.initializationOptions as BylineInitializationOptions | undefined)?.trusted !== false);
    capabilities.clientCommands = (params.initializationOptions as BylineInitializationOptions | undefined)?.clientCommands === true;
    workspaceFolders = folders;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        semanticTokensProvider: { legend, full: { delta: true }, range: true },
        hoverProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentHighlightProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, ...(capabilities.clientCommands ? [] : [BYLINE_CODE_ACTION_KIND])] },
        ...(capabilities.clientCommands ? {} : { executeCommandProvider: { commands: [...EDITOR_COMMANDS] } }),
        ...(capabilities.pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      workspace: { fileOperations: { didRename: { filters: [{ scheme: 'file', pattern: { glob: '**/*' } }] } } },
      serverInfo: { name: 'byline-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (capabilities.configuration) {
      sendQuietly(() => connection.client.register(DidChangeConfigurationNotification.type, { section: 'byline' }));
    }
    if (capabilities.watchedFiles) {
      const watchers = [...settings.settings.include, STORE_FILES_GLOB, METADATA_FILES_GLOB].map((globPattern) => ({ globPattern }));
      sendQuietly(() => connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }));
    }
    applySettings()
      .catch((error: unknown) => connection.console.error(`byline: indexing failed: ${String(error)}`))
      .finally(resolveIndexed);
    annotations.loadAll().catch((error: unknown) => connection.console.error(`byline: loading annotations failed: ${String(error)}`));
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
    toldPartial.delete(event.document.uri);
    tokens.forget(event.document.uri);
    diagnosticReports.forget(event.document.uri);
    if (!capabilities.pullDiagnostics) {
      publisher.cancel(event.document.uri);
      sendQuietly(() => connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }));
    }
    void indexer.indexFile(event.document.uri);
  });

  const doc = <P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, feature: (article: Article, params: P) => R) =>
    guarded<P, R>(name, fallback, (params, token) => {
      const article = articleFor(params.textDocument.uri, token);
      return article ? feature(article, params) : fallback;
    });

  connection.languages.semanticTokens.on(doc('semanticTokens', { data: [] }, (article) => tokens.full(article)));
  connection.languages.semanticTokens.onRange(doc('semanticTokens/range', { data: [] }, (article, params) => tokens.range(article, params.range)));
  connection.languages.semanticTokens.onDelta(
    doc('semanticTokens/delta', { data: [] }, (article, params) => tokens.delta(article, params.previousResultId)),
  );
  connection.onHover(doc('hover', null, (article, params) => hover(article, params.position, indexer.index)));
  connection.onDocumentSymbol(doc('documentSymbol', [], (article) => documentSymbols(article)));
  connection.onFoldingRanges(doc('foldingRange', [], (article) => foldingRanges(article)));
  connection.onDocumentHighlight(doc('documentHighlight', [], (article, params) => documentHighlights(article, params.position)));
  connection.onDefinition(doc('definition', null, (article, params) => definition(article, params.position)));
  connection.onReferences(
    doc('references', [], (article, params) => references(article, params.position, params.context.includeDeclaration, indexer.index)),
  );
  connection.onCodeAction(
    doc('codeAction', [], (article, params) => [
      ...codeActions(article, params.range, settings.settings.diagnostics, capabilities.clientCommands),
      ...(capabilities.clientCommands ? [] : annotationActions(article, params.range)),
    ]),
  );
  connection.languages.diagnostics.on(
    doc('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, (article, params) =>
      diagnosticReports.report(article, settings.settings.diagnostics, params.previousResultId),
    ),
  );
  connection.onWorkspaceSymbol(guarded('workspaceSymbol', [], (params) => workspaceSymbols(params.query, indexer.index)));

  connection.onRequest(
    AnalysisRequest.type,
    guarded('byline/analysis', disabledSummary('', 0, 'failed'), (params, token) => {
      const { uri } = params.textDocument;
      const document = documents.get(uri);
      if (!document) {
        return disabledSummary(uri, 0, 'the document is not open');
      }
      const verdict = policy.judge(uri, document.getText());
      if (!verdict.enabled) {
        return disabledSummary(uri, document.version, verdict.reason);
      }
      const article = cache.get({ document, reduced: verdict.reduced !== undefined, token });
      return analysisSummary(article, params.position, verdict.reduced);
    }),
  );
  connection.onRequest(
    WorkspaceSpeakersRequest.type,
    guarded('byline/workspaceSpeakers', { speakers: [], complete: false }, (params) =>
      workspaceSpeakers(params, indexer.index, indexer.isComplete),
    ),
  );
  const operations = registerAnnotationRequests(connection, documents, annotations);
  const log = (message: string): void => connection.console.info(`byline: ${message}`);
  const openDocumentAt = (path: string) => documents.all().find((document) => document.uri.startsWith('file:') && fileURLToPath(document.uri) === path);
  const analyses: AnalysisSource = {
    holds: (path) => openDocumentAt(path) !== undefined,
    analysisOf: (path, text, inputs) => {
      const document = openDocumentAt(path);
      return document ? cache.analysisOf(document.uri, text, inputs) : undefined;
    },
  };
  const exportContext = { policy, folders: () => workspaceFolders, log, analyses, ...(options.pool ? { pool: options.pool } : {}) };
  const exportCorpus = registerExport(connection, exportContext, () => capabilities.progress);
  connection.onExecuteCommand((params) => runEditorCommand(params.command, params.arguments, { annotations: operations, exportCorpus }));
  registerPublicationDates(connection, documents, publication);

  documents.onDidChangeContent((event) => {
    if (!capabilities.pullDiagnostics) {
      publisher.schedule(event.document.uri);
    }
  });

  registerAgreementRequests(connection, {
    folders: () => workspaceFolders,
    trusted: () => annotations.isTrusted,
    annotator: () => annotations.creator().name,
    storeWritten: (file) => annotations.filesChanged([{ uri: pathToFileURL(file).href, type: FileChangeType.Changed }]),
  });

  documents.listen(connection);
  return { indexed, annotations: annotations.service };
}
