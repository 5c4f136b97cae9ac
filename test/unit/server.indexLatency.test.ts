import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { OffsetMap } from '../../server/src/protocol/offsets';
import { IndexStatusNotification } from '../../server/src/protocol/protocol';
import { inventedArticle } from '../helpers/inventedArticles';
import { cursor, present } from '../helpers/lsp';
import { BUNDLED_SERVER, hoverWaits, startServerProcess } from '../helpers/serverProcess';

/**
 * The spec is 200 ms per request; the assertion allows for a loaded 2-core CI machine (the worker thread and other
 * jobs compete for the cores), yet fails at once when indexing runs on the request thread (seconds per file).
 */
const LONGEST_ALLOWED_MS = 1_000;

test(
  'requests are answered while a hostile folder is indexed (10 MB article, 300,000 nested quotes)',
  { timeout: 300_000, skip: existsSync(BUNDLED_SERVER) ? false : 'dist/server.js is missing (npm run build)' },
  async (t) => {
    const folder = mkdtempSync(join(tmpdir(), 'byline-latency-'));
    // Above byline.maxFileSize: indexed in reduced mode.
    writeFileSync(join(folder, 'huge.txt'), inventedArticle(10_000_000));
    writeFileSync(join(folder, 'nested.txt'), '“'.repeat(300_000) + '”'.repeat(300_000));
    const { text, offset } = cursor('Ferry strike\n\n“We will not sail,” said union leader Mi$$ra Holt on Tuesday.\n');
    writeFileSync(join(folder, 'open.txt'), text);
    let indexing = true;
    const server = await startServerProcess(folder, (client) =>
      client.onNotification(IndexStatusNotification.type, (params) => {
        if (params.state === 'ready') {
          indexing = false;
        }
      }),
    );
    try {
      const uri = pathToFileURL(join(folder, 'open.txt')).href;
      await server.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'byline-article', version: 1, text } });
      const position = new OffsetMap(text).positionAt(offset);
      const waits = await hoverWaits(server.client, uri, position, () => indexing, (hover) => {
        assert.match(JSON.stringify(present(hover, 'hover')), /Mira Holt/);
      });
      const longest = Math.max(...waits);
      t.diagnostic(`hovers while indexing: ${waits.length}, longest wait ${longest.toFixed(0)} ms`);
      assert.ok(waits.length >= 3, `indexing ended before three hovers were sent (${waits.length})`);
      assert.ok(longest < LONGEST_ALLOWED_MS, `a hover waited ${longest.toFixed(0)} ms while the workspace was indexed`);
    } finally {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  },
);
