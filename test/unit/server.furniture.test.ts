import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, DocumentDiagnosticRequest, SemanticTokensRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { OffsetMap } from '../../server/src/protocol/offsets';
import { AnalysisRequest } from '../../server/src/protocol/protocol';
import { present, renderTokens, startTestServer, type TestServer } from '../helpers/lsp';

// Our invented article: a body with two quotes and five dates, a line repeated verbatim right below itself, a
// copyright notice holding a date and an unclosed “, and reader comments with a quote and dates.
const FOLDER = resolve(__dirname, '..', 'fixtures', 'furniture');
const path = resolve(FOLDER, 'harbour-bridge-notice.txt');
const text = readFileSync(path, 'utf8');
const uri = pathToFileURL(path).href;

let server: TestServer;
before(async () => {
  server = await startTestServer({ folders: [FOLDER] });
  await server.open(uri, text);
});
after(() => server.dispose());

async function diagnostics(): Promise<Diagnostic[]> {
  const report = await server.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  return report.kind === 'full' ? report.items : [];
}

test('the status bar counts only the article’s own quotes and dates, not those in the notice or the comments', async () => {
  const summary = await server.client.sendRequest(AnalysisRequest.type, { textDocument: { uri } });
  assert.equal(summary.counts.quotes, 2);
  assert.equal(summary.counts.dates, 5, 'six weeks, Monday, Tuesday, about ten minutes twice');
});

test('an unclosed mark inside a legal notice gets neither the error colour nor a diagnostic', async () => {
  const listing = renderTokens(text, present(await server.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } })));
  const notice = listing.split('\n').filter((line) => line.startsWith('12:'));
  assert.ok(notice.some((line) => /quote\S*furniture/u.test(line)), notice.join('\n'));
  assert.deepEqual(notice.filter((line) => /unclosed|mismatched/u.test(line)), []);
  assert.deepEqual((await diagnostics()).filter((item) => item.code === 'unclosed-quote'), []);
});

test('a paragraph repeated verbatim on the very next line is flagged, and the fix leaves one copy', async () => {
  const duplicate = (await diagnostics()).find((item) => item.code === 'duplicate-paragraph');
  assert.ok(duplicate, 'duplicate reported');
  assert.equal(duplicate.range.start.line, 9);
  const actions = await server.client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: duplicate.range,
    context: { diagnostics: [duplicate] },
  });
  const fix = (actions ?? []).find((action) => 'edit' in action && action.edit?.changes?.[uri]);
  const edits = fix && 'edit' in fix ? (fix.edit?.changes?.[uri] ?? []) : [];
  assert.equal(edits.length, 1);
  const offsets = new OffsetMap(text);
  const fixed = text.slice(0, offsets.offsetAt(edits[0].range.start)) + edits[0].newText + text.slice(offsets.offsetAt(edits[0].range.end));
  assert.equal(fixed.split('\n').filter((line) => line.startsWith('Drivers will be sent')).length, 1);
  assert.match(fixed, /morning rush\.\n\n© 2026/u, 'no empty line left where the copy was');
});
