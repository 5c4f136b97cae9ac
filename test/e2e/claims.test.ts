/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { acceptPromptsUntil, activateByline, articlePath, openArticle, rangeOf, requestScreenshot, workspaceRoot } from './helpers';

interface StoredAnnotation {
  body: { type: string; label?: string; claimant?: string };
  target: { source: string; selector: ({ type: 'TextQuoteSelector'; exact: string } | { type: 'TextPositionSelector'; start: number; end: number })[] };
}

function storedClaims(store: string): StoredAnnotation[] {
  if (!existsSync(store)) {
    return [];
  }
  const parsed = JSON.parse(readFileSync(store, 'utf8')) as { annotations?: StoredAnnotation[] };
  return (parsed.annotations ?? []).filter((annotation) => annotation.body.type === 'ClaimTag');
}

suite('Claims', () => {
  test('Tag Claim on a selection writes the claim, anchored by its text, to the store in .byline/', async () => {
    const editor = await openArticle(articlePath('library-reopens.txt'));
    const claim = 'The reading room finally has light.';
    const range = rangeOf(editor.document, claim);
    editor.selection = new vscode.Selection(range.start, range.end);
    const store = join(workspaceRoot(), '.byline', 'annotations', 'articles', 'library-reopens.txt.json');
    const hasClaim = (): boolean =>
      storedClaims(store).some((annotation) =>
        annotation.target.selector.some((selector) => selector.type === 'TextQuoteSelector' && selector.exact === claim),
      );

    const tagging = vscode.commands.executeCommand('byline.tagClaim');
    // Enter on every prompt: the first label, the proposed claimant, no attributes.
    await acceptPromptsUntil(hasClaim, `a ClaimTag for “${claim}” in ${store}`);
    await tagging;

    const [stored] = storedClaims(store);
    assert.equal(stored.body.label, 'claim', 'the first label of byline.claims.labels');
    const position = stored.target.selector.find((selector) => selector.type === 'TextPositionSelector');
    assert.ok(position && position.type === 'TextPositionSelector');
    const text = editor.document.getText();
    assert.equal(Array.from(text).slice(position.start, position.end).join(''), claim, 'code-point offsets of the claim');
    assert.match(stored.target.source, /library-reopens\.txt$/);
    // the view the claim now shows in (its contents are checked in ui.test.ts)
    await vscode.commands.executeCommand('byline.claims.focus');
    await requestScreenshot('claims-view');
  });

  test('a claim tagged while the language server restarts is not lost (the server writes it once it is back)', async () => {
    const editor = await openArticle(articlePath('library-reopens.txt'));
    const api = (await activateByline()) as unknown as { restartServer(): Promise<void>; serverRunning(): boolean };
    const sentence = 'A café and a children’s wing are due to open next spring.';
    const range = rangeOf(editor.document, sentence);
    editor.selection = new vscode.Selection(range.start, range.end);
    const store = join(workspaceRoot(), '.byline', 'annotations', 'articles', 'library-reopens.txt.json');
    const hasClaim = (): boolean =>
      storedClaims(store).some((annotation) =>
        annotation.target.selector.some((selector) => selector.type === 'TextQuoteSelector' && selector.exact === sentence),
      );

    const restarting = api.restartServer();
    const tagging = vscode.commands.executeCommand('byline.tagClaim');
    await acceptPromptsUntil(hasClaim, `the claim “${sentence}” in ${store} after the restart`);
    await Promise.all([tagging, restarting]);
    assert.ok(api.serverRunning(), 'the server is back');
  });

  test('Mark Selection as Quote in a file that is not an article asks nothing and stores nothing', async () => {
    const notes = join(workspaceRoot(), 'notes.md');
    writeFileSync(notes, '# Notes\n\n"Call the harbour office," she wrote.\n');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(notes)), { preview: false });
    await activateByline();
    const range = rangeOf(editor.document, 'Call the harbour office,');
    editor.selection = new vscode.Selection(range.start, range.end);
    const marking = Promise.resolve(vscode.commands.executeCommand('byline.markAsQuote')).then(() => true);
    // Not a speed check: a command that asks waits for an answer forever, one that refuses returns (within a minute
    // on however loaded a machine).
    const answered = await Promise.race([marking, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 60_000))]);
    if (!answered) {
      // It asked "Who is quoted?": dismiss the prompt so the suite goes on.
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await marking;
    }
    assert.ok(answered, 'the command returned at once instead of asking who is quoted');
    assert.ok(!existsSync(join(workspaceRoot(), '.byline', 'annotations', 'notes.md.json')), 'no annotation stored for notes.md');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
