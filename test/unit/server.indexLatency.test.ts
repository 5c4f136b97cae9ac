import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { OffsetMap } from '../../server/src/protocol/offsets';
import { IndexStatusNotification } from '../../server/src/protocol/protocol';
import { cursor, present } from '../helpers/lsp';

/** The bundled server in its own process, with its real worker pool: waits are measured by an independent clock. */
const SERVER = resolve(process.env.BYLINE_LATENCY_SERVER ?? join(__dirname, '..', '..', 'dist', 'server.js'));
/**
 * The spec is 200 ms per request; the assertion allows for a loaded 2-core CI machine (the worker thread and other
 * jobs compete for the cores), yet fails at once when indexing runs on the request thread (seconds per file).
 */
const LONGEST_ALLOWED_MS = 1_000;
const HOVER_EVERY_MS = 100;

/** A 10 MB article of invented paragraphs: above byline.maxFileSize, so it is indexed in reduced mode. */
function hugeArticle(): string {
  const names = ['Ilse Varga', 'Tomas Reed', 'Mira Holt', 'Oskar Lind'];
  const paragraphs: string[] = ['Harbour works overrun again\n'];
  for (let i = 0, length = 0; length < 10_000_000; i++) {
    const paragraph = `“The pier ${i} will reopen in spring,” said ${names[i % names.length]}, the harbour engineer, on Tuesday ${(i % 28) + 1} May.\n`;
    paragraphs.push(paragraph);
    length += paragraph.length + 1;
  }
  return paragraphs.join('\n');
}

test(
  'requests are answered while a hostile folder is indexed (10 MB article, 300,000 nested quotes)',
  { timeout: 300_000, skip: existsSync(SERVER) ? false : 'dist/server.js is missing (npm run build)' },
  async (t) => {
    const folder = mkdtempSync(join(tmpdir(), 'byline-latency-'));
    writeFileSync(join(folder, 'huge.txt'), hugeArticle());
    writeFileSync(join(folder, 'nested.txt'), '“'.repeat(300_000) + '”'.repeat(300_000));
    const { text, offset } = cursor('Ferry strike\n\n“We will not sail,” said union leader Mi$$ra Holt on Tuesday.\n');
    writeFileSync(join(folder, 'open.txt'), text);
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const client = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    client.onRequest('client/registerCapability', () => null);
    client.onRequest('window/workDoneProgress/create', () => null);
    let indexing = true;
    client.onNotification(IndexStatusNotification.type, (params) => {
      if (params.state === 'ready') {
        indexing = false;
      }
    });
    client.listen();
    try {
      await client.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'latency' }],
        capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
      });
      await client.sendNotification(InitializedNotification.type, {});
      const uri = pathToFileURL(join(folder, 'open.txt')).href;
      await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'byline-article', version: 1, text } });
      const position = new OffsetMap(text).positionAt(offset);
      const waits: number[] = [];
      while (indexing) {
        const sent = performance.now();
        const hover = await client.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
        waits.push(performance.now() - sent);
        assert.match(JSON.stringify(present(hover, 'hover').contents), /Mira Holt/);
        await new Promise((done) => setTimeout(done, HOVER_EVERY_MS));
      }
      const longest = Math.max(...waits);
      t.diagnostic(`hovers while indexing: ${waits.length}, longest wait ${longest.toFixed(0)} ms`);
      assert.ok(waits.length >= 3, `indexing ended before three hovers were sent (${waits.length})`);
      assert.ok(longest < LONGEST_ALLOWED_MS, `a hover waited ${longest.toFixed(0)} ms while the workspace was indexed`);
      await client.sendRequest(ShutdownRequest.type);
      await client.sendNotification(ExitNotification.type);
    } finally {
      client.dispose();
      child.kill();
      rmSync(folder, { recursive: true, force: true });
    }
  },
);
