import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, WorkDoneProgress } from 'vscode-languageserver-protocol/node';
import { AddAnnotationsRequest } from '../../server/src/protocol/annotations';
import { ExportRequest } from '../../server/src/protocol/export';
import { OffsetMap } from '../../server/src/protocol/offsets';
import { assertSameExport } from '../helpers/exportFixtures';
import { inventedArticle } from '../helpers/inventedArticles';
import { cursor, present } from '../helpers/lsp';
import { answeredWithin, BUNDLED_SERVER, hoversDuring, startServerProcess } from '../helpers/serverProcess';

const CLI = join(dirname(BUNDLED_SERVER), 'cli.js');
const FORMATS = ['jsonl', 'conll', 'brat'] as const;
const PROGRESS_TOKEN = 'export-under-test';
/**
 * Hovers sent and answered while one long article was being exported (between the progress reports of the document
 * before it and of itself). Exporting in the request thread answers none there: the request waits for the article,
 * and only a hover already waiting slips through between two documents. Counts, not milliseconds: the article takes
 * seconds where a hover takes milliseconds on any machine; `npm run bench` measures the waits.
 */
const HOVERS_WITHIN_ONE_ARTICLE = 3;

/**
 * Short stories (half with the outlet's shared line), each long article (seconds to analyse) right after a short
 * one: in the request thread only the short one's few writes would stand between two long analyses.
 */
function workspace(folder: string): void {
  for (let i = 0; i < 30; i++) {
    const name = `story-${String(i).padStart(2, '0')}`;
    const furniture = i % 2 === 0 ? '\n\nHarbour Gazette · Subscribe for the morning tide tables' : '';
    writeFileSync(join(folder, `${name}.txt`), `Bakery ${i} wins prize\n\n“Flour is everything,” said owner Tomas Reed on Sunday ${i + 1} May.${furniture}\n`);
    if (i % 10 === 4) {
      writeFileSync(join(folder, `${name}-long.txt`), inventedArticle(1_000_000, `Pier ${i} overrun again`));
    }
  }
}

test(
  'requests are answered while the server exports a large corpus, which equals the command line export',
  { timeout: 600_000, skip: existsSync(BUNDLED_SERVER) && existsSync(CLI) ? false : 'dist/ is missing (npm run build)' },
  async (t) => {
    const root = mkdtempSync(join(tmpdir(), 'byline-export-latency-'));
    const folder = join(root, 'ws');
    mkdirSync(folder);
    workspace(folder);
    const { text, offset } = cursor('Ferry strike\n\n“We will not sail,” said union leader Mi$$ra Holt on Tuesday. Fares rose by half.\n');
    writeFileSync(join(folder, 'open.txt'), text);
    const server = await startServerProcess(folder);
    try {
      const uri = pathToFileURL(join(folder, 'open.txt')).href;
      await server.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'byline-article', version: 1, text } });
      const claim = text.indexOf('Fares rose by half.');
      // A claim in .byline/: the store the export's workers read.
      await server.client.sendRequest(AddAnnotationsRequest.type, {
        uri,
        ranges: [new OffsetMap(text).rangeOf({ start: claim, end: text.length - 1 })],
        body: { type: 'ClaimTag', label: 'claim', claimant: 'Mira Holt' },
      });
      // The documents the export reported done, in order: during phase n the server works on document n + 1.
      const reported: string[] = [];
      server.client.onProgress(WorkDoneProgress.type, PROGRESS_TOKEN, (progress) => {
        if (progress.kind === 'report' && progress.message) {
          reported.push(progress.message);
        }
      });
      let exporting = true;
      const exported = server.client
        .sendRequest(ExportRequest.type, { formats: [...FORMATS], destination: join(root, 'server'), workDoneToken: PROGRESS_TOKEN })
        .finally(() => {
          exporting = false;
        });
      const position = new OffsetMap(text).positionAt(offset);
      const hovers = await hoversDuring(server.client, uri, position, { busy: () => exporting, phase: () => reported.length }, (hover) => {
        assert.match(JSON.stringify(present(hover, 'hover')), /Mira Holt/);
      });
      const result = await exported;
      assert.equal(result.documents, 34);
      assert.equal(result.claims, 1);
      const longArticles = reported.flatMap((message, index) => (/-long\.txt$/.test(message) ? [index] : []));
      assert.equal(longArticles.length, 3, reported.join('\n'));
      const within = longArticles.map((phase) => answeredWithin(hovers, phase));
      t.diagnostic(`hovers: ${hovers.length}; sent and answered while a long article was exported: ${within.join(', ')}; longest wait ${Math.max(...hovers.map((hover) => hover.ms)).toFixed(0)} ms`);
      assert.ok(
        Math.min(...within) >= HOVERS_WITHIN_ONE_ARTICLE,
        `a long article's export did not let ${HOVERS_WITHIN_ONE_ARTICLE} hovers through (${within.join(', ')}): requests wait for the export`,
      );

      const cli = spawnSync(process.execPath, [CLI, 'export', folder, '--format', FORMATS.join(','), '--out', join(root, 'cli')], { encoding: 'utf8' });
      assert.equal(cli.status, 0, cli.stderr);
      assertSameExport(join(root, 'server'), join(root, 'cli'));
    } finally {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    }
  },
);
