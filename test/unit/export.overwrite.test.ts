import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DestinationError } from '../../server/src/export/destination';
import { DEFAULT_EXPORT_OPTIONS } from '../../server/src/export/options';
import { collectInputs, EXPORT_MANIFEST, runExport } from '../../server/src/export/runExport';
import { byline } from '../helpers/cli';

const ARTICLE = 'Ferry fares rise in Westhaven\n\n“We had no choice,” said harbour master Ida Brandt on Monday.\n';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'byline-overwrite-test-'));
}

/** A user's project: articles, a note of theirs and an annotation store. */
function project(): string {
  const root = tempDir();
  mkdirSync(join(root, 'articles'));
  writeFileSync(join(root, 'articles', 'ferry.txt'), ARTICLE);
  writeFileSync(join(root, 'articles', 'notes.md'), 'my notes');
  mkdirSync(join(root, '.byline', 'annotations'), { recursive: true });
  writeFileSync(join(root, '.byline', 'annotations', 'ferry.txt.json'), '{}');
  writeFileSync(join(root, 'todo.md'), 'call the harbour');
  return root;
}

function exportTo(sources: string[], out: string, overwrite = true): ReturnType<typeof runExport> {
  return runExport({ sources, inputs: collectInputs(sources), formats: ['jsonl', 'brat'], options: DEFAULT_EXPORT_OPTIONS, out, overwrite });
}

function assertProjectIntact(root: string): void {
  assert.equal(readFileSync(join(root, 'articles', 'ferry.txt'), 'utf8'), ARTICLE);
  assert.equal(readFileSync(join(root, 'articles', 'notes.md'), 'utf8'), 'my notes');
  assert.equal(readFileSync(join(root, '.byline', 'annotations', 'ferry.txt.json'), 'utf8'), '{}');
  assert.equal(readFileSync(join(root, 'todo.md'), 'utf8'), 'call the harbour');
}

test('--overwrite refuses a destination that is, contains or lies inside an input folder', async () => {
  const root = project();
  const articles = join(root, 'articles');
  await assert.rejects(exportTo([articles], articles), (error: Error) => error instanceof DestinationError && /is an input folder/u.test(error.message));
  await assert.rejects(exportTo([articles], root), /contains the input folder/u);
  await assert.rejects(exportTo([articles], join(articles, 'exported')), /inside the input folder/u);
  await assert.rejects(exportTo([join(articles, 'ferry.txt')], root), /contains the input/u);
  assertProjectIntact(root);
  assert.deepEqual(readdirSync(root).sort(), ['.byline', 'articles', 'todo.md']);
});

test('a destination that is, contains or lies inside a .byline store is refused', async () => {
  const root = project();
  const articles = join(root, 'articles');
  const elsewhere = tempDir();
  mkdirSync(join(elsewhere, 'inputs'));
  writeFileSync(join(elsewhere, 'inputs', 'ferry.txt'), ARTICLE);
  const inputs = [join(elsewhere, 'inputs')];
  await assert.rejects(exportTo(inputs, join(root, '.byline')), /annotation store/u);
  await assert.rejects(exportTo(inputs, join(root, '.byline', 'annotations')), /annotation store/u);
  await assert.rejects(exportTo(inputs, join(root, '.byline', 'new-export')), /annotation store/u);
  // the project folder holds a store: refused even where it would otherwise be a fresh, empty folder's parent
  await assert.rejects(exportTo(inputs, root), /annotation store/u);
  // an earlier export whose folder now holds a store (a workspace opened there) is not replaced either
  const earlier = join(elsewhere, 'earlier');
  await exportTo(inputs, earlier, false);
  mkdirSync(join(earlier, '.byline'));
  await assert.rejects(exportTo(inputs, earlier), /annotation store/u);
  assert.ok(existsSync(join(earlier, 'corpus.jsonl')));
  assertProjectIntact(root);
  assert.ok(existsSync(articles));
});

test('--overwrite refuses a non-empty folder that holds no earlier Byline export', async () => {
  const root = project();
  const out = join(root, 'reports');
  mkdirSync(out);
  writeFileSync(join(out, 'q3.txt.bak'), 'keep me');
  await assert.rejects(exportTo([join(root, 'articles')], out), /does not hold an earlier Byline export/u);
  assert.equal(readFileSync(join(out, 'q3.txt.bak'), 'utf8'), 'keep me');
  // a manifest without a file list (an older Byline's) is not enough to know what may be deleted
  writeFileSync(join(out, EXPORT_MANIFEST), JSON.stringify({ format: 'byline-export', version: 1 }));
  await assert.rejects(exportTo([join(root, 'articles')], out), /no list of the files it wrote/u);
  writeFileSync(join(out, EXPORT_MANIFEST), '{ not json');
  await assert.rejects(exportTo([join(root, 'articles')], out), /cannot be read/u);
  assert.deepEqual(readdirSync(out).sort(), [EXPORT_MANIFEST, 'q3.txt.bak']);
  assertProjectIntact(root);
});

test('--overwrite replaces exactly the files an earlier export listed and keeps everything else', async () => {
  const root = project();
  const out = join(root, 'exported');
  await exportTo([join(root, 'articles')], out, false);
  const manifest = JSON.parse(readFileSync(join(out, EXPORT_MANIFEST), 'utf8')) as { files: string[] };
  assert.deepEqual(manifest.files, ['brat/annotation.conf', 'brat/ferry.ann', 'brat/ferry.txt', EXPORT_MANIFEST, 'corpus.jsonl']);
  writeFileSync(join(out, 'README-for-editors.md'), 'mine');
  writeFileSync(join(out, 'brat', 'mine.ann'), 'also mine');
  // the earlier export's brat/ferry.txt is now a link to the user's article: only the link goes, never the article
  const linkedArticle = join(root, 'articles', 'ferry.txt');
  rmSync(join(out, 'brat', 'ferry.txt'));
  symlinkSync(linkedArticle, join(out, 'brat', 'ferry.txt'));
  writeFileSync(join(root, 'articles', 'second.txt'), ARTICLE.replace('Ferry', 'Tram'));
  const summary = await runExport({
    sources: [join(root, 'articles', 'second.txt')],
    inputs: collectInputs([join(root, 'articles', 'second.txt')]),
    formats: ['jsonl'],
    options: DEFAULT_EXPORT_OPTIONS,
    out,
    overwrite: true,
  });
  assert.equal(summary.documents, 1);
  assert.deepEqual(readdirSync(out).sort(), ['README-for-editors.md', 'brat', EXPORT_MANIFEST, 'corpus.jsonl']);
  assert.deepEqual(readdirSync(join(out, 'brat')), ['mine.ann'], 'the folder stays: it holds a file the export did not write');
  assert.equal(readFileSync(join(out, 'README-for-editors.md'), 'utf8'), 'mine');
  assert.match(readFileSync(join(out, 'corpus.jsonl'), 'utf8'), /Tram/u);
  assert.equal(readFileSync(linkedArticle, 'utf8'), ARTICLE);
  assertProjectIntact(root);
});

test('--overwrite never deletes through a symlink and never replaces a file the earlier export did not write', async () => {
  const root = project();
  const out = join(root, 'exported');
  const articles = join(root, 'articles');
  await exportTo([articles], out, false);
  // the brat/ folder the earlier export listed files in is now a link to the user's articles
  const bratFiles = readdirSync(join(out, 'brat'));
  for (const name of bratFiles) {
    writeFileSync(join(articles, name), `user file ${name}`);
  }
  renameSync(join(out, 'brat'), join(root, 'old-brat'));
  symlinkSync(articles, join(out, 'brat'));
  await assert.rejects(exportTo([join(root, 'todo.md')], out), /symbolic link/u);
  for (const name of bratFiles) {
    assert.equal(readFileSync(join(articles, name), 'utf8'), `user file ${name}`);
  }
  assert.equal(readFileSync(join(root, 'articles', 'notes.md'), 'utf8'), 'my notes');
  // a file of the user's where the new export wants to write, that the earlier export did not list
  const other = join(root, 'other');
  mkdirSync(join(other, 'in'), { recursive: true });
  writeFileSync(join(other, 'in', 'a.txt'), ARTICLE);
  await exportTo([join(other, 'in')], join(other, 'out'), false);
  writeFileSync(join(other, 'out', 'web-annotation.jsonl'), 'hand-made');
  await assert.rejects(
    runExport({ sources: [join(other, 'in')], inputs: collectInputs([join(other, 'in')]), formats: ['webanno'], options: DEFAULT_EXPORT_OPTIONS, out: join(other, 'out'), overwrite: true }),
    /web-annotation\.jsonl.*did not write/u,
  );
  assert.equal(readFileSync(join(other, 'out', 'web-annotation.jsonl'), 'utf8'), 'hand-made');
  assert.ok(existsSync(join(other, 'out', 'corpus.jsonl')), 'a refused replacement changes nothing');
  assert.deepEqual(readdirSync(other).sort(), ['in', 'out'], 'no staging folder left behind');
});

test('byline export DIR --out DIR --overwrite (and --out PARENT) exits 2 with the reason and deletes nothing', () => {
  const root = project();
  const articles = join(root, 'articles');
  for (const out of [articles, root]) {
    const result = byline(['export', articles, '--out', out, '--overwrite']);
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /^byline export: refusing to export to .*: it (is|contains) (an|the) input folder/u);
  }
  assertProjectIntact(root);
  assert.deepEqual(readdirSync(articles).sort(), ['ferry.txt', 'notes.md']);
});
