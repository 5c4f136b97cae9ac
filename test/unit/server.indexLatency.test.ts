import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, WorkDoneProgress, WorkDoneProgressCreateRequest } from 'vscode-languageserver-protocol/node';
import { OffsetMap } from '../../server/src/protocol/offsets';
import { IndexStatusNotification } from '../../server/src/protocol/protocol';
import { inventedArticle } from '../helpers/inventedArticles';
import { cursor, present } from '../helpers/lsp';
import { answeredWithin, BUNDLED_SERVER, hoversDuring, startServerProcess } from '../helpers/serverProcess';

/**
 * Hovers sent and answered while the folder was indexed (between the index's progress begin and its "ready").
 * Indexing in the request thread answers at most one waiting hover between two files: each of these takes seconds.
 * Counts, not milliseconds, so a loaded machine does not fail it; `npm run bench` measures the waits.
 */
const HOVERS_WHILE_INDEXING = 5;
const enum Phase {
  Starting,
  Indexing,
  Ready,
}

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
    let phase = Phase.Starting;
    const server = await startServerProcess(folder, (client) => {
      client.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
        client.onProgress(WorkDoneProgress.type, token, (progress) => {
          if (progress.kind === 'begin' && progress.title.includes('indexing')) {
            phase = Phase.Indexing;
          }
        });
      });
      client.onNotification(IndexStatusNotification.type, (params) => {
        if (params.state === 'ready') {
          phase = Phase.Ready;
        }
      });
    });
    try {
      const uri = pathToFileURL(join(folder, 'open.txt')).href;
      await server.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'byline-article', version: 1, text } });
      const position = new OffsetMap(text).positionAt(offset);
      const hovers = await hoversDuring(server.client, uri, position, { busy: () => phase !== Phase.Ready, phase: () => phase }, (hover) => {
        assert.match(JSON.stringify(present(hover, 'hover')), /Mira Holt/);
      });
      const within = answeredWithin(hovers, Phase.Indexing);
      t.diagnostic(`hovers: ${hovers.length}, ${within} sent and answered while indexing; longest wait ${Math.max(...hovers.map((hover) => hover.ms)).toFixed(0)} ms`);
      assert.ok(within >= HOVERS_WHILE_INDEXING, `only ${within} hovers were answered while the folder was indexed: requests wait for the index`);
    } finally {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  },
);
