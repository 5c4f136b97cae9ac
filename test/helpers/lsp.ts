/**
 * Drives the language server through a real JSON-RPC connection in-process: two PassThrough streams, the server's
 * `createConnection(reader, writer)` on one side and a protocol connection playing the client on the other.
 * No sleeps: every step awaits a response or a notification.
 */
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  ShutdownRequest,
  type SemanticTokens,
} from 'vscode-languageserver-protocol/node';
import { legend } from '../../server/src/protocol/legend';
import { OffsetMap } from '../../server/src/protocol/offsets';
import { IndexStatusNotification } from '../../server/src/protocol/protocol';
import { startServer, type ServerHandle, type ServerOptions } from '../../server/src/server';

export interface TestServer {
  client: ProtocolConnection;
  handle: ServerHandle;
  /** Opens a document (version 1) and returns its URI. */
  open(uri: string, text: string): Promise<string>;
  change(uri: string, version: number, text: string, range?: { start: number; end: number; before: string }): Promise<void>;
  /** Settings answered to workspace/configuration; change them, then send didChangeConfiguration. */
  settings: Record<string, unknown>;
  refreshes: { tokens: number; diagnostics: number };
  /** What the server logged (window/logMessage), oldest first. */
  logs: string[];
  /** Resolves at the server's next workspace/diagnostic/refresh request (sent after settings or analyses change). */
  nextDiagnosticsRefresh(): Promise<void>;
  /** Resolves at the server's next byline/indexStatus "ready" (after the index applied file changes). */
  nextIndexReady(): Promise<void>;
  /** Sends didChangeConfiguration and resolves once the server has read the settings and refreshed its views. */
  applySettings(settings: Record<string, unknown>): Promise<void>;
  /** Shuts the server down as an editor does (its background work stops), then closes both ends. */
  dispose(): Promise<void>;
}

export interface StartOptions {
  folders?: string[];
  settings?: Record<string, unknown>;
  /** false: the client does not advertise pull diagnostics (the server then publishes them). Default true. */
  pullDiagnostics?: boolean;
  /** Sent as `initializationOptions` (e.g. `{ trusted: false }`). */
  initializationOptions?: unknown;
  /** Where full analyses run (default: in the test's thread). */
  fullAnalyzer?: ServerOptions['fullAnalyzer'];
  /** The worker pool for full analyses and the workspace index (default: none, both in the test's thread). */
  pool?: ServerOptions['pool'];
}

export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const handle = startServer(serverConnection, {
    ...(options.fullAnalyzer ? { fullAnalyzer: options.fullAnalyzer } : {}),
    ...(options.pool ? { pool: options.pool } : {}),
  });
  serverConnection.listen();
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const waiting: (() => void)[] = [];
  const waitingForSettings: (() => void)[] = [];
  const waitingForIndex: (() => void)[] = [];
  let settingsRead = false;
  const state: TestServer = {
    nextIndexReady: () => new Promise<void>((resolve) => waitingForIndex.push(resolve)),
    applySettings: async (settings) => {
      state.settings = settings;
      settingsRead = false;
      const applied = new Promise<void>((resolve) => waitingForSettings.push(resolve));
      await client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      await applied;
    },
    nextDiagnosticsRefresh: () => new Promise<void>((resolve) => waiting.push(resolve)),
    client,
    handle,
    settings: options.settings ?? {},
    refreshes: { tokens: 0, diagnostics: 0 },
    logs: [],
    open: async (uri, text) => {
      await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      return uri;
    },
    change: async (uri, version, text, range) => {
      const contentChanges = range
        ? [{ range: new OffsetMap(range.before).rangeOf(range), text }]
        : [{ text }];
      await client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    },
    dispose: async () => {
      // The answer to shutdown comes after every message the server wrote before it, and the server sends nothing
      // afterwards. The pipes are left open rather than destroyed: a write still queued on them would fail, and the
      // library reports that failure on the disposed connection (an unhandled "Connection is disposed").
      await client.sendRequest(ShutdownRequest.type);
      client.dispose();
      serverConnection.dispose();
    },
  };
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
    settingsRead = true;
    return params.items.map(() => state.settings);
  });
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('window/workDoneProgress/create', () => null);
  client.onRequest('window/showMessageRequest', () => null);
  client.onRequest('workspace/semanticTokens/refresh', () => {
    state.refreshes.tokens++;
    return null;
  });
  client.onRequest('workspace/diagnostic/refresh', () => {
    state.refreshes.diagnostics++;
    waiting.splice(0).forEach((resolve) => resolve());
    if (settingsRead) {
      waitingForSettings.splice(0).forEach((resolve) => resolve());
    }
    return null;
  });
  client.onNotification('window/logMessage', (params: { message: string }) => {
    state.logs.push(params.message);
    if (process.env.BYLINE_TEST_LOG) {
      console.error(params.message);
    }
  });
  const ready = new Promise<void>((resolve) => {
    client.onNotification(IndexStatusNotification.type, (params) => {
      if (params.state === 'ready') {
        resolve();
        waitingForIndex.splice(0).forEach((waiting) => waiting());
      }
    });
  });
  client.listen();
  await client.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: null,
    workspaceFolders: (options.folders ?? []).map((folder) => ({ uri: pathToFileURL(folder).href, name: folder })),
    ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
    capabilities: {
      workspace: {
        configuration: true,
        didChangeWatchedFiles: { dynamicRegistration: true },
        semanticTokens: { refreshSupport: true },
        diagnostics: { refreshSupport: true },
      },
      window: { workDoneProgress: true },
      ...(options.pullDiagnostics === false ? {} : { textDocument: { diagnostic: { dynamicRegistration: false } } }),
    },
  });
  await client.sendNotification(InitializedNotification.type, {});
  await ready;
  return state;
}

/** Readable listing of encoded semantic tokens: `line:col length type.modifiers | text |` (1-based line:col). */
export function renderTokens(text: string, tokens: SemanticTokens, withText = true): string {
  const offsets = new OffsetMap(text);
  const lines: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifiers] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const names = legend.tokenModifiers.filter((_, bit) => (modifiers & (1 << bit)) !== 0);
    const label = [legend.tokenTypes[type], ...names].join('.');
    const start = offsets.offsetAt({ line, character });
    const shown = withText ? ` | ${text.slice(start, start + length)} |` : '';
    lines.push(`${line + 1}:${character + 1} ${length} ${label}${shown}`);
  }
  return lines.join('\n');
}

/** A document text with `$$` marking the cursor: the text without it and the cursor's offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('$$');
  if (offset < 0) {
    throw new Error('no $$ cursor marker');
  }
  return { text: marked.slice(0, offset) + marked.slice(offset + 2), offset };
}

/** The value of a response that may be null, failing the test when it is. */
export function present<T>(value: T | null | undefined, what = 'response'): T {
  if (value === null || value === undefined) {
    throw new Error(`expected a ${what}, got ${String(value)}`);
  }
  return value;
}
