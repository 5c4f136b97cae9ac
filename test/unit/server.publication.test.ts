import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  SemanticTokensRequest,
  type CodeAction,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { describeUnresolved } from '../../server/src/features/dateHover';
import { OffsetMap } from '../../server/src/protocol/offsets';
import { PublicationDateRequest, SetPublicationDateRequest } from '../../server/src/protocol/publication';
import { AnalysisRequest } from '../../server/src/protocol/protocol';
import { present, renderTokens, startTestServer, type TestServer } from '../helpers/lsp';

// An invented wire story with no date anywhere in it: its weekday cannot be resolved until a date is given.
const UNDATED = ['Harbour ferries resume', '', 'The ferry operator said on Tuesday that crossings to Gull Island would resume next week.'].join('\n');
// The same story with a dateline the page prints.
const DATELINED = ['Harbour ferries resume', 'Published: 2026-03-06', '', 'The ferry operator said on Tuesday that crossings would resume.'].join('\n');

async function workspace(text: string, initializationOptions?: unknown): Promise<{ root: string; uri: string; file: string; server: TestServer; at(needle: string): { line: number; character: number } }> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'byline-publication-'));
  await fs.mkdir(path.join(root, 'wire'));
  const article = path.join(root, 'wire', 'ferry.txt');
  await fs.writeFile(article, text);
  const server = await startTestServer({ folders: [root], settings: { claims: { creator: 'Ada Tester' } }, initializationOptions });
  const uri = pathToFileURL(article).href;
  await server.open(uri, text);
  const offsets = new OffsetMap(text);
  return { root, uri, server, file: path.join(root, '.byline', 'metadata', 'wire', 'ferry.txt.json'), at: (needle) => offsets.positionAt(text.indexOf(needle) + 1) };
}

const hoverText = async (server: TestServer, uri: string, position: { line: number; character: number }): Promise<string> =>
  ((await server.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position }))?.contents as MarkupContent).value;

test('unresolved dates read in words, with what is missing', () => {
  assert.deepEqual(describeUnresolved('XXXX-WXX-2'), { what: 'a Tuesday', unknown: 'week' });
  assert.deepEqual(describeUnresolved('XXXX-WXX-5TNI'), { what: 'a Friday night', unknown: 'week' });
  assert.deepEqual(describeUnresolved('XXXX-07'), { what: 'July', unknown: 'year' });
  assert.deepEqual(describeUnresolved('XXXX-03-04'), { what: '4 March', unknown: 'year' });
  assert.deepEqual(describeUnresolved('XXXX-Q3'), { what: 'the third quarter', unknown: 'year' });
  assert.deepEqual(describeUnresolved('XXXX-WXX'), { what: 'a week', unknown: 'which one' });
  assert.deepEqual(describeUnresolved('XXXX-XX-XX'), { what: 'a day', unknown: 'which day' });
});

test('an unresolved date: readable hover with a link, muted token, a quick fix that opens Set Publication Date…', async () => {
  const w = await workspace(UNDATED, { clientCommands: true });
  const hover = await hoverText(w.server, w.uri, w.at('Tuesday'));
  assert.match(hover, /\*\*a Tuesday\*\* \(week unknown: the article's date is unknown\)/);
  assert.match(hover, /\[Set Publication Date…\]\(command:byline\.setPublicationDate\?/);
  assert.ok(hover.includes(encodeURIComponent(JSON.stringify([w.uri]))));
  const tokens = renderTokens(UNDATED, present(await w.server.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: w.uri } })));
  assert.match(tokens, /date\.relative\.unresolved \| Tuesday \|/);
  const actions = (await w.server.client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: w.uri },
    range: { start: w.at('Tuesday'), end: w.at('Tuesday') },
    context: { diagnostics: [] },
  })) as CodeAction[];
  const fix = actions.find((action) => action.command?.command === 'byline.setPublicationDate');
  assert.deepEqual(fix?.command?.arguments, [w.uri]);
  const plain = await workspace(UNDATED);
  const plainActions = (await plain.server.client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: plain.uri },
    range: { start: plain.at('Tuesday'), end: plain.at('Tuesday') },
    context: { diagnostics: [] },
  })) as CodeAction[];
  assert.equal(
    plainActions.filter((action) => action.command?.command === 'byline.setPublicationDate').length,
    0,
    'an editor without the client command gets no action it cannot run',
  );
  await plain.server.dispose();
  const summary = await w.server.client.sendRequest(AnalysisRequest.type, { textDocument: { uri: w.uri } });
  assert.equal(summary.publishedBasis, 'unknown');
  assert.equal(summary.unresolvedDates, 2);
  await w.server.dispose();
});

test('Set Publication Date stores the date in .byline/metadata/ and resolves every relative date at once', async () => {
  const w = await workspace(UNDATED);
  const before = await w.server.client.sendRequest(PublicationDateRequest.type, { uri: w.uri });
  assert.equal(before?.current.basis, 'unknown');
  assert.equal(before?.given, null);
  assert.equal(before?.writable, true);
  const refreshed = w.server.nextDiagnosticsRefresh();
  const after = await w.server.client.sendRequest(SetPublicationDateRequest.type, { uri: w.uri, value: '2026-03-06' });
  await refreshed;
  assert.deepEqual(after?.current, { value: '2026-03-06', basis: 'given', evidence: null, reason: 'set by Ada Tester in .byline/metadata' });
  assert.equal(after?.given?.creator, 'Ada Tester');
  const stored = JSON.parse(readFileSync(w.file, 'utf8')) as { source: string; published: { value: string; creator: { name: string } } };
  assert.equal(stored.source, 'wire/ferry.txt');
  assert.equal(stored.published.value, '2026-03-06');
  const hover = await hoverText(w.server, w.uri, w.at('Tuesday'));
  assert.match(hover, /`2026-03-03`/);
  assert.match(hover, /resolved against \*\*2026-03-06\*\*, the article's date — set by Ada Tester in \.byline\/metadata/);
  assert.match(await hoverText(w.server, w.uri, w.at('next week')), /`2026-W11`/);
  const summary = await w.server.client.sendRequest(AnalysisRequest.type, { textDocument: { uri: w.uri } });
  assert.deepEqual([summary.published, summary.publishedBasis, summary.unresolvedDates], ['2026-03-06', 'given', 0]);
  // Cleared: back to unknown, and the file is gone (it held nothing else).
  await w.server.client.sendRequest(SetPublicationDateRequest.type, { uri: w.uri, value: null });
  assert.equal(existsSync(w.file), false);
  assert.match(await hoverText(w.server, w.uri, w.at('Tuesday')), /a Tuesday/);
  await w.server.dispose();
});

test('a malformed date is refused with a message that says how to write one; nothing is written', async () => {
  const w = await workspace(UNDATED);
  await assert.rejects(w.server.client.sendRequest(SetPublicationDateRequest.type, { uri: w.uri, value: '06/03/2026' }), /"06\/03\/2026" is not a publication date: write YYYY-MM-DD/);
  assert.equal(existsSync(w.file), false);
  await w.server.dispose();
});

test('the prefill comes from the page: the stated date and its evidence, also once a date is given', async () => {
  const w = await workspace(DATELINED);
  assert.match(await hoverText(w.server, w.uri, w.at('Tuesday')), /the article's date — stated on the page \(.*\): “Published: 2026-03-06”/);
  await w.server.client.sendRequest(SetPublicationDateRequest.type, { uri: w.uri, value: '2026-03-13' });
  const info = await w.server.client.sendRequest(PublicationDateRequest.type, { uri: w.uri });
  assert.equal(info?.current.basis, 'given');
  assert.equal(info?.fromText.value, '2026-03-06');
  assert.equal(info?.fromText.evidence?.text, 'Published: 2026-03-06');
  assert.deepEqual(info?.fromText.evidence?.range.start, { line: 1, character: 0 });
  await w.server.dispose();
});

test('a metadata file written by a script is picked up when the watcher reports it', async () => {
  const w = await workspace(UNDATED);
  await fs.mkdir(path.dirname(w.file), { recursive: true });
  await fs.writeFile(w.file, JSON.stringify({ schemaVersion: 1, type: 'BylineDocumentMetadata', source: 'wire/ferry.txt', published: { value: '2026-03-20' } }));
  const refreshed = w.server.nextDiagnosticsRefresh();
  await w.server.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(w.file).href, type: FileChangeType.Changed }] });
  await refreshed;
  assert.match(await hoverText(w.server, w.uri, w.at('Tuesday')), /`2026-03-17`.*\n\n.*resolved against \*\*2026-03-20\*\*, the article's date — set in \.byline\/metadata/s);
  await w.server.dispose();
});
