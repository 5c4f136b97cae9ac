/**
 * The extension's context: owns the language client's lifecycle (start / restart / stop), the output channel,
 * and the disposables. Everything else (store, decorations, views) is wired in extension.ts.
 */

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  AnalysisRequest,
  IndexStatusNotification,
  WorkspaceSpeakersRequest,
  type AnalysisResult,
  type IndexStatusParams,
  type WorkspaceSpeaker,
} from '../../server/src/protocol/protocol';
import type { Position } from '../../server/src/protocol/offsets';
import { SET_PUBLICATION_DATE_COMMAND } from '../../server/src/protocol/publication';
import {
  AnnotationsChangedNotification,
  WorkspaceTrustNotification,
  type BylineInitializationOptions,
} from '../../server/src/protocol/annotations';
import { ExportPlanRequest, ExportRequest, type ExportParams, type ExportPlanResult, type ExportResult } from '../../server/src/protocol/export';
import { WorkDoneProgress } from 'vscode-languageclient';
import { ServerGate } from './serverGate';

export const LANGUAGE_ID = 'byline-article';

/** Article text files Byline analyses: the byline-article language, on disk or untitled. */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: LANGUAGE_ID },
  { scheme: 'untitled', language: LANGUAGE_ID },
];

export class Ctx implements vscode.Disposable {
  readonly output: vscode.LogOutputChannel;
  private client: LanguageClient | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly clientDisposables: vscode.Disposable[] = [];
  private readonly indexListeners = new Set<(status: IndexStatusParams) => void>();
  private readonly startListeners = new Set<() => void>();
  private readonly annotationListeners = new Set<(uri: string) => void>();
  /** Writes to the store wait here while the server restarts, and the server is stopped only once they are answered. */
  private readonly gate = new ServerGate<LanguageClient>();

  constructor(readonly extension: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel('Byline', { log: true });
    this.disposables.push(this.output);
  }

  get running(): boolean {
    return this.client?.isRunning() ?? false;
  }

  push(...disposables: vscode.Disposable[]): void {
    this.disposables.push(...disposables);
  }

  /** Listeners run each time the server (re)starts, e.g. to resend corrections. */
  onDidStart(listener: () => void): vscode.Disposable {
    this.startListeners.add(listener);
    return new vscode.Disposable(() => this.startListeners.delete(listener));
  }

  onIndexStatus(listener: (status: IndexStatusParams) => void): vscode.Disposable {
    this.indexListeners.add(listener);
    return new vscode.Disposable(() => this.indexListeners.delete(listener));
  }

  /** The server says a document's annotations changed. */
  onAnnotationsChanged(listener: (uri: string) => void): vscode.Disposable {
    this.annotationListeners.add(listener);
    return new vscode.Disposable(() => this.annotationListeners.delete(listener));
  }

  /** Called before a request that must reach the server, which may not have been started yet (no article open). */
  needServer: () => void = () => undefined;

  /** A request that must reach the server: held while it restarts, rejected with the server's message on refusal. */
  write<R>(method: string, params: unknown): Promise<R> {
    this.needServer();
    return this.gate.run((client) => client.sendRequest<R>(method, params));
  }

  /** A request for something to show: null when the server is not running or fails (logged). */
  async read<R>(method: string, params: unknown): Promise<R | null> {
    if (!this.client?.isRunning()) {
      return null;
    }
    try {
      return await this.client.sendRequest<R>(method, params);
    } catch (error) {
      this.output.warn(`${method} failed: ${(error as Error).message}`);
      return null;
    }
  }

  /** How many documents an export of `sources` would write; null when the server cannot say (logged). */
  exportPlan(sources: string[]): Promise<ExportPlanResult | null> {
    this.needServer();
    return this.gate.run((client) => client.sendRequest<ExportPlanResult>(ExportPlanRequest.method, { sources })).catch((error: unknown) => {
      this.output.warn(`${ExportPlanRequest.method} failed: ${(error as Error).message}`);
      return null;
    });
  }

  /** Runs an export in the server; `report` follows its work-done progress; cancelling `token` cancels it. */
  exportCorpus(params: ExportParams, report: (message: string, percentage: number) => void, token: vscode.CancellationToken): Promise<ExportResult> {
    this.needServer();
    return this.gate.run(async (client) => {
      const workDoneToken = `byline-export-${Date.now()}`;
      const progress = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind !== 'end') {
          report(value.message ?? '', value.percentage ?? 0);
        }
      });
      try {
        return await client.sendRequest(ExportRequest.type, { ...params, workDoneToken }, token);
      } finally {
        progress.dispose();
      }
    });
  }

  /** Tells the server the workspace became trusted (it then writes annotations). */
  async sendTrust(trusted: boolean): Promise<void> {
    if (this.client?.isRunning()) {
      await this.client.sendNotification(WorkspaceTrustNotification.type, { trusted });
    }
  }

  async start(): Promise<void> {
    const module = this.extension.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.output,
      synchronize: { configurationSection: 'byline' },
      // Date hovers link to "Set Publication Date…": only that command may run from the server's markdown.
      markdown: { isTrusted: { enabledCommands: [SET_PUBLICATION_DATE_COMMAND] } },
      initializationOptions: { trusted: vscode.workspace.isTrusted, clientCommands: true } satisfies BylineInitializationOptions,
    };
    const client = new LanguageClient('byline', 'Byline', serverOptions, clientOptions);
    this.client = client;
    this.clientDisposables.push(
      client.onNotification(IndexStatusNotification.type, (status) => {
        for (const listener of this.indexListeners) {
          listener(status);
        }
      }),
      client.onNotification(AnnotationsChangedNotification.type, ({ uri }) => {
        for (const listener of this.annotationListeners) {
          listener(uri);
        }
      }),
    );
    await client.start();
    this.gate.started(client);
    this.output.info('Byline language server started');
    for (const listener of this.startListeners) {
      listener();
    }
  }

  async stop(): Promise<void> {
    await this.gate.stopping();
    const client = this.client;
    this.client = undefined;
    for (const disposable of this.clientDisposables.splice(0)) {
      disposable.dispose();
    }
    if (client?.needsStop()) {
      await client.stop();
    }
  }

  async restart(): Promise<void> {
    this.output.info('Restarting the Byline language server');
    await this.stop();
    await this.start();
  }

  async analysisAt(uri: string, position?: Position): Promise<AnalysisResult | null> {
    if (!this.client?.isRunning()) {
      return null;
    }
    try {
      return await this.client.sendRequest(AnalysisRequest.type, { textDocument: { uri }, ...(position ? { position } : {}) });
    } catch (error) {
      this.output.warn(`byline/analysis failed: ${(error as Error).message}`);
      return null;
    }
  }

  async speakers(uri?: string): Promise<WorkspaceSpeaker[]> {
    if (!this.client?.isRunning()) {
      return [];
    }
    try {
      return (await this.client.sendRequest(WorkspaceSpeakersRequest.type, uri ? { uri } : {})).speakers;
    } catch (error) {
      this.output.warn(`byline/workspaceSpeakers failed: ${(error as Error).message}`);
      return [];
    }
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) {
      disposable.dispose();
    }
  }
}
