import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DocumentDiagnosticRequest,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { OffsetMap } from '../../server/src/protocol/offsets';
import { startTestServer, type TestServer } from '../helpers/lsp';

const FIXTURES = resolve(__dirname, '..', 'fixtures');
const load = (name: string): { uri: string; text: string } => {
  const path = resolve(FIXTURES, name);
  return { uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') };
};
const summit = load('server-summit-crlf.txt');
const market = load('server-market-hall.txt');

let server: TestServer;
before(async () => {
  server = await startTestServer({ folders: [FIXTURES] });
  await server.open(summit.uri, summit.text);
  await server.open(market.uri, market.text);
});
after(() => server.dispose());

async function pull(uri: string): Promise<Diagnostic[]> {
  const report: DocumentDiagnosticReport = await server.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  assert.equal(report.kind, 'full');
  return report.kind === 'full' ? report.items : [];
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const offsets = new OffsetMap(text);
  return edits
    .map((edit) => ({ start: offsets.offsetAt(edit.range.start), end: offsets.offsetAt(edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start)
    .reduce((result, edit) => result.slice(0, edit.start) + edit.newText + result.slice(edit.end), text);
}

test('diagnostics: unclosed and mismatched quote marks, with a quick fix for the glyph (CRLF text)', async () => {
  const items = await pull(summit.uri);
  const offsets = new OffsetMap(summit.text);
  const unclosed = items.find((item) => item.code === 'unclosed-quote');
  assert.ok(unclosed, 'unclosed quote reported');
  assert.equal(summit.text.slice(offsets.offsetAt(unclosed.range.start), offsets.offsetAt(unclosed.range.end)), '“');
  const mismatched = items.find((item) => item.code === 'mismatched-quote');
  assert.ok(mismatched, 'mismatched quote reported');
  assert.equal(mismatched.source, 'byline');
  const actions = await server.client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: summit.uri },
    range: mismatched.range,
    context: { diagnostics: [mismatched] },
  });
  const fix = actions?.find((action) => 'edit' in action && action.edit);
  assert.ok(fix && 'edit' in fix && fix.edit?.changes);
  const fixed = applyEdits(summit.text, fix.edit.changes[summit.uri]);
  assert.ok(fixed.includes('“productive”'), 'the closing glyph now pairs with the opening one');
});

test('diagnostics: a repeated paragraph, removed by its quick fix; settings switch rules off live', async () => {
  const items = await pull(market.uri);
  const duplicate = items.find((item) => item.code === 'duplicate-paragraph');
  assert.ok(duplicate);
  assert.equal(duplicate.range.start.line, 10);
  const actions = await server.client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: market.uri },
    range: duplicate.range,
    context: { diagnostics: [duplicate] },
  });
  const fix = actions?.find((action) => 'edit' in action && action.edit);
  assert.ok(fix && 'edit' in fix && fix.edit?.changes);
  const fixed = applyEdits(market.text, fix.edit.changes[market.uri]);
  assert.equal(fixed.split("after a meeting with the traders' association.").length, 2);

  await server.applySettings({ diagnostics: { duplicateParagraph: false } });
  const after = await pull(market.uri);
  assert.equal(after.some((item) => item.code === 'duplicate-paragraph'), false);
  const noActions = await server.client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: market.uri },
    range: duplicate.range,
    context: { diagnostics: [] },
  });
  assert.deepEqual(
    noActions?.filter((action) => 'kind' in action && action.kind === 'quickfix'),
    [],
    'no quick fix (the annotation actions for editors without their own commands remain)',
  );
  await server.applySettings({});
  assert.ok((await pull(market.uri)).some((item) => item.code === 'duplicate-paragraph'));
});
