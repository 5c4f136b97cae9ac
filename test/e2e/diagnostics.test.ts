/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { articlePath, openArticle, positionOf, waitFor } from './helpers';

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

suite('Diagnostics', () => {
  test('an unclosed quotation mark is reported in the Problems of the article', async () => {
    const { document } = await openArticle(articlePath('museum-funding.txt'));
    const unclosed = (): vscode.Diagnostic[] =>
      vscode.languages
        .getDiagnostics(document.uri)
        .filter((diagnostic) => diagnostic.source === 'byline' && codeOf(diagnostic) === 'unclosed-quote');
    // VS Code pulls diagnostics when the document opens; wait for them to arrive
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => unclosed().length > 0, 'the unclosed-quote diagnostic');
    const [diagnostic] = unclosed();
    assert.equal(diagnostic.range.start.line, positionOf(document, '"could not borrow').line);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostic.message, /never closed|unclosed/i);
    const otherWarnings = vscode.languages
      .getDiagnostics(document.uri)
      .filter((candidate) => candidate !== diagnostic && candidate.severity === vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(
      otherWarnings.map((candidate) => candidate.message),
      [],
      'the balanced quotes of the article raise no warning',
    );
  });
});
