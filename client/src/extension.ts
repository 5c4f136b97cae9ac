/**
 * Byline's VS Code extension: starts the language server (Ctx), loads the annotation store, and wires commands,
 * decorations, views, diagnostics and the status bar to the annotation service.
 */

import * as vscode from 'vscode';
import * as os from 'node:os';
import { AnnotationService } from './store/annotationService';
import { Ctx } from './ctx';
import { createCommands } from './commands';
import type { CommandDeps } from './commands/types';
import { exportCorpusCommand } from './commands/exportCorpusVscode';
import { AnnotationDecorations } from './decorations';
import { OrphanDiagnostics } from './orphanDiagnostics';
import { ArticleStatus } from './statusBar';
import { DocumentSync } from './documentSync';
import { ClaimsTreeProvider } from './views/claimsTree';
import { SpeakersTreeProvider } from './views/speakersTree';
import { revealAnnotation, chooseClaimsGrouping, claimsGrouping, extensionActions } from './actions';
import { claimSettings, documentKey, editorState, openDocument, readText, vscodeUi } from './vscodeAdapters';

/**
 * What `activate` returns: tests await `ready` (server started, annotations loaded); the status bar and the tree
 * providers are handed out because nobody but their owner can read them through the vscode API.
 */
export interface BylineApi {
  ready: Promise<void>;
  annotations: AnnotationService;
  serverRunning(): boolean;
  statusBar(): { text: string; tooltip?: string; visible: boolean };
  views: { claims: ClaimsTreeProvider; speakers: SpeakersTreeProvider };
}

let ctx: Ctx | undefined;

export function activate(context: vscode.ExtensionContext): BylineApi {
  const current = new Ctx(context);
  ctx = current;
  context.subscriptions.push(current);
  const log = current.output;

  const annotations = new AnnotationService({
    isTrusted: () => vscode.workspace.isTrusted,
    creator: () => ({ type: 'Person', name: vscode.workspace.getConfiguration('byline.claims').get<string>('creator') || os.userInfo().username }),
    readText,
    log: (message) => log.info(message),
    onIssue: (issue) => {
      log.error(`${issue.file}: ${issue.message}; backup: ${issue.backup ?? 'failed'}`);
      void vscode.window
        .showWarningMessage(
          `Byline cannot read the annotations of ${issue.source} (${issue.message}). They are shown read-only and the file will not be changed until it is fixed; a backup copy is kept.`,
          'Open File',
          ...(issue.backup ? ['Open Backup'] : []),
        )
        .then((choice) => {
          const target = choice === 'Open File' ? issue.file : choice === 'Open Backup' ? issue.backup : null;
          return target ? vscode.window.showTextDocument(vscode.Uri.file(target)) : undefined;
        });
    },
  });

  const decorations = new AnnotationDecorations(context, annotations);
  const diagnostics = new OrphanDiagnostics(annotations, (uri) => openDocument(uri)?.getText() ?? annotations.get(uri)?.placedIn);
  const status = new ArticleStatus(annotations, (uri) => current.analysisAt(uri));
  const claimsTree = new ClaimsTreeProvider(annotations, claimsGrouping);
  const speakersTree = new SpeakersTreeProvider(() => current.speakers());
  const sync = new DocumentSync(annotations, log);
  current.push(decorations, diagnostics, status, claimsTree, speakersTree, sync);
  current.push(
    vscode.window.createTreeView('byline.claims', { treeDataProvider: claimsTree, showCollapseAll: true }),
    vscode.window.createTreeView('byline.speakers', { treeDataProvider: speakersTree, showCollapseAll: true }),
  );

  const pendingCorrections = new Map<string, NodeJS.Timeout>();
  const pushCorrections = (uri: string): void => {
    clearTimeout(pendingCorrections.get(uri));
    pendingCorrections.set(
      uri,
      setTimeout(() => {
        pendingCorrections.delete(uri);
        const document = annotations.get(uri);
        void current.sendCorrections(uri, document?.corrections() ?? [], openDocument(uri)?.version);
      }, 100),
    );
  };
  current.push(
    annotations.onDidChange((uri) => {
      decorations.refresh(vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.toString() === uri));
      diagnostics.refresh(uri);
      claimsTree.refresh();
      status.refresh();
      pushCorrections(uri);
    }),
    current.onDidStart(() => {
      for (const document of annotations.all()) {
        pushCorrections(document.key.uri);
      }
      speakersTree.refresh();
      status.refresh(0);
    }),
    current.onIndexStatus((indexStatus) => {
      if (indexStatus.state === 'ready') {
        speakersTree.refresh();
      }
    }),
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
    document: async (uri) => {
      const key = documentKey(vscode.Uri.parse(uri));
      const text = key ? await readText(key) : null;
      return key && text !== null ? { key, text } : null;
    },
    annotations,
    server: { analysisAt: (uri, position) => current.analysisAt(uri, position), speakers: (uri) => current.speakers(uri) },
    claimSettings,
  };
  const actions = extensionActions(current, {
    chooseClaimsGrouping: () => chooseClaimsGrouping(),
    refreshViews: async () => {
      await sync.loadAll();
      claimsTree.refresh();
      speakersTree.refresh();
    },
    revealAnnotation: (arg) => revealAnnotation(annotations, arg),
    exportCorpus: exportCorpusCommand((message) => log.info(message)),
  });
  for (const [name, handler] of createCommands(deps, actions)) {
    current.push(vscode.commands.registerCommand(`byline.${name}`, handler));
  }

  const ready = (async () => {
    try {
      await current.start();
    } catch (error) {
      log.error(`the language server did not start: ${(error as Error).message}`);
      void vscode.window.showErrorMessage('Byline: the language server did not start. See the Byline output.');
    }
    await sync.loadAll();
    decorations.refresh();
    status.refresh(0);
  })();
  return {
    ready,
    annotations,
    serverRunning: () => current.running,
    statusBar: () => status.snapshot(),
    views: { claims: claimsTree, speakers: speakersTree },
  };
}

export async function deactivate(): Promise<void> {
  const stopping = ctx;
  ctx = undefined;
  await stopping?.stop();
}
