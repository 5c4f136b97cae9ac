import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  AnnotationService,
  FileStore,
  StoreReadOnlyError,
  createAnnotation,
  type ContentChange,
  type DocumentKey,
  type StoreIssue,
} from '../../server/src/annotations';

/** The server's annotation service over a temp workspace folder with one article `news/story.txt` holding `text`. */
async function harness(text: string) {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'byline-store-'));
  await fs.mkdir(path.join(root, 'news'));
  await fs.writeFile(path.join(root, 'news', 'story.txt'), text);
  const key: DocumentKey = { uri: `file://${root}/news/story.txt`, root, source: 'news/story.txt' };
  const issues: StoreIssue[] = [];
  const trusted = { value: true };
  const editor = { text };
  const annotations = new AnnotationService({
    isTrusted: () => trusted.value,
    creator: () => ({ type: 'Person', name: 'tester' }),
    readText: () => Promise.resolve(editor.text),
    onIssue: (issue) => issues.push(issue),
    log: () => undefined,
  });
  await annotations.load(key, text);
  return { root, key, editor, annotations, issues, trusted };
}

const ARTICLE = [
  'Lakeside Ledger',
  '',
  'Water rates will fall by 8 percent next year, the utility board said.',
  '',
  '"Nobody will pay more," board chair Ines Falk told reporters. The plan needs council approval.',
].join('\n');

function spanOf(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  assert.notEqual(start, -1, needle);
  return { start, end: start + needle.length };
}

function edit(text: string, change: ContentChange): string {
  return text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
}

function liveText(h: Awaited<ReturnType<typeof harness>>, id: string): string | null {
  const entry = h.annotations.get(h.key.uri)?.byId(id);
  return entry?.span ? h.editor.text.slice(entry.span.start, entry.span.end) : null;
}

test('lifecycle: tag, edit live, save, close, edit the file elsewhere, reopen — annotations where they belong or orphaned', async () => {
  const h = await harness(ARTICLE);
  const [rates] = await h.annotations.add(h.key, ARTICLE, [spanOf(ARTICLE, 'Water rates will fall by 8 percent next year')], {
    type: 'ClaimTag',
    label: 'prediction',
  });
  const [nobody] = await h.annotations.add(h.key, ARTICLE, [spanOf(ARTICLE, 'Nobody will pay more')], {
    type: 'ClaimTag',
    label: 'claim',
    claimant: 'Ines Falk',
  });

  // Live edit above both claims: they move with the text.
  const change = { rangeOffset: 'Lakeside Ledger'.length, rangeLength: 0, text: ' — Tuesday edition' };
  h.editor.text = edit(h.editor.text, change);
  h.annotations.applyChanges(h.key.uri, [change]);
  assert.equal(liveText(h, rates.id), 'Water rates will fall by 8 percent next year');
  assert.equal(liveText(h, nobody.id), 'Nobody will pay more');

  // Save: the store now matches the saved text (moved selectors written, same modified time).
  await fs.writeFile(`${h.root}/news/story.txt`, h.editor.text);
  await h.annotations.saved(h.key.uri, h.editor.text);
  const store = new FileStore(h.root);
  const saved = await store.read('news/story.txt');
  assert.equal(saved.state, 'ok');
  const savedRates = saved.state === 'ok' ? saved.store.annotations.find((a) => a.id === rates.id) : undefined;
  assert.equal(savedRates?.target.selector[1].start, h.editor.text.indexOf('Water rates'));
  assert.equal(savedRates?.modified, rates.modified);

  // Elsewhere (VS Code closed): the first claim's sentence is rewritten, text is inserted before the second.
  const elsewhere = h.editor.text
    .replace('Water rates will fall by 8 percent next year', 'Water prices are expected to drop')
    .replace('"Nobody', 'Asked about pensioners, she was firm. "Nobody');
  await fs.writeFile(`${h.root}/news/story.txt`, elsewhere);
  h.editor.text = elsewhere;
  h.annotations.forget(h.key.uri);
  const reopened = await h.annotations.load(h.key, elsewhere);
  assert.equal(liveText(h, nobody.id), 'Nobody will pay more');
  assert.deepEqual(
    reopened.orphans.map((entry) => entry.annotation.id),
    [rates.id],
  );
});

test('watcher reload: an annotation saved by another window appears, ours keep their live spans', async () => {
  const h = await harness(ARTICLE);
  const [ours] = await h.annotations.add(h.key, ARTICLE, [spanOf(ARTICLE, 'The plan needs council approval.')], {
    type: 'ClaimTag',
    label: 'claim',
  });
  const change = { rangeOffset: 0, rangeLength: 0, text: 'DRAFT ' };
  h.editor.text = edit(h.editor.text, change);
  h.annotations.applyChanges(h.key.uri, [change]);

  const otherWindow = createAnnotation({
    source: 'news/story.txt',
    text: ARTICLE,
    span: spanOf(ARTICLE, 'Nobody will pay more'),
    body: { type: 'Correction', action: 'set-speaker', speaker: 'Ines Falk' },
    creator: { type: 'Person', name: 'colleague' },
  });
  await new FileStore(h.root).update('news/story.txt', { upserts: [otherWindow], deletions: [] });
  await h.annotations.load(h.key, h.editor.text);

  assert.equal(liveText(h, ours.id), 'The plan needs council approval.');
  assert.equal(liveText(h, otherWindow.id), 'Nobody will pay more');
});

test('malformed store file: the document is read-only, the issue is reported, writes are refused', async () => {
  const h = await harness(ARTICLE);
  const file = new FileStore(h.root).fileFor('news/story.txt');
  await fs.mkdir(file.slice(0, file.lastIndexOf('/')), { recursive: true });
  await fs.writeFile(file, '{"schemaVersion": 1, "annotations": [');
  const document = await h.annotations.load(h.key, ARTICLE);
  assert.equal(document.readOnly, true);
  assert.equal(h.issues.length, 1);
  await assert.rejects(
    h.annotations.add(h.key, ARTICLE, [spanOf(ARTICLE, 'Nobody')], { type: 'ClaimTag', label: 'claim' }),
    StoreReadOnlyError,
  );
  assert.equal(await fs.readFile(file, 'utf8'), '{"schemaVersion": 1, "annotations": [');
});

test('untrusted workspace: annotations load and show, saving moved spans writes nothing', async () => {
  const h = await harness(ARTICLE);
  await h.annotations.add(h.key, ARTICLE, [spanOf(ARTICLE, 'Nobody will pay more')], { type: 'ClaimTag', label: 'claim' });
  const before = await fs.readFile(new FileStore(h.root).fileFor('news/story.txt'), 'utf8');
  h.trusted.value = false;
  const change = { rangeOffset: 0, rangeLength: 0, text: 'X' };
  h.editor.text = edit(h.editor.text, change);
  h.annotations.applyChanges(h.key.uri, [change]);
  await h.annotations.saved(h.key.uri, h.editor.text);
  assert.equal(await fs.readFile(new FileStore(h.root).fileFor('news/story.txt'), 'utf8'), before);
});

test('loadFolder: annotated documents that are not open are loaded for the views', async () => {
  const h = await harness(ARTICLE);
  await h.annotations.add(h.key, ARTICLE, [spanOf(ARTICLE, 'Nobody will pay more')], { type: 'ClaimTag', label: 'opinion' });
  const issues: StoreIssue[] = [];
  const fresh = new AnnotationService({
    isTrusted: () => true,
    creator: () => ({ type: 'Person', name: 't' }),
    readText: async (key: DocumentKey) => fs.readFile(`${key.root}/${key.source}`, 'utf8'),
    onIssue: (issue) => issues.push(issue),
    log: () => undefined,
  });
  await fresh.loadFolder(h.root, (source) => ({ uri: `file://${h.root}/${source}`, root: h.root, source }));
  assert.deepEqual(
    fresh.all().map((document) => [document.key.source, document.entries.length, document.orphans.length]),
    [['news/story.txt', 1, 0]],
  );
});

test('live edits: deleting an annotated sentence orphans it, undo brings it back', async () => {
  const h = await harness(ARTICLE);
  const [claim] = await h.annotations.add(h.key, ARTICLE, [spanOf(ARTICLE, 'The plan needs council approval.')], {
    type: 'ClaimTag',
    label: 'claim',
  });
  const span = spanOf(ARTICLE, 'The plan needs council approval.');
  const deletion = { rangeOffset: span.start, rangeLength: span.end - span.start, text: '' };
  h.editor.text = edit(ARTICLE, deletion);
  h.annotations.applyChanges(h.key.uri, [deletion], () => h.editor.text);
  assert.deepEqual(
    h.annotations.get(h.key.uri)?.orphans.map((entry) => entry.annotation.id),
    [claim.id],
  );
  const undo = { rangeOffset: span.start, rangeLength: 0, text: 'The plan needs council approval.' };
  h.editor.text = edit(h.editor.text, undo);
  h.annotations.applyChanges(h.key.uri, [undo], () => h.editor.text);
  assert.equal(liveText(h, claim.id), 'The plan needs council approval.');
});

test('opening a document whose text differs from what was held places its annotations afresh', async () => {
  const h = await harness(ARTICLE);
  const [claim] = await h.annotations.add(h.key, ARTICLE, [spanOf(ARTICLE, 'The plan needs council approval.')], {
    type: 'ClaimTag',
    label: 'claim',
  });
  // e.g. VS Code restores unsaved changes (hot exit) that were never seen by this window
  h.editor.text = 'Restored draft paragraph.\n\n' + ARTICLE;
  await h.annotations.load(h.key, h.editor.text, false);
  assert.equal(liveText(h, claim.id), 'The plan needs council approval.');
});
