/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { acceptPromptsUntil, articlePath, hoverText, openArticle, positionOf, requestScreenshot, semanticTokens, workspaceRoot } from './helpers';

async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hoverText(hovers ?? []);
}

suite('Publication date', () => {
  test('an unresolved weekday reads "a Tuesday (week unknown …)" and offers Set Publication Date…', async () => {
    const editor = await openArticle(articlePath('harbour-undated.txt'));
    const position = positionOf(editor.document, 'Tuesday').translate(0, 2);
    const text = await hoverAt(editor.document.uri, position);
    assert.match(text, /a Tuesday\*\* \(week unknown: the article's date is unknown\)/, `hover was: ${text}`);
    assert.match(text, /Set Publication Date…/);
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(position, position));
    assert.ok(
      (fixes ?? []).some((fix) => fix.command?.command === 'byline.setPublicationDate'),
      `quick fixes: ${(fixes ?? []).map((fix) => fix.title).join(', ')}`,
    );
    const token = (await semanticTokens(editor.document)).find((candidate) => candidate.range.contains(position));
    assert.equal(token?.type, 'date');
    assert.ok(token?.modifiers.includes('unresolved'), `a muted modifier, not an error: ${token?.modifiers.join(',')}`);
    const scopes = (vscode.extensions.getExtension('byline.byline')?.packageJSON as { contributes: { semanticTokenScopes: { scopes: Record<string, string[]> }[] } })
      .contributes.semanticTokenScopes[0].scopes;
    assert.deepEqual(scopes['date.unresolved'], ['comment.unresolved-date.byline'], 'themes colour it as a comment (muted)');
    if (process.env.BYLINE_E2E_SCREENSHOTS) {
      editor.selection = new vscode.Selection(position, position);
      await vscode.commands.executeCommand('editor.action.showHover');
      await requestScreenshot('unresolved-date-hover');
    }
  });

  test('Set Publication Date… is prefilled with the date the text implies and stores it in .byline/metadata/', async () => {
    const editor = await openArticle(articlePath('harbour-caption.txt'));
    const metadata = join(workspaceRoot(), '.byline', 'metadata', 'articles', 'harbour-caption.txt.json');
    const running = vscode.commands.executeCommand('byline.setPublicationDate');
    if (process.env.BYLINE_E2E_SCREENSHOTS) {
      await requestScreenshot('set-publication-date', 2500);
    }
    await acceptPromptsUntil(() => existsSync(metadata), `the publication date in ${metadata}`);
    await running;
    const stored = JSON.parse(readFileSync(metadata, 'utf8')) as { published: { value: string } };
    assert.equal(stored.published.value, '2026-03-03', 'the date inferred from the caption, accepted as proposed');
    const position = positionOf(editor.document, 'Tuesday').translate(0, 2);
    const deadline = Date.now() + 20_000;
    let text = '';
    while (Date.now() < deadline && !/set by/.test(text)) {
      text = await hoverAt(editor.document.uri, position);
    }
    assert.match(text, /2026-03-03.*the article's date — set by .* in \.byline\/metadata/s, `hover was: ${text}`);
  });
});
