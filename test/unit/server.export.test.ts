import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressReport } from 'vscode-languageserver-protocol/node';
import { AddAnnotationsRequest } from '../../server/src/protocol/annotations';
import { ExportPlanRequest, ExportRequest } from '../../server/src/protocol/export';
import { OffsetMap } from '../../server/src/protocol/offsets';
import { startTestServer } from '../helpers/lsp';

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
