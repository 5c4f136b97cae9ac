import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { ARTICLE, HOSTILE } from '../helpers/hostileTexts';
import {
  CodeActionRequest,
  DefinitionRequest,
  DocumentDiagnosticRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  ReferencesRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { OffsetMap } from '../../server/src/protocol/offsets';
import { WorkerPool } from '../../server/src/pool';
import { AnalysisRequest } from '../../server/src/protocol/protocol';
import { present, startTestServer, type TestServer } from '../helpers/lsp';

let server: TestServer;
const errors: string[] = [];
const shown: string[] = [];
const messageWaiters: (() => void)[] = [];
before(async () => {
  // full analyses off the request path, in a worker thread, as in the editor
  const worker = fileURLToPath(new URL('../fixtures/workers/poolWorker.mjs', import.meta.url));
  server = await startTestServer({ pool: new WorkerPool({ script: worker, size: 1, depth: 1 }) });
  // replaces the helper's log handler: every error the server logs fails the run
  server.client.onNotification('window/logMessage', (params: { type: number; message: string }) => {
    if (params.type === 1) {
      errors.push(params.message);
    }
  });
  server.client.onNotification('window/showMessage', (params: { message: string }) => {
    shown.push(params.message);
    messageWaiters.splice(0).forEach((resolve) => resolve());
  });
});
after(() => server.dispose());

/** byline.maxFileSize's default: larger documents get a reduced analysis. */
const MAX_FILE_SIZE = 5_000_000;

/** Positions a client may send: start, middle, end, past the end of a line and of the document. */
function positionsOf(text: string): Position[] {
  const offsets = new OffsetMap(text);
  const end = offsets.positionAt(text.length);
  return [{ line: 0, character: 0 }, offsets.positionAt(Math.floor(text.length / 2)), end, { line: end.line, character: end.character + 50 }, { line: 1e6, character: 1e6 }];
}

async function everyRequest(uri: string, text: string): Promise<void> {
  const textDocument = { uri };
  const end = new OffsetMap(text).positionAt(text.length);
  const whole = { start: { line: 0, character: 0 }, end };
  present(await server.client.sendRequest(SemanticTokensRequest.type, { textDocument }), 'tokens');
  present(await server.client.sendRequest(SemanticTokensRangeRequest.type, { textDocument, range: whole }), 'range tokens');
  assert.ok(Array.isArray(await server.client.sendRequest(DocumentSymbolRequest.type, { textDocument })));
  assert.ok(Array.isArray(await server.client.sendRequest(FoldingRangeRequest.type, { textDocument })));
  const diagnostics = await server.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument });
  assert.equal(diagnostics.kind, 'full');
  assert.ok(Array.isArray(await server.client.sendRequest(CodeActionRequest.type, { textDocument, range: whole, context: { diagnostics: [] } })));
  for (const position of positionsOf(text)) {
    await server.client.sendRequest(HoverRequest.type, { textDocument, position });
    await server.client.sendRequest(DocumentHighlightRequest.type, { textDocument, position });
    await server.client.sendRequest(DefinitionRequest.type, { textDocument, position });
    await server.client.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } });
    await server.client.sendRequest(AnalysisRequest.type, { textDocument, position });
  }
}

/**
 * Waits until the background analysis has replaced the partial first one, or the watchdog stopped it and the user
 * was told (the test's timeout guards a hang).
 */
async function settled(uri: string, name: string): Promise<void> {
  for (;;) {
    const changed = Promise.race([server.nextDiagnosticsRefresh(), new Promise<void>((resolve) => messageWaiters.push(resolve))]);
    const summary = await server.client.sendRequest(AnalysisRequest.type, { textDocument: { uri } });
    const stopped = shown.some((message) => message.includes(`robust-${name}.txt`) && /stopped after/.test(message));
    if (!summary.degraded?.includes('background') || stopped) {
      return;
    }
    await changed;
  }
}

/** The server still analyses an ordinary article correctly: it is alive and its state is sane. */
async function assertAlive(name: string): Promise<void> {
  const uri = await server.open(`file:///virtual/robust-alive-${name}.txt`, ARTICLE);
  const summary = await server.client.sendRequest(AnalysisRequest.type, { textDocument: { uri } });
  assert.equal(summary.counts.quotes, 1, `after ${name}`);
  assert.deepEqual(errors, [], `the server logged no error after ${name}`);
}

for (const [name, text] of Object.entries(HOSTILE)) {
  test(`protocol: every request on a hostile document (${name}) is answered`, { timeout: 120_000 }, async () => {
    const uri = await server.open(`file:///virtual/robust-${name}.txt`, text);
    present(await server.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }), 'tokens');
    await everyRequest(uri, text);
    const summary = await server.client.sendRequest(AnalysisRequest.type, { textDocument: { uri } });
    if (name === 'nul') {
      assert.equal(summary.enabled, false);
      assert.equal(summary.reason, 'binary file');
    }
    if (text.length > 200_000) {
      // a long document is answered from a structure-only analysis while the full one runs in the background (or,
      // past the size limit, only a reduced one), and the user is told so once
      const told = shown.filter((message) => message.includes(`robust-${name}.txt`) && !/stopped after/.test(message));
      assert.equal(told.length, 1);
      assert.match(told[0], text.length > MAX_FILE_SIZE ? /larger than byline\.maxFileSize/ : /background/);
    }
    if (text.length > 200_000 && text.length <= MAX_FILE_SIZE) {
      await settled(uri, name);
      await everyRequest(uri, text);
    }
    await assertAlive(name);
  });
}


test('protocol: incremental edits that split a surrogate pair or a CRLF are absorbed', async () => {
  const text = 'Ferry news\r\n\r\n“We sail 😀 today,” said Mira Holt.\r\n\r\nMore 👩‍👩‍👧 text.\r\n';
  const uri = await server.open('file:///virtual/robust-edits.txt', text);
  await everyRequest(uri, text);
  let current = text;
  let version = 1;
  const edit = async (start: number, end: number, insert: string): Promise<void> => {
    await server.change(uri, ++version, insert, { start, end, before: current });
    current = current.slice(0, start) + insert + current.slice(end);
    await everyRequest(uri, current);
  };
  const emoji = current.indexOf('😀');
  await edit(emoji + 1, emoji + 1, 'x'); // between the two halves of 😀
  await edit(emoji, emoji + 1, ''); // delete the high half only
  const crlf = current.indexOf('\r\n', 3);
  await edit(crlf + 1, crlf + 1, 'y'); // between \r and \n
  await edit(crlf, crlf + 1, ''); // delete a lone \r
  const family = current.indexOf('👩');
  await edit(family + 1, family + 3, '\uD800'); // cut inside a ZWJ sequence, leave a lone surrogate
  const summary = await server.client.sendRequest(AnalysisRequest.type, { textDocument: { uri } });
  assert.equal(summary.version, version);
  assert.ok(summary.counts.quotes <= 1);
  await assertAlive('edits');
});
