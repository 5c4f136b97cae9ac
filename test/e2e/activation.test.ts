/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateByline, articlePath, openArticle } from './helpers';

interface CapturedToken {
  c: string;
  t: string;
}

suite('Activation and the TextMate grammar', () => {
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

  test('the grammar colours quotes and dates in the real editor (before semantic tokens)', async () => {
    const uri = vscode.Uri.file(articlePath('library-reopens.txt'));
    await openArticle(uri.fsPath);
    // The command VS Code's own colorizer tests use to read the TextMate scopes the editor computed.
    const captured = await vscode.commands.executeCommand<CapturedToken[]>('_workbench.captureSyntaxTokens', uri);
    assert.ok(Array.isArray(captured) && captured.length > 0, 'TextMate tokens were captured');
    const scopesOf = (piece: string): string =>
      captured
        .filter((token) => token.c.includes(piece))
        .map((token) => token.t)
        .join(' | ');
    assert.match(scopesOf('The reading room finally has light.'), /string\.quoted\.double\.byline/);
    assert.match(scopesOf('September 14, 2025'), /constant\.numeric\.date\.byline/);
    assert.doesNotMatch(scopesOf('children'), /string\.quoted/, 'an apostrophe opens no quote');
  });
});
