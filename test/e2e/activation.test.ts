/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateByline, articlePath, openArticle, openedAsArticle, workspaceRoot } from './helpers';

const NEWS = 'Quay repairs\n\n“The quay reopens in March,” said harbour master Ines Corvin on Monday.\n';

/** Opens `path` in an editor and gives Byline the time to switch it (it stats the folder's .byline/ first). */
async function openPlain(path: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path));
  await vscode.window.showTextDocument(document, { preview: false });
  await openedAsArticle(document.uri, 2_000).catch(() => undefined);
  return vscode.workspace.textDocuments.find((open) => open.uri.toString() === document.uri.toString()) ?? document;
}

function languageOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((open) => open.uri.toString() === uri.toString())?.languageId;
}

/** Polls `done` (a file appearing has no vscode event) until it holds; rejects after `ms`. */
async function until(done: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function setPlainTextFiles(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('byline').update('plainTextFiles', value, vscode.ConfigurationTarget.Workspace);
}

suite('Activation and the TextMate grammar', () => {
  // Runs first (the suites run in file order): a folder of articles Byline has not been told about yet.
  test('with no setup, a .txt that reads like news opens as an article; Not Articles leaves the folder plain, Keep Articles Here gives it .byline/', async () => {
    assert.ok(!existsSync(join(workspaceRoot(), '.byline')), 'the test workspace starts without a .byline/ folder');
    const extension = vscode.extensions.getExtension<{ ready: Promise<void>; serverRunning(): boolean }>(EXTENSION_ID);
    const api = await extension?.activate();
    const notes = articlePath('desk-notes.txt');
    writeFileSync(notes, 'Ask the desk about the quay photos\nCall the printer\n');
    try {
      assert.equal((await openPlain(notes)).languageId, 'plaintext', 'a note is left alone');
      assert.equal(api?.serverRunning(), false, 'no language server while Byline has no article to work on');
      const story = await openPlain(articlePath('ferry-strike.txt'));
      assert.equal(story.languageId, 'byline-article', 'a news story is an article at once');
      await api?.ready;
      assert.equal(api?.serverRunning(), true, 'the language server starts with the first article');
      assert.ok(!existsSync(join(workspaceRoot(), '.byline')), 'nothing is written until the user keeps the folder');
      // Byline now offers Keep Articles Here / Not Articles. "Not Articles" runs this command:
      await vscode.commands.executeCommand('byline.leaveFolderAsPlainText', story.uri);
      assert.equal(languageOf(story.uri), 'plaintext', 'the story it opened as an article is plain text again');
      assert.equal((await openPlain(articlePath('museum-funding.txt'))).languageId, 'plaintext', 'the folder is remembered: another story stays plain');
      assert.ok(!existsSync(join(workspaceRoot(), '.byline')), 'Not Articles writes nothing in the folder');
      // "Keep Articles Here" is the offer's first button: pressed as the keyboard does (Ctrl+Shift+A on a notification).
      await vscode.commands.executeCommand('notification.acceptPrimaryAction');
      await until(() => existsSync(join(workspaceRoot(), '.byline')), 'Keep Articles Here to create .byline/');
      assert.equal((await openedAsArticle(vscode.Uri.file(notes))).languageId, 'byline-article', 'now every .txt there is an article');
      assert.equal((await openedAsArticle(story.uri)).languageId, 'byline-article', 'and the story is one again');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      rmSync(notes, { force: true });
    }
  });

  test('byline.plainTextFiles: "never" leaves even an article folder\'s .txt plain; "articleFolders" one outside every folder; "always" claims a note', async () => {
    await activateByline();
    const outside = mkdtempSync(join(tmpdir(), 'byline-outside-'));
    const story = join(outside, 'story.txt');
    const note = join(outside, 'note.txt');
    writeFileSync(story, NEWS);
    writeFileSync(note, 'Call the printer\n');
    const inside = join(workspaceRoot(), 'articles', 'quay-repairs.txt');
    writeFileSync(inside, NEWS);
    try {
      assert.equal((await openPlain(story)).languageId, 'byline-article', 'outside every workspace folder, a story, by default');
      assert.equal((await openPlain(note)).languageId, 'plaintext', 'outside every workspace folder, a note, by default');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await setPlainTextFiles('never');
      assert.equal((await openPlain(inside)).languageId, 'plaintext', 'never');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await setPlainTextFiles('articleFolders');
      const another = join(outside, 'another-story.txt');
      writeFileSync(another, NEWS);
      assert.equal((await openPlain(another)).languageId, 'plaintext', 'articleFolders');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await setPlainTextFiles('always');
      assert.equal((await openPlain(note)).languageId, 'byline-article', 'always');
    } finally {
      await setPlainTextFiles(undefined);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      rmSync(inside, { force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });

  test('a notes file in the article folder that does not read like news is an article there too; .md files never are', async () => {
    await activateByline();
    const notes = join(workspaceRoot(), 'articles', 'todo.txt');
    const markdown = join(workspaceRoot(), 'articles', 'readme.md');
    writeFileSync(notes, 'Ask the desk about the quay photos\n');
    writeFileSync(markdown, NEWS);
    try {
      assert.equal((await openPlain(notes)).languageId, 'byline-article', 'the folder is an article folder');
      assert.equal((await openPlain(markdown)).languageId, 'markdown');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      rmSync(notes, { force: true });
      rmSync(markdown, { force: true });
    }
  });

  test('the extension is present, activates, and its language client becomes ready', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded from the development path`);
    const api = await activateByline();
    assert.ok(extension.isActive, 'active after activate()');
    assert.ok(api.ready instanceof Promise, 'activate() returns an API with a ready promise');
  });

  test('an article .txt opens in the byline-article language', async () => {
    const editor = await openArticle(articlePath('ferry-strike.txt'));
    assert.equal(editor.document.languageId, 'byline-article');
  });

  test('VS Code knows the grammar for the language (its scopes are unit-tested in test/unit/grammar.test.ts)', () => {
    // VS Code's web workbench has no command to read TextMate scopes (_workbench.captureSyntaxTokens is desktop
    // only), so this checks the registration VS Code loaded; the grammar's behaviour is tested with vscode-textmate.
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as
      | { contributes?: { grammars?: { language: string; scopeName: string; path: string }[] } }
      | undefined;
    const grammar = manifest?.contributes?.grammars?.find((entry) => entry.language === 'byline-article');
    assert.equal(grammar?.scopeName, 'text.byline.article');
    const path = join(vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '', grammar?.path ?? '');
    assert.equal((JSON.parse(readFileSync(path, 'utf8')) as { scopeName: string }).scopeName, 'text.byline.article');
  });
});
