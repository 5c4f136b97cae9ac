import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DefinitionRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  ReferencesRequest,
  WorkspaceSymbolRequest,
  type Location,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { OffsetMap } from '../../server/src/protocol/offsets';
import { AnalysisRequest, WorkspaceSpeakersRequest } from '../../server/src/protocol/protocol';
import { startTestServer, type TestServer } from '../helpers/lsp';

const FIXTURES = resolve(__dirname, '..', 'fixtures');
const path = resolve(FIXTURES, 'server-ferry-strike.txt');
const uri = pathToFileURL(path).href;
const text = readFileSync(path, 'utf8');
const offsets = new OffsetMap(text);
/** Position of the `nth` occurrence of `needle`, plus `into` characters. */
const at = (needle: string, into = 1, nth = 0): { line: number; character: number } => {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
  }
  assert.ok(offset >= 0, needle);
  return offsets.positionAt(offset + into);
};
const params = (needle: string, into = 1, nth = 0) => ({ textDocument: { uri }, position: at(needle, into, nth) });

let server: TestServer;
before(async () => {
  server = await startTestServer({ folders: [FIXTURES] });
  await server.open(uri, text);
});
after(() => server.dispose());

test('navigation: hover on a speaker shows name, kind, the article quotes and the workspace count', async () => {
  const hover = await server.client.sendRequest(HoverRequest.type, params('Varley said'));
  assert.ok(hover);
  const value = (hover.contents as MarkupContent).value;
  assert.match(value, /\*\*Agnes Varley\*\* — person/);
  assert.match(value, /3 quotes in this article/);
  assert.match(value, /line 8: “We did not want this/);
  assert.match(value, /Workspace: 3 quotes in 1 file/);
  assert.match(value, /server-ferry-strike\.txt\]\(file:.*#L8\)/);
});

test('navigation: hover on a date, a quote and boilerplate', async () => {
  const date = await server.client.sendRequest(HoverRequest.type, params('14 October'));
  assert.match((date?.contents as MarkupContent).value, /`2025-10-14`/);
  const relative = await server.client.sendRequest(HoverRequest.type, params('Thursday'));
  assert.match((relative?.contents as MarkupContent).value, /Relative: resolved against \*\*2025-10-14\*\*, the article's date — stated on the page/);
  const quote = await server.client.sendRequest(HoverRequest.type, params('Tired crews'));
  const quoteText = (quote?.contents as MarkupContent).value;
  assert.match(quoteText, /Speaker: \*\*Agnes Varley\*\*/);
  const share = await server.client.sendRequest(HoverRequest.type, params('Share this'));
  assert.match((share?.contents as MarkupContent).value, /Boilerplate: \*\*share\*\*/);
  assert.equal(await server.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 0 } }), null);
});

test('navigation: definition goes to the first mention, from a later mention or from a quote', async () => {
  const fromMention = (await server.client.sendRequest(DefinitionRequest.type, params('Varley said'))) as Location;
  assert.deepEqual(fromMention.range.start, at('Agnes Varley', 0));
  const fromQuote = (await server.client.sendRequest(DefinitionRequest.type, params('Nobody wins'))) as Location;
  assert.deepEqual(fromQuote.range.start, at('Agnes Varley', 0));
});

test('navigation: references and highlights list every mention, the pronoun included', async () => {
  const references = await server.client.sendRequest(ReferencesRequest.type, { ...params('Varley said'), context: { includeDeclaration: true } });
  assert.ok(references);
  const lines = references.map((location) => location.range.start.line + 1);
  assert.ok(lines.includes(8) && lines.includes(14), `lines ${lines.join(',')}`);
  assert.ok(references.some((location) => text.slice(offsets.offsetAt(location.range.start), offsets.offsetAt(location.range.end)) === 'she'));
  const withoutDeclaration = await server.client.sendRequest(ReferencesRequest.type, { ...params('Varley said'), context: { includeDeclaration: false } });
  assert.equal(withoutDeclaration?.length, references.length - 1);
  const highlights = await server.client.sendRequest(DocumentHighlightRequest.type, params('Varley said'));
  assert.equal(highlights?.length, references.length);
});

test('navigation: workspace symbols and the speakers view come from the index', async () => {
  const symbols = await server.client.sendRequest(WorkspaceSymbolRequest.type, { query: 'varley' });
  assert.ok(symbols?.some((symbol) => symbol.name === 'Agnes Varley' && 'range' in symbol.location && symbol.location.uri === uri));
  const view = await server.client.sendRequest(WorkspaceSpeakersRequest.type, { query: 'hale' });
  assert.equal(view.complete, true);
  const hale = view.speakers.find((speaker) => speaker.name === 'Dominic Hale');
  assert.ok(hale);
  assert.equal(hale.files[0].uri, uri);
  // The first mention may be the role phrase before the name ("Its chief executive, Dominic Hale").
  assert.equal(hale.files[0].firstMention.start.line, at('Dominic Hale', 0).line);
});

test('navigation: outline and folding', async () => {
  const symbols = await server.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  assert.ok(symbols);
  const names = symbols.map((symbol) => symbol.name);
  assert.equal(names[0], 'Ferry crews walk out as talks over rosters collapse');
  const varley = symbols.find((symbol) => symbol.name === 'Agnes Varley');
  assert.equal(varley && 'children' in varley ? varley.children?.length : 0, 3);
  const folds = await server.client.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
  assert.ok(folds?.every((fold) => fold.endLine > fold.startLine));
});

test('byline/analysis: counts for the status bar and the speaker at the cursor', async () => {
  const summary = await server.client.sendRequest(AnalysisRequest.type, params('Tired crews'));
  assert.equal(summary.enabled, true);
  assert.equal(summary.published, '2025-10-14');
  assert.ok(summary.counts.quotes >= 6);
  assert.deepEqual(summary.speakerAtPosition, { name: 'Agnes Varley', kind: 'person' });
  assert.equal(summary.quoteAtPosition?.text, 'Tired crews are a danger to passengers.');
  const outside = await server.client.sendRequest(AnalysisRequest.type, { textDocument: { uri }, position: { line: 1, character: 0 } });
  assert.equal(outside.speakerAtPosition, null);
  const unknown = await server.client.sendRequest(AnalysisRequest.type, { textDocument: { uri: 'file:///nowhere.txt' } });
  assert.equal(unknown.enabled, false);
});
