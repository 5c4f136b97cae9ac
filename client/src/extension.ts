/**
 * Byline's VS Code extension: starts the language server (Ctx), which owns the analysis and the `.byline/`
 * annotation store, and wires the UI to it: commands that gather input and send requests, decorations, views,
 * diagnostics of orphaned annotations and the status bar.
 */

import * as vscode from 'vscode';
import { PublicationDateRequest, SetPublicationDateRequest, type PublicationDateInfo } from '../../server/src/protocol/publication';
import { AnnotationClient, annotationServer } from './annotations';
import { Ctx } from './ctx';
import { createCommands } from './commands';
import type { CommandDeps } from './commands/types';
import { exportCorpusCommand } from './commands/exportCorpusVscode';
import { AnnotationDecorations } from './decorations';
import { OrphanDiagnostics } from './orphanDiagnostics';
import { ArticleStatus } from './statusBar';
import { ClaimsTreeProvider } from './views/claimsTree';
import { SpeakersTreeProvider } from './views/speakersTree';
import { registerComparison } from './compare/commands';
import type { Comparison } from './compare/comparison';
import { revealAnnotation, chooseClaimsGrouping, claimsGrouping, extensionActions } from './actions';
import { claimSettings, editorState, vscodeUi } from './vscodeAdapters';
import { PlainTextArticles } from './plainTextArticles';

/**
 * What `activate` returns: tests await `ready` (server started, annotations listed); the status bar and the tree
 * providers are handed out because nobody but their owner can read them through the vscode API.
 */
export interface BylineApi {
  ready: Promise<void>;
  annotations: AnnotationClient;
  serverRunning(): boolean;
  restartServer(): Promise<void>;
  statusBar(): { text: string; tooltip?: string; visible: boolean };
  views: { claims: ClaimsTreeProvider; speakers: SpeakersTreeProvider; comparison: Comparison };
}

let ctx: Ctx | undefined;

export function activate(context: vscode.ExtensionContext): BylineApi {
  const current = new Ctx(context);
  ctx = current;
  context.subscriptions.push(current);
  const log = current.output;
  const articles = new PlainTextArticles(context.workspaceState, (message) => log.info(message));
  current.push(articles);
  current.needServer = () => articles.demand();

  const annotations = new AnnotationClient(
    annotationServer(
      (method, params) => current.read(method, params),
      (method, params) => current.write(method, params),
    ),
  );
  const refreshAnnotations = (uri?: string): void => {
    annotations.refresh(uri).catch((error: unknown) => log.warn(`listing annotations failed: ${(error as Error).message}`));
  };
  const decorations = new AnnotationDecorations(context, annotations);
  const diagnostics = new OrphanDiagnostics(annotations);
  const status = new ArticleStatus(annotations, (uri) => current.analysisAt(uri));
  const claimsTree = new ClaimsTreeProvider(annotations, claimsGrouping);
  const speakersTree = new SpeakersTreeProvider(() => current.speakers());
  current.push(decorations, diagnostics, status, claimsTree, speakersTree);
  current.push(
    vscode.window.createTreeView('byline.claims', { treeDataProvider: claimsTree, showCollapseAll: true }),
    vscode.window.createTreeView('byline.speakers', { treeDataProvider: speakersTree, showCollapseAll: true }),
  );

  current.push(
    annotations.onDidChange((uri) => {
      decorations.refresh(vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.toString() === uri));
      diagnostics.refresh(uri);
      claimsTree.refresh();
      status.refresh();
    }),
    current.onAnnotationsChanged((uri) => refreshAnnotations(uri)),
    current.onDidStart(() => {
      refreshAnnotations();
      speakersTree.refresh();
      status.refresh(0);
    }),
    current.onIndexStatus((indexStatus) => {
      if (indexStatus.state === 'ready') {
        speakersTree.refresh();
      }
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void current.sendTrust(true)),
    vscode.window.onDidChangeVisibleTextEditors((editors) => decorations.refresh(editors)),
    vscode.window.onDidChangeActiveTextEditor(() => status.refresh(0)),
    vscode.workspace.onDidChangeTextDocument(() => status.refresh()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('byline.claims.groupBy')) {
        claimsTree.refresh();
      }
    }),
  );

  const deps: CommandDeps = {
    ui: vscodeUi,
    editor: () => editorState(vscode.window.activeTextEditor),
    annotations,
    server: {
      analysisAt: (uri, position) => current.analysisAt(uri, position),
      speakers: (uri) => current.speakers(uri),
      publicationDate: (uri) => current.read<PublicationDateInfo>(PublicationDateRequest.method, { uri }),
      setPublicationDate: async (uri, value) => {
        const info = await current.write<PublicationDateInfo | null>(SetPublicationDateRequest.method, { uri, value });
        status.refresh(0);
        return info;
      },
    },
    claimSettings,
  };
  const actions = extensionActions(current, {
    chooseClaimsGrouping: () => chooseClaimsGrouping(),
    refreshViews: async () => {
      await annotations.refresh();
      claimsTree.refresh();
      speakersTree.refresh();
    },
    revealAnnotation: (arg) => revealAnnotation(annotations, arg),
    exportCorpus: exportCorpusCommand(current, (message) => log.info(message)),
  });
  for (const [name, handler] of createCommands(deps, actions)) {
    current.push(vscode.commands.registerCommand(`byline.${name}`, handler));
  }
  const comparison = registerComparison(current, (method, params) => current.write(method, params));

  const ready = (async () => {
    await articles.inUse;
    try {
      await current.start();
    } catch (error) {
      log.error(`the language server did not start: ${(error as Error).message}`);
      void vscode.window.showErrorMessage('Byline: the language server did not start. See the Byline output.');
    }
    await annotations.refresh();
    decorations.refresh();
    status.refresh(0);
  })();
  return {
    ready,
    annotations,
    serverRunning: () => current.running,
    restartServer: () => current.restart(),
    statusBar: () => status.snapshot(),
    views: { claims: claimsTree, speakers: speakersTree, comparison },
  };
}

export async function deactivate(): Promise<void> {
  const stopping = ctx;
  ctx = undefined;
  await stopping?.stop();
}
