/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateByline, articlePath, openArticle } from './helpers';

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
