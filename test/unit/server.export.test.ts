import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CancellationTokenSource, WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressReport } from 'vscode-languageserver-protocol/node';
import { AddAnnotationsRequest } from '../../server/src/protocol/annotations';
import { ExportPlanRequest, ExportRequest } from '../../server/src/protocol/export';
import { OffsetMap } from '../../server/src/protocol/offsets';
import { WorkerPool } from '../../server/src/pool';
import type { WorkerJobs } from '../../server/src/worker';
import { byline } from '../helpers/cli';
import { assertSameExport } from '../helpers/exportFixtures';
import { startTestServer, type TestServer } from '../helpers/lsp';
import { AnalysisRequest } from '../../server/src/protocol/protocol';

/** The pool's worker run from the sources, as the protocol tests of the pool do. */
const poolWorker = fileURLToPath(new URL('../fixtures/workers/poolWorker.mjs', import.meta.url));

const STORY = 'Bakery wins prize\n\n“Flour is everything,” said owner Tomas Reed on Sunday. Sales doubled in a year.\n';

function workspace(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'byline-server-export-'));
  mkdirSync(join(root, 'ws', 'drafts'), { recursive: true });
  for (let i = 0; i < count; i++) {
    writeFileSync(join(root, 'ws', `story-${i}.txt`), STORY.replace('Bakery', `Bakery ${i}`));
  }
  writeFileSync(join(root, 'ws', 'drafts', 'draft.txt'), STORY);
  return root;
}

test('export through the protocol: the settings decide the documents, stored claims are exported, $/progress reported', async () => {
  const root = workspace(3);
  const folder = join(root, 'ws');
  const server = await startTestServer({ folders: [folder], settings: { exclude: ['**/drafts/**'] } });
  const plan = await server.client.sendRequest(ExportPlanRequest.type, {});
  assert.deepEqual(plan, { documents: 3, skipped: 1 }, 'the draft is left out by byline.exclude');

  const story = STORY.replace('Bakery', 'Bakery 0');
  const claim = 'Sales doubled in a year.';
  const start = story.indexOf(claim);
  await server.client.sendRequest(AddAnnotationsRequest.type, {
    uri: pathToFileURL(join(folder, 'story-0.txt')).href,
    ranges: [new OffsetMap(story).rangeOf({ start, end: start + claim.length })],
    body: { type: 'ClaimTag', label: 'claim', claimant: 'Tomas Reed' },
  });

  const progress: (WorkDoneProgressBegin | WorkDoneProgressReport)[] = [];
  const token = 'export-1';
  server.client.onProgress(WorkDoneProgress.type, token, (value) => {
    if (value.kind !== 'end') {
      progress.push(value);
    }
  });
  const destination = join(root, 'out');
  const result = await server.client.sendRequest(ExportRequest.type, { formats: ['jsonl'], destination, workDoneToken: token });
  assert.equal(result.documents, 3);
  assert.equal(result.skipped, 1);
  assert.equal(result.claims, 1);
  assert.equal(result.destination, destination);
  const lines = readFileSync(join(destination, 'corpus.jsonl'), 'utf8').trim().split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines.find((line) => line.includes('story-0')) ?? '', /Sales doubled in a year\./u);
  assert.equal(progress[0].kind, 'begin');
  assert.ok(progress.some((value) => value.kind === 'report' && /1\/3 story-0\.txt/u.test(value.message ?? '')), 'per-file progress');
  await server.dispose();
});

test('export through the protocol: a cancelled request leaves nothing behind; a bad format is refused with the list', async () => {
  const root = workspace(40);
  const server = await startTestServer({ folders: [join(root, 'ws')] });
  const destination = join(root, 'out');
  const source = new CancellationTokenSource();
  const token = 'export-2';
  server.client.onProgress(WorkDoneProgress.type, token, (value) => {
    if (value.kind === 'report') {
      source.cancel();
    }
  });
  const cancelled = await server.client.sendRequest(ExportRequest.type, { formats: ['jsonl', 'brat'], destination, workDoneToken: token }, source.token).then(
    (result) => result.cancelled,
    () => true,
  );
  assert.equal(cancelled, true);
  assert.equal(existsSync(destination), false);
  assert.deepEqual(readdirSync(root), ['ws']);
  await assert.rejects(server.client.sendRequest(ExportRequest.type, { formats: ['docx' as never], destination }), /formats must be among jsonl, webanno/u);
  await server.dispose();
});

/** Asks for the document's analysis until it is complete (a cold worker may still be finishing the first one). */
async function completelyAnalysed(server: TestServer, uri: string): Promise<void> {
  for (;;) {
    const settled = server.nextDiagnosticsRefresh();
    const summary = await server.client.sendRequest(AnalysisRequest.type, { textDocument: { uri } });
    if (summary.degraded === undefined) {
      return;
    }
    await settled;
  }
}

test("export in the server's worker pool with a .byline/ store: the open document's analysis reused, the output the command line's", async () => {
  const root = workspace(4);
  const folder = join(root, 'ws');
  // A line the outlet repeats: the corpus evidence changes those documents' analyses, so theirs are not reused.
  for (const i of [2, 3]) {
    writeFileSync(join(folder, `story-${i}.txt`), `${STORY.replace('Bakery', `Bakery ${i}`)}\nHarbour Gazette · Subscribe for the tide tables\n`);
  }
  // Its own lines: the corpus evidence changes nothing in its analysis.
  const story = 'Ferry fares rise\n\n“We will not sail,” said union leader Mira Holt on Tuesday. Fares rose by half.\n';
  writeFileSync(join(folder, 'story-0.txt'), story);
  // Two jobs in flight per worker: answers that come out of order must each reach their job (d4a982e).
  const pool = new WorkerPool<WorkerJobs>({ script: poolWorker, size: 1, depth: 2 });
  const server = await startTestServer({ folders: [folder], pool, settings: { exclude: ['**/drafts/**'] } });
  try {
    const uri = pathToFileURL(join(folder, 'story-0.txt')).href;
    const shared = pathToFileURL(join(folder, 'story-2.txt')).href;
    await server.open(uri, story);
    await server.open(shared, readFileSync(join(folder, 'story-2.txt'), 'utf8'));
    const claim = story.indexOf('Fares rose');
    // The store: its file is read by the pool's workers, asynchronously (their answers come out of order).
    await server.client.sendRequest(AddAnnotationsRequest.type, {
      uri,
      ranges: [new OffsetMap(story).rangeOf({ start: claim, end: story.length - 1 })],
      body: { type: 'ClaimTag', label: 'claim', claimant: 'Mira Holt', verdict: 'true' },
    });
    for (const document of [uri, shared]) {
      await completelyAnalysed(server, document);
    }
    const formats = ['jsonl', 'brat', 'conll', 'claimreview'] as const;
    const result = await server.client.sendRequest(ExportRequest.type, { formats: [...formats], destination: join(root, 'server') });
    assert.equal(result.documents, 4);
    assert.equal(result.claims, 1);
    assert.ok(server.logs.includes('byline: export: 4 documents, 1 from the open documents\' analyses'), server.logs.join('\n'));
    const cli = byline(['export', folder, '--format', formats.join(','), '--out', join(root, 'cli')]);
    assert.equal(cli.status, 0, cli.stderr);
    // The CLI exports the excluded draft too: the server leaves it out by the user's settings.
    rmSync(join(root, 'cli'), { recursive: true });
    rmSync(join(folder, 'drafts'), { recursive: true });
    assert.equal(byline(['export', folder, '--format', formats.join(','), '--out', join(root, 'cli')]).status, 0);
    assertSameExport(join(root, 'server'), join(root, 'cli'));
  } finally {
    await server.dispose();
    await pool.close();
  }
});

test("export in the server's worker pool: a long open document is analysed and rendered in the pool, not on the request thread", async () => {
  const root = workspace(1);
  const folder = join(root, 'ws');
  // Over 64 K code units: rendering its cached analysis here would hold the server's main thread.
  const paragraphs = Array.from({ length: 900 }, (_, i) => `“Dough rises at ${i % 60} minutes past,” said baker Ines Vale. Ovens ran for ${i} hours.`);
  const long = `Harbour bakery log\n\n${paragraphs.join('\n\n')}\n`;
  assert.ok(long.length > 64 * 1024);
  writeFileSync(join(folder, 'long.txt'), long);
  const pool = new WorkerPool<WorkerJobs>({ script: poolWorker, size: 1 });
  const server = await startTestServer({ folders: [folder], pool });
  try {
    const uri = pathToFileURL(join(folder, 'long.txt')).href;
    await server.open(uri, long);
    await completelyAnalysed(server, uri);
    const result = await server.client.sendRequest(ExportRequest.type, { formats: ['jsonl', 'conll'], destination: join(root, 'server') });
    assert.equal(result.documents, 3);
    assert.ok(server.logs.includes("byline: export: 3 documents, 0 from the open documents' analyses"), server.logs.join('\n'));
    assert.equal(byline(['export', folder, '--format', 'jsonl,conll', '--out', join(root, 'cli')]).status, 0);
    assertSameExport(join(root, 'server'), join(root, 'cli'));
  } finally {
    await server.dispose();
    await pool.close();
  }
});
