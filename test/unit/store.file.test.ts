import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  FileStore,
  StoreReadOnlyError,
  createAnnotation,
  withBody,
  type Annotation,
  type StoreIssue,
} from '../../server/src/annotations';

const TEXT = 'Mayor Ilse Brandt said "fares will not rise" on Monday. Critics said the budget hides a deficit.';

async function tempWorkspace(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'byline-store-'));
}

function claim(label = 'claim', at = new Date('2026-01-05T10:00:00Z')): Annotation {
  const start = TEXT.indexOf('fares will not rise');
  return createAnnotation({
    source: 'news/brandt.txt',
    text: TEXT,
    span: { start, end: start + 'fares will not rise'.length },
    body: { type: 'ClaimTag', label, claimant: 'Ilse Brandt' },
    creator: { type: 'Person', name: 'tester' },
    now: at,
  });
}

test('store: write then read round-trips a valid file under .byline/annotations', async () => {
  const root = await tempWorkspace();
  const store = new FileStore(root);
  const annotation = claim();
  await store.update('news/brandt.txt', { upserts: [annotation], deletions: [] });
  const file = path.join(root, '.byline', 'annotations', 'news', 'brandt.txt.json');
  assert.equal(store.fileFor('news/brandt.txt'), file);
  const read = await store.read('news/brandt.txt');
  assert.equal(read.state, 'ok');
  assert.deepEqual(read.state === 'ok' && read.store.annotations, [annotation]);
  assert.deepEqual(await store.listSources(), ['news/brandt.txt']);
  const leftovers = (await fs.readdir(path.dirname(file))).filter((name) => !name.endsWith('.json'));
  assert.deepEqual(leftovers, [], 'no temp or lock files remain');
  assert.equal(readFileSync(path.join(root, '.byline', '.gitignore'), 'utf8'), 'backup/\n*.tmp\n*.lock\n');
});

test('store: missing file reads as an empty store', async () => {
  const store = new FileStore(await tempWorkspace());
  const read = await store.read('none.txt');
  assert.equal(read.state, 'missing');
  assert.deepEqual(read.state === 'missing' && read.store.annotations, []);
});

for (const [name, content, problem] of [
  ['truncated JSON', '{"schemaVersion": 1, "type": "BylineAnnotationStore", "annot', 'malformed'],
  ['schema violation', '{"schemaVersion": 1, "type": "BylineAnnotationStore", "source": "a.txt", "annotations": [{"id": 3}]}', 'invalid'],
  ['newer version', '{"schemaVersion": 7, "type": "BylineAnnotationStore", "source": "a.txt", "annotations": [], "future": true}', 'newer-version'],
] as const) {
  test(`store: ${name} → backup, one message, never overwritten, others keep working`, async () => {
    const root = await tempWorkspace();
    const issues: StoreIssue[] = [];
    const store = new FileStore(root, { onIssue: (issue) => issues.push(issue) });
    const file = store.fileFor('a.txt');
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);

    const read = await store.read('a.txt');
    assert.equal(read.state, 'unreadable');
    await assert.rejects(store.update('a.txt', { upserts: [claim()], deletions: [] }), StoreReadOnlyError);
    assert.equal(readFileSync(file, 'utf8'), content, 'the bad file is left exactly as it was');

    assert.equal(issues.length, 1, 'reported once, not on every read');
    assert.equal(issues[0].problem, problem);
    assert.ok(issues[0].backup?.startsWith(path.join(root, '.byline', 'backup')));
    assert.equal(readFileSync(issues[0].backup ?? '', 'utf8'), content);

    await store.update('b.txt', { upserts: [claim()], deletions: [] });
    assert.equal((await store.read('b.txt')).state, 'ok', 'another document still works');
  });
}

test('store: an older version is migrated on read, backed up and rewritten at the current version on write', async () => {
  const root = await tempWorkspace();
  const v1 = claim();
  // A made-up version 0 that kept annotations under "items": the migration hook renames it.
  const migrations = new Map([
    [
      0,
      ({ items, ...rest }: Record<string, unknown>) => ({ ...rest, annotations: items }),
    ],
  ]);
  const store = new FileStore(root, { migrations });
  const file = store.fileFor('news/brandt.txt');
  await fs.mkdir(path.dirname(file), { recursive: true });
  const old = JSON.stringify({ schemaVersion: 0, type: 'BylineAnnotationStore', source: 'news/brandt.txt', items: [v1] });
  await fs.writeFile(file, old);
  // Without the migration the old file is refused rather than guessed at.
  const unmigrated = await new FileStore(root).read('news/brandt.txt');
  assert.equal(unmigrated.state === 'unreadable' && unmigrated.issue.problem, 'invalid');
  const read = await store.read('news/brandt.txt');
  assert.equal(read.state === 'ok' && read.migratedFrom, 0);
  await store.update('news/brandt.txt', { upserts: [withBody(v1, { type: 'ClaimTag', label: 'opinion' })], deletions: [] });
  const written = JSON.parse(readFileSync(file, 'utf8')) as { schemaVersion: number };
  assert.equal(written.schemaVersion, 1);
  const backups = await fs.readdir(path.join(root, '.byline', 'backup', 'news'));
  assert.equal(backups.length, 1, 'the old-format file is kept as a backup');
});

test('store: two writers merge by id, newest modified wins, nothing saved is lost', async () => {
  const root = await tempWorkspace();
  const windowA = new FileStore(root);
  const windowB = new FileStore(root);
  const shared = claim('claim', new Date('2026-01-05T10:00:00Z'));
  await windowA.update('news/brandt.txt', { upserts: [shared], deletions: [] });

  const onlyB = claim('prediction', new Date('2026-01-05T10:01:00Z'));
  const editedByA = withBody(shared, { type: 'ClaimTag', label: 'opinion' }, new Date('2026-01-05T10:05:00Z'));
  const staleEditByB = withBody(shared, { type: 'ClaimTag', label: 'not a claim' }, new Date('2026-01-05T10:02:00Z'));
  await Promise.all([
    windowA.update('news/brandt.txt', { upserts: [editedByA], deletions: [] }),
    windowB.update('news/brandt.txt', { upserts: [onlyB, staleEditByB], deletions: [] }),
  ]);
  const read = await windowA.read('news/brandt.txt');
  assert.equal(read.state, 'ok');
  const byId = new Map(read.state === 'ok' ? read.store.annotations.map((a) => [a.id, a]) : []);
  assert.equal(byId.size, 2);
  assert.deepEqual(byId.get(shared.id)?.body, editedByA.body, 'the later edit wins whatever order the writes ran in');
  assert.ok(byId.has(onlyB.id));

  await windowB.update('news/brandt.txt', { upserts: [], deletions: [{ id: onlyB.id, at: '2026-01-05T10:10:00Z' }] });
  const after = await windowA.read('news/brandt.txt');
  assert.deepEqual(after.state === 'ok' && after.store.annotations.map((a) => a.id), [shared.id]);
});

test('store: a crash between writing the temp file and the rename leaves the original intact', async () => {
  const root = await tempWorkspace();
  const original = claim();
  await new FileStore(root).update('news/brandt.txt', { upserts: [original], deletions: [] });
  const file = new FileStore(root).fileFor('news/brandt.txt');
  const before = readFileSync(file, 'utf8');

  const crashing = new FileStore(root, {
    beforeRename: () => Promise.reject(new Error('simulated crash')),
  });
  await assert.rejects(
    crashing.update('news/brandt.txt', { upserts: [claim('opinion')], deletions: [] }),
    /simulated crash/u,
  );
  assert.equal(readFileSync(file, 'utf8'), before);
  const names = await fs.readdir(path.dirname(file));
  assert.ok(names.some((name) => name.endsWith('.tmp')), 'the half-done temp file is left beside it');
  assert.ok(!names.some((name) => name.endsWith('.lock')), 'the lock is released');
  const read = await new FileStore(root).read('news/brandt.txt');
  assert.deepEqual(read.state === 'ok' && read.store.annotations, [original]);
  assert.deepEqual(await new FileStore(root).listSources(), ['news/brandt.txt'], 'temp files are not stores');
});

test('store: deleting the last annotation removes the store file', async () => {
  const root = await tempWorkspace();
  const store = new FileStore(root);
  const only = claim();
  await store.update('x.txt', { upserts: [only], deletions: [] });
  await store.update('x.txt', { upserts: [], deletions: [{ id: only.id, at: new Date().toISOString() }] });
  assert.equal((await store.read('x.txt')).state, 'missing');
});

test('store: renaming a document moves its annotations to the new path', async () => {
  const root = await tempWorkspace();
  const store = new FileStore(root);
  const annotation = claim();
  await store.update('news/brandt.txt', { upserts: [annotation], deletions: [] });
  await store.rename('news/brandt.txt', 'archive/2026/brandt.txt');
  assert.equal((await store.read('news/brandt.txt')).state, 'missing');
  const moved = await store.read('archive/2026/brandt.txt');
  assert.equal(moved.state, 'ok');
  assert.deepEqual(moved.state === 'ok' && moved.store.annotations.map((a) => [a.id, a.target.source]), [
    [annotation.id, 'archive/2026/brandt.txt'],
  ]);
});
