/**
 * Opens plain-text files as news articles where `byline.plainTextFiles` says so (the rules: articleFiles.ts); when one
 * opened because it reads like news, offers once per folder to keep the folder as an article folder or to leave its
 * files alone; answers "Byline: Open This Folder's .txt Files as Articles"; says when Byline has articles to work on
 * (the language server starts then).
 */

import * as vscode from 'vscode';
import { STORE_DIR } from '../../server/src/protocol/annotations';
import { articleChoice, isPlainTextPath, LEAVE_FOLDER_AS_PLAIN_TEXT, NEWS_WINDOW, OPEN_FOLDER_AS_ARTICLES, plainTextFilesSetting } from './articleFiles';
import { LANGUAGE_ID } from './ctx';

const declinedKey = (folder: vscode.WorkspaceFolder): string => `byline.notArticles:${folder.uri.toString()}`;

async function hasStore(folder: vscode.WorkspaceFolder): Promise<boolean> {
  try {
    const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, STORE_DIR));
    return (stat.type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

export class PlainTextArticles implements vscode.Disposable {
  private readonly asked = new Set<string>();
  private readonly disposables: vscode.Disposable[];
  private markInUse: () => void = () => undefined;
  /**
   * Resolves once Byline has articles to work on — an article open, a workspace folder holding `.byline/`, or a
   * command that needs the server — so a workspace where someone only opened a .txt note starts no language server.
   */
  readonly inUse = new Promise<void>((resolve) => {
    this.markInUse = resolve;
  });

  constructor(
    private readonly state: vscode.Memento,
    private readonly log: (message: string) => void,
  ) {
    this.disposables = [
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.languageId === LANGUAGE_ID) {
          this.markInUse();
        }
        void this.consider(document);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.noticeStores()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('byline.plainTextFiles')) {
          this.considerOpenDocuments();
        }
      }),
      vscode.commands.registerCommand(`byline.${OPEN_FOLDER_AS_ARTICLES}`, (uri?: vscode.Uri) => this.openFolderAsArticles(uri)),
      vscode.commands.registerCommand(`byline.${LEAVE_FOLDER_AS_PLAIN_TEXT}`, (uri?: vscode.Uri) => this.leaveFolderAsPlainText(uri)),
    ];
    this.considerOpenDocuments();
    void this.noticeStores();
  }

  /** A command needs the language server (Export Corpus, Compare Annotations from a folder with no article open). */
  demand(): void {
    this.markInUse();
  }

  private async noticeStores(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if ((await Promise.all(folders.map(hasStore))).some(Boolean)) {
      this.markInUse();
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }

  private considerOpenDocuments(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (document.languageId === LANGUAGE_ID) {
        this.markInUse();
      }
      void this.consider(document);
    }
  }

  private async consider(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== 'plaintext' || document.uri.scheme !== 'file') {
      return;
    }
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const setting = plainTextFilesSetting(vscode.workspace.getConfiguration('byline').get('plainTextFiles'));
    const choice = articleChoice(
      {
        path: document.uri.path,
        folderHasStore: folder ? await hasStore(folder) : null,
        folderDeclined: folder ? this.state.get<boolean>(declinedKey(folder)) === true : false,
        text: document.getText(new vscode.Range(document.positionAt(0), document.positionAt(NEWS_WINDOW))),
      },
      setting,
    );
    if (choice === 'plain') {
      return;
    }
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    if (choice === 'detected' && folder && !this.asked.has(folder.uri.toString())) {
      this.asked.add(folder.uri.toString());
      void this.offer(folder, document);
    }
  }

  private async offer(folder: vscode.WorkspaceFolder, document: vscode.TextDocument): Promise<void> {
    const keep = 'Keep Articles Here';
    const notHere = 'Not Articles';
    const name = document.uri.path.split('/').pop() ?? 'the file';
    const answer = await vscode.window.showInformationMessage(
      `Byline opened “${name}” as a news article (it reads like a news story). Open every .txt file of “${folder.name}” as an article and keep your annotations in ${STORE_DIR}/ there, or leave this folder's files alone?`,
      keep,
      notHere,
    );
    // The answers run the commands of the palette, so that they can be given later, and tested, the same way.
    if (answer === keep) {
      await vscode.commands.executeCommand(`byline.${OPEN_FOLDER_AS_ARTICLES}`, folder.uri);
    } else if (answer === notHere) {
      await vscode.commands.executeCommand(`byline.${LEAVE_FOLDER_AS_PLAIN_TEXT}`, folder.uri);
    }
  }

  /** The workspace folder of `uri`, else of the active file, else the first; says so when there is none. */
  private folderOf(uri: vscode.Uri | undefined): vscode.WorkspaceFolder | undefined {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    const folder = (target && vscode.workspace.getWorkspaceFolder(target)) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage('Byline: open a folder of articles first (File → Open Folder…).');
    }
    return folder;
  }

  /** "Not Articles": remembers that the folder holds no articles and turns the .txt and .text files it opened back to plain text. */
  private async leaveFolderAsPlainText(uri?: vscode.Uri): Promise<void> {
    const folder = this.folderOf(uri);
    if (!folder) {
      return;
    }
    if (await hasStore(folder)) {
      void vscode.window.showInformationMessage(
        `“${folder.name}” holds Byline's ${STORE_DIR}/ folder, so its .txt files are articles; set byline.plainTextFiles to "never" to open them as plain text.`,
      );
      return;
    }
    await this.state.update(declinedKey(folder), true);
    this.log(`${folder.name}: its .txt and .text files stay plain text (byline.plainTextFiles or the command bring them back)`);
    for (const document of vscode.workspace.textDocuments) {
      if (document.languageId === LANGUAGE_ID && vscode.workspace.getWorkspaceFolder(document.uri)?.uri.toString() === folder.uri.toString() && isPlainTextPath(document.uri.path)) {
        await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
      }
    }
  }

  /** Gives `uri`'s workspace folder (default: the active file's, else the first) its `.byline/` and opens its plain-text files as articles. */
  private async openFolderAsArticles(uri?: vscode.Uri): Promise<void> {
    const folder = this.folderOf(uri);
    if (!folder) {
      return;
    }
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(
        `Byline writes nothing in an untrusted workspace, so “${folder.name}” gets no ${STORE_DIR}/ folder: trust the workspace, or set byline.plainTextFiles to "always".`,
      );
      return;
    }
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, STORE_DIR));
    this.markInUse();
    await this.state.update(declinedKey(folder), undefined);
    this.log(`${folder.name}: its .txt and .text files open as articles (${STORE_DIR}/ created)`);
    for (const document of vscode.workspace.textDocuments) {
      if (vscode.workspace.getWorkspaceFolder(document.uri)?.uri.toString() === folder.uri.toString()) {
        await this.consider(document);
      }
    }
  }
}
