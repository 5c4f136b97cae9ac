/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateByline, articlePath, cliAnalysis, openArticle, positionOf, semanticTokens, waitFor, type BylineApi, type DecodedToken, type SpanRecord } from './helpers';

// What issue 15 asked of the editor, checked in a real VS Code on our fixture fares-notice.txt: a mismatched pair
// (“…"), a paragraph repeated verbatim among paragraphs separated by single newlines, and a quote and dates inside
// a legal notice and reader comments.
const FIXTURE = 'fares-notice.txt';

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

async function diagnosticsOf(document: vscode.TextDocument, code: string): Promise<vscode.Diagnostic[]> {
  const found = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === 'byline' && codeOf(diagnostic) === code);
  await waitFor(vscode.languages.onDidChangeDiagnostics, () => found().length > 0, `the ${code} diagnostic`);
  return found();
}

async function quickFixes(document: vscode.TextDocument, range: vscode.Range): Promise<string[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
  return (actions ?? []).filter((action) => action.kind?.contains(vscode.CodeActionKind.QuickFix)).map((action) => action.title);
}

suite('Quotation marks, repeated paragraphs and page furniture', () => {
  test('a mismatched pair (“…") colours the quote only up to its wrong closing mark, which is flagged with a quick fix', async () => {
    const { document } = await openArticle(articlePath(FIXTURE));
    const tokens = await semanticTokens(document);
    const at = (needle: string, offset = 0): DecodedToken | undefined => {
      const position = positionOf(document, needle).translate(0, offset);
      return tokens.find((token) => token.range.contains(position) && !token.range.end.isEqual(position));
    };
    assert.equal(at('We had no choice')?.type, 'quote');
    const mark = at('," said', 1);
    assert.equal(mark?.type, 'quoteMark');
    assert.ok(mark?.modifiers.includes('mismatched'), `the closing mark's modifiers: ${mark?.modifiers.join(',')}`);
    assert.notEqual(at('adding that fuel')?.type, 'quote', 'the rest of the line is not a quote');
    const [mismatched] = await diagnosticsOf(document, 'mismatched-quote');
    assert.equal(mismatched.range.start.line, positionOf(document, '," said').line);
    assert.deepEqual(await quickFixes(document, mismatched.range), ['Replace with ”']);
  });

  test('a paragraph repeated verbatim is flagged though paragraphs are separated by single newlines', async () => {
    const { document } = await openArticle(articlePath(FIXTURE));
    const [duplicate] = await diagnosticsOf(document, 'duplicate-paragraph');
    assert.equal(duplicate.range.start.line, positionOf(document, 'Passenger groups said', 1).line, 'the second occurrence');
    assert.ok((await quickFixes(document, duplicate.range)).includes('Remove the repeated paragraph'));
  });

  test('the status bar counts the article\'s quotes and dates, not those of the legal notice and the reader comments', async () => {
    const api = (await activateByline()) as BylineApi & { statusBar?: () => { text: string; visible: boolean } };
    assert.ok(api.statusBar, 'activate() returns statusBar() for the tests');
    const { document } = await openArticle(articlePath(FIXTURE));
    const record = cliAnalysis(document.uri.fsPath);
    const inFurniture = (span: SpanRecord): boolean => record.boilerplate.some((block) => block.start <= span.start && span.end <= block.end);
    const quotes = record.quotes.filter((quote) => !inFurniture(quote)).length;
    const dates = record.dates.filter((date) => !inFurniture(date)).length;
    assert.ok(quotes < record.quotes.length && dates < record.dates.length, 'the fixture has quotes and dates in its furniture');
    const expected = `$(quote) ${quotes}  $(person) 1  $(calendar) ${dates}`;
    const statusBar = api.statusBar;
    // The status bar is refreshed when the analysis settles; it has no event of its own.
    const deadline = Date.now() + 20_000;
    while (!statusBar().text.startsWith(expected) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(statusBar().text.startsWith(expected), `status bar: ${statusBar().text}; expected ${expected}`);
  });
});
