import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AnnotatorsRequest, CompareAnnotationsRequest, ResolveDisagreementRequest, type CompareResult, type ComparisonTarget } from '../../server/src/protocol/agreement';
import { writeAgreementExample } from '../helpers/agreementExample';
import { startTestServer } from '../helpers/lsp';

const BRIDGE = 'articles/harbour-bridge-vote.txt';

function storedBodies(folder: string): { creator: string; label?: string; claimant?: string }[] {
  const store = JSON.parse(readFileSync(join(folder, '.byline', 'annotations', `${BRIDGE}.json`), 'utf8')) as {
    annotations: { creator: { name: string }; body: { label?: string; claimant?: string } }[];
  };
  return store.annotations.map((annotation) => ({ creator: annotation.creator.name, ...annotation.body }));
}

test('server: Compare Annotations with a colleague\'s folder lists per-file disagreements with ranges in my text', async () => {
  const { alice, bob } = await writeAgreementExample(mkdtempSync(join(tmpdir(), 'byline-server-agree-')));
  const server = await startTestServer({ folders: [alice] });
  try {
    const target: ComparisonTarget = { kind: 'folder', path: bob };
    const result: CompareResult = await server.client.sendRequest(CompareAnnotationsRequest.type, { target });
    assert.deepEqual(result.files.map((file) => file.source), [BRIDGE, 'articles/lighthouse-museum.txt']);
    assert.deepEqual(result.notCompared, [{ source: 'articles/fishing-quota-crlf.txt', reason: 'the text differs between the two sides' }]);
    const bridge = result.files[0];
    assert.equal(bridge.uri, pathToFileURL(join(alice, BRIDGE)).href);
    const label = bridge.disagreements.find((d) => d.differences.includes('label'))!;
    assert.deepEqual([label.mine?.label, label.theirs?.label, label.mine?.text], ['check-worthy claim', 'opinion', 'Nobody wants a toll, and nobody wants the bridge to close either.']);
    const line = readFileSync(join(alice, BRIDGE), 'utf8').split('\n')[label.mine!.range.start.line];
    assert.equal(line.slice(label.mine!.range.start.character, label.mine!.range.end.character), label.mine!.text);

    // Take theirs: my claim is replaced by a copy of Bob's (his label, his name as creator); the store was backed up.
    const resolved = await server.client.sendRequest(ResolveDisagreementRequest.type, {
      target,
      source: bridge.source,
      theirSource: bridge.theirSource,
      mine: label.mine!.id,
      theirs: label.theirs!.id,
      resolution: 'take-theirs',
    });
    assert.deepEqual([resolved.added, resolved.removed], [1, 1]);
    assert.ok(resolved.backup && existsSync(resolved.backup), 'the store file was copied before the write');
    const bodies = storedBodies(alice);
    assert.ok(bodies.some((body) => body.label === 'opinion' && body.creator === 'bob'));
    assert.ok(!bodies.some((body) => body.label === 'check-worthy claim' && body.claimant === 'Elena Marsh'));
    const again: CompareResult = await server.client.sendRequest(CompareAnnotationsRequest.type, { target });
    assert.equal(again.files[0].disagreements.length, bridge.disagreements.length - 1, 'that disagreement is gone');

    // Keep mine with another folder writes nothing; an unknown folder is a clear error.
    const kept = await server.client.sendRequest(ResolveDisagreementRequest.type, {
      target, source: bridge.source, theirSource: bridge.theirSource, mine: null, theirs: again.files[0].disagreements.find((d) => d.mine === null)!.theirs!.id, resolution: 'keep-mine',
    });
    assert.deepEqual(kept, { added: 0, removed: 0, backup: null });
    await assert.rejects(server.client.sendRequest(CompareAnnotationsRequest.type, { target: { kind: 'folder', path: join(alice, 'articles') } }), /holds no \.byline/);
  } finally {
    await server.dispose();
  }
});

test('server: two annotators of one store — listing them, and drop both removing both annotations', async () => {
  const { team } = await writeAgreementExample(mkdtempSync(join(tmpdir(), 'byline-server-annotators-')));
  const server = await startTestServer({ folders: [team] });
  try {
    const annotators = await server.client.sendRequest(AnnotatorsRequest.type, {});
    assert.deepEqual(annotators.annotators.map((annotator) => [annotator.name, annotator.annotations]), [['alice', 11], ['bob', 11]]);
    const target: ComparisonTarget = { kind: 'annotators', mine: 'alice', theirs: 'bob' };
    const result: CompareResult = await server.client.sendRequest(CompareAnnotationsRequest.type, { target });
    const bridge = result.files.find((file) => file.source === BRIDGE)!;
    const attribution = bridge.disagreements.find((d) => d.differences.includes('attribution'))!;
    const before = storedBodies(team).length;
    const dropped = await server.client.sendRequest(ResolveDisagreementRequest.type, {
      target, source: BRIDGE, theirSource: BRIDGE, mine: attribution.mine!.id, theirs: attribution.theirs!.id, resolution: 'drop-both',
    });
    assert.deepEqual([dropped.added, dropped.removed], [0, 2]);
    assert.equal(storedBodies(team).length, before - 2);
  } finally {
    await server.dispose();
  }
});

test('server: in an untrusted workspace comparing works, adjudicating writes nothing', async () => {
  const { alice, bob } = await writeAgreementExample(mkdtempSync(join(tmpdir(), 'byline-server-untrusted-')));
  const server = await startTestServer({ folders: [alice], initializationOptions: { trusted: false } });
  try {
    const target: ComparisonTarget = { kind: 'folder', path: bob };
    const result: CompareResult = await server.client.sendRequest(CompareAnnotationsRequest.type, { target });
    const bridge = result.files[0];
    const label = bridge.disagreements.find((d) => d.differences.includes('label'))!;
    const before = readFileSync(join(alice, '.byline', 'annotations', `${BRIDGE}.json`), 'utf8');
    await assert.rejects(
      server.client.sendRequest(ResolveDisagreementRequest.type, {
        target, source: bridge.source, theirSource: bridge.theirSource, mine: label.mine!.id, theirs: label.theirs!.id, resolution: 'drop-both',
      }),
      /untrusted workspace/,
    );
    assert.equal(readFileSync(join(alice, '.byline', 'annotations', `${BRIDGE}.json`), 'utf8'), before);
  } finally {
    await server.dispose();
  }
});
