import { fileURLToPath } from 'node:url';
import { CodeActionKind, TextDocumentSyncKind, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import type { BylineInitializationOptions } from '../protocol/annotations';
import { legend } from '../protocol/legend';
import { BYLINE_VERSION } from '../version';
import { BYLINE_CODE_ACTION_KIND, EDITOR_COMMANDS } from './editorCommands';

/** What the client can do, as its `initialize` request says. */
export interface ClientAbilities {
  /** The Byline VS Code client runs the annotation commands itself: no executeCommand, no refactor actions. */
  clientCommands: boolean;
  configuration: boolean;
  watchedFiles: boolean;
  progress: boolean;
  refreshTokens: boolean;
  refreshDiagnostics: boolean;
  pullDiagnostics: boolean;
  /** Writes are allowed (an untrusted VS Code workspace says false). */
  trusted: boolean;
  /** The workspace folders on disk. */
  folders: string[];
}

export function clientAbilities(params: InitializeParams): ClientAbilities {
  const client = params.capabilities;
  const options = params.initializationOptions as BylineInitializationOptions | undefined;
  return {
    clientCommands: options?.clientCommands === true,
    configuration: client.workspace?.configuration === true,
    watchedFiles: client.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    progress: client.window?.workDoneProgress === true,
    refreshTokens: client.workspace?.semanticTokens?.refreshSupport === true,
    refreshDiagnostics: client.workspace?.diagnostics?.refreshSupport === true,
    pullDiagnostics: client.textDocument?.diagnostic !== undefined,
    trusted: options?.trusted !== false,
    folders: (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
      .filter((folder) => folder.uri.startsWith('file:'))
      .map((folder) => fileURLToPath(folder.uri)),
  };
}

/** The server's answer to `initialize`. */
export function initializeResult(abilities: ClientAbilities): InitializeResult {
  const { clientCommands, pullDiagnostics } = abilities;
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
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, ...(clientCommands ? [] : [BYLINE_CODE_ACTION_KIND])] },
      ...(clientCommands ? {} : { executeCommandProvider: { commands: [...EDITOR_COMMANDS] } }),
      ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    workspace: { fileOperations: { didRename: { filters: [{ scheme: 'file', pattern: { glob: '**/*' } }] } } },
    serverInfo: { name: 'byline-server', version: BYLINE_VERSION },
  };
}
