import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidSaveTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { AnnotationClient, annotationServer } from '../../client/src/annotations';
import { buildClaimsTree } from '../../client/src/views/claimsModel';
import type { StoreFile } from '../../server/src/annotations';
import {
  AddAnnotationsRequest,
  AnnotationsChangedNotification,
  ListAnnotationsRequest,
  WorkspaceTrustNotification,
} from '../../server/src/protocol/annotations';
import { OffsetMap } from '../../server/src/protocol/offsets';
import { AnalysisRequest } from '../../server/src/protocol/protocol';
import { startTestServer, type TestServer } from '../helpers/lsp';

const ARTICLE = [
  'Lakeside Ledger',
  '',
  'Water rates will fall by 8 percent next year, the utility board said.',
  '',
  '"Nobody will pay more," board chair Ines Falk told reporters. The plan needs council approval.',
].join('\n');

interface Workspace {
  root: string;
  uri: string;
  storeFile: string;
  server: TestServer;
  rangeOf(needle: string, text?: string): { start: { line: number; character: number }; end: { line: number; character: number } };
  stored(): StoreFile | null;
  changed(): Promise<void>;
}

async function workspace(text = ARTICLE, initializationOptions?: unknown): Promise<Workspace> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'byline-server-store-'));
  await fs.mkdir(path.join(root, 'news'));
  const file = path.join(root, 'news', 'story.txt');
  await fs.writeFile(file, text);
  const server = await startTestServer({ folders: [root], settings: { claims: { creator: 'Ada Tester' } }, initializationOptions });
  const uri = pathToFileURL(file).href;
  const storeFile = path.join(root, '.byline', 'annotations', 'news', 'story.txt.json');
  return {
    root,
    uri,
    storeFile,
    server,
    rangeOf: (needle, current = text) => {
      const start = current.indexOf(needle);
      assert.notEqual(start, -1, needle);
      return new OffsetMap(current).rangeOf({ start, end: start + needle.length });
    },
    stored: () => (existsSync(storeFile) ? (JSON.parse(readFileSync(storeFile, 'utf8')) as StoreFile) : null),
    changed: () =>
      new Promise<void>((done) => {
        const listener = server.client.onNotification(AnnotationsChangedNotification.type, (params) => {
          if (params.uri === uri) {
            listener.dispose();
            done();
          }
        });
      }),
  };
}

test('store through the protocol: a claim added by range is written to .byline/, listed with its range and creator', async () => {
  const w = await workspace();
  await w.server.open(w.uri, ARTICLE);
  const changed = w.changed();
  const { annotations } = await w.server.client.sendRequest(AddAnnotationsRequest.type, {
    uri: w.uri,
    ranges: [w.rangeOf('Water rates will fall by 8 percent next year')],
    body: { type: 'ClaimTag', label: 'prediction', claimant: 'utility board' },
  });
  await changed;
  assert.equal(annotations.length, 1);
  const stored = w.stored();
  assert.equal(stored?.annotations[0].target.selector[0].exact, 'Water rates will fall by 8 percent next year');
  assert.equal(stored?.annotations[0].creator.name, 'Ada Tester', 'byline.claims.creator');
  const { documents } = await w.server.client.sendRequest(ListAnnotationsRequest.type, { uri: w.uri });
  assert.deepEqual(documents[0].items[0].range, w.rangeOf('Water rates will fall by 8 percent next year'));
  assert.equal(documents[0].source, 'news/story.txt');
  assert.equal(documents[0].version, 1);
  await w.server.dispose();
});

test('store through the protocol: an empty range tags its sentence; a body that does not fit the schema is refused', async () => {
  const w = await workspace();
  await w.server.open(w.uri, ARTICLE);
  const cursor = w.rangeOf('council').start;
  await w.server.client.sendRequest(AddAnnotationsRequest.type, { uri: w.uri, ranges: [{ start: cursor, end: cursor }], body: { type: 'ClaimTag', label: 'claim' } });
  assert.equal(w.stored()?.annotations[0].target.selector[0].exact, 'The plan needs council approval.');
  await assert.rejects(
    w.server.client.sendRequest(AddAnnotationsRequest.type, {
      uri: w.uri,
      ranges: [w.rangeOf('Nobody')],
      body: { type: 'ClaimTag' } as never,
    }),
    /not a valid annotation body/u,
  );
  assert.equal(w.stored()?.annotations.length, 1);
  await w.server.dispose();
});

test('store through the protocol: edits move the claim, saving writes the moved selectors, the client lists it moved', async () => {
  const w = await workspace();
  await w.server.open(w.uri, ARTICLE);
  await w.server.client.sendRequest(AddAnnotationsRequest.type, { uri: w.uri, ranges: [w.rangeOf('Nobody will pay more')], body: { type: 'ClaimTag', label: 'claim' } });
  const edited = `BREAKING\n${ARTICLE}`;
  const changed = w.changed();
  await w.server.change(w.uri, 2, 'BREAKING\n', { start: 0, end: 0, before: ARTICLE });
  await changed;
  const { documents } = await w.server.client.sendRequest(ListAnnotationsRequest.type, { uri: w.uri });
  assert.deepEqual(documents[0].items[0].range, w.rangeOf('Nobody will pay more', edited));
  assert.equal(documents[0].version, 2);

  await fs.writeFile(path.join(w.root, 'news', 'story.txt'), edited);
  const saved = w.changed();
  await w.server.client.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: w.uri } });
  await saved;
  assert.equal(w.stored()?.annotations[0].target.selector[1].start, edited.indexOf('Nobody'));
  await w.server.dispose();
});

test('store through the protocol: a stored correction wins over the analysis', { timeout: 60_000 }, async () => {
  const ferry = readFileSync(resolve(__dirname, '..', 'fixtures', 'server-ferry-strike.txt'), 'utf8');
  const w = await workspace(ferry);
  await w.server.open(w.uri, ferry);
  const start = ferry.indexOf('"Tired crews');
  const position = new OffsetMap(ferry).positionAt(start + 3);
  const before = await w.server.client.sendRequest(AnalysisRequest.type, { textDocument: { uri: w.uri }, position });
  assert.equal(before.speakerAtPosition?.name, 'Agnes Varley');
  await w.server.client.sendRequest(AddAnnotationsRequest.type, {
    uri: w.uri,
    ranges: [new OffsetMap(ferry).rangeOf({ start: start + 2, end: start + 5 })],
    body: { type: 'Correction', action: 'set-speaker', speaker: 'Union Branch', speakerKind: 'org' },
  });
  // A refresh of the workspace index may arrive first on a loaded machine: ask again after each refresh.
  const analysed = () => w.server.client.sendRequest(AnalysisRequest.type, { textDocument: { uri: w.uri }, position });
  let after = await analysed();
  for (let refreshes = 0; after.speakerAtPosition?.name !== 'Union Branch' && refreshes < 5; refreshes++) {
    await w.server.nextDiagnosticsRefresh();
    after = await analysed();
  }
  assert.deepEqual(after.speakerAtPosition, { name: 'Union Branch', kind: 'org' });
  await w.server.dispose();
});

test('untrusted workspace: the server lists but writes nothing until the client says it is trusted', async () => {
  const w = await workspace(ARTICLE, { trusted: false });
  await w.server.open(w.uri, ARTICLE);
  await assert.rejects(
    w.server.client.sendRequest(AddAnnotationsRequest.type, { uri: w.uri, ranges: [w.rangeOf('Nobody')], body: { type: 'ClaimTag', label: 'claim' } }),
    /untrusted workspace/u,
  );
  assert.equal(existsSync(path.join(w.root, '.byline')), false, 'nothing written');
  await w.server.client.sendNotification(WorkspaceTrustNotification.type, { trusted: true });
  await w.server.client.sendRequest(AddAnnotationsRequest.type, { uri: w.uri, ranges: [w.rangeOf('Nobody')], body: { type: 'ClaimTag', label: 'claim' } });
  assert.equal(w.stored()?.annotations.length, 1);
  await w.server.dispose();
});

test('claims view: grouping by file and by claimant; corrections apart; an annotation whose text was deleted listed as an orphan', async () => {
  const w = await workspace();
  await w.server.open(w.uri, ARTICLE);
  const send = <R>(method: string, params: unknown): Promise<R> => w.server.client.sendRequest(method, params);
  const client = new AnnotationClient(annotationServer(send, send));
  await client.add(w.uri, [w.rangeOf('Nobody will pay more')], { type: 'ClaimTag', label: 'claim', claimant: 'Ines Falk' });
  await client.add(w.uri, [w.rangeOf('Water rates will fall')], { type: 'ClaimTag', label: 'prediction' });
  await client.add(w.uri, [w.rangeOf('board chair Ines Falk')], { type: 'Correction', action: 'set-speaker', speaker: 'Ines Falk' });
  const labels = (grouping: 'file' | 'claimant'): [string, number][] =>
    buildClaimsTree(client.all(), grouping).map((group) => [group.label, group.children.length]);
  assert.deepEqual(labels('file'), [['news/story.txt', 3]]);
  assert.deepEqual(labels('claimant'), [
    ['(no claimant)', 1],
    ['Ines Falk', 1],
    ['Corrections', 1],
  ]);
  assert.deepEqual(
    buildClaimsTree(client.all(), 'file')[0].children.map((node) => node.item.annotation.target.selector[0].exact),
    ['Water rates will fall', 'Nobody will pay more', 'board chair Ines Falk'],
    'in document order',
  );

  const sentence = 'Water rates will fall by 8 percent next year, the utility board said.';
  const start = ARTICLE.indexOf(sentence);
  const changed = w.changed();
  await w.server.change(w.uri, 2, '', { start, end: start + sentence.length, before: ARTICLE });
  await changed;
  await client.refresh(w.uri);
  assert.deepEqual(
    buildClaimsTree(client.all(), 'label').map((group) => [group.label, group.children.map((child) => child.item.annotation.target.selector[0].exact)]),
    [
      ['claim', ['Nobody will pay more']],
      ['Corrections', ['board chair Ines Falk']],
      ['Orphans', ['Water rates will fall']],
    ],
  );
  assert.equal(client.get(w.uri)?.orphans[0].lastLine, 2, 'listed at its last known line');
  await w.server.dispose();
});
