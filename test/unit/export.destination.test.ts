import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DestinationError, StagedDestination } from '../../server/src/export/destination';
import { DEFAULT_EXPORT_OPTIONS } from '../../server/src/export/options';
import { collectInputs, runExport } from '../../server/src/export/runExport';
import { resolveInside, sanitizeStem, StemAllocator, UnsafePathError } from '../../server/src/export/safeNames';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'byline-export-test-'));
}

function writeArticles(folder: string, count: number): void {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    writeFileSync(
      join(folder, `article-${String(i).padStart(3, '0')}.txt`),
      `Tram line ${i} opens in Eastmere\n\n“It will change the town,” said Councillor Rhea Moss on Monday.\n`,
    );
  }
}

test('output names from documents are sanitised and cannot climb out', () => {
  assert.equal(sanitizeStem('../../etc/passwd'), 'etc_passwd');
  assert.equal(sanitizeStem('.hidden'), 'hidden');
  assert.equal(sanitizeStem('CON'), '_CON');
  assert.equal(sanitizeStem('a/b\\c:d*?'), 'a_b_c_d');
  assert.equal(sanitizeStem('...'), 'document');
  const stems = new StemAllocator();
  assert.deepEqual(['Report', 'report', 'report'].map((name) => stems.allocate(name)), ['Report', 'report-2', 'report-3']);
  const root = tempDir();
  for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'C:/x', 'a\\b', 'a//b', '..', 'x\0y']) {
    assert.throws(() => resolveInside(root, bad), UnsafePathError, bad);
  }
  assert.equal(resolveInside(root, 'brat/a.ann'), join(root, 'brat', 'a.ann'));
});

test('the destination refuses a symlink, a file and a non-empty folder that holds no earlier export', async () => {
  const root = tempDir();
  const elsewhere = tempDir();
  const open = (name: string, replace = false): Promise<StagedDestination> => StagedDestination.open(join(root, name), { sources: [], replace });
  symlinkSync(elsewhere, join(root, 'link'));
  await assert.rejects(open('link'), DestinationError);
  writeFileSync(join(root, 'file'), 'x');
  await assert.rejects(open('file'), DestinationError);
  mkdirSync(join(root, 'full'));
  writeFileSync(join(root, 'full', 'old.txt'), 'old');
  await assert.rejects(open('full'), /not empty/u);
  await assert.rejects(open('full', true), /does not hold an earlier Byline export/u);
  mkdirSync(join(root, 'empty'));
  const replacing = await open('empty', true);
  await replacing.write({ file: 'new.txt', content: 'new', mode: 'create' });
  await assert.rejects(replacing.write({ file: '../escape.txt', content: 'x', mode: 'create' }), UnsafePathError);
  await replacing.commit();
  assert.deepEqual(readdirSync(join(root, 'empty')), ['new.txt']);
  assert.deepEqual(readdirSync(join(root, 'full')), ['old.txt']);
  assert.ok(!existsSync(join(root, 'escape.txt')));
  assert.deepEqual(readdirSync(root).sort(), ['empty', 'file', 'full', 'link'], 'no staging folder left behind');
  assert.deepEqual(readdirSync(elsewhere), []);
});

test('a staged file is never written through an existing symlink', async () => {
  const root = tempDir();
  const destination = await StagedDestination.open(join(root, 'out'), { sources: [] });
  const victim = join(root, 'victim.txt');
  writeFileSync(victim, 'keep');
  symlinkSync(victim, join(destination.staging, 'corpus.jsonl'));
  // The failed write surfaces at the latest at commit, which then leaves nothing behind.
  await destination.write({ file: 'corpus.jsonl', content: 'x', mode: 'create' }).catch(() => undefined);
  await assert.rejects(destination.commit(), /EEXIST/u);
  assert.equal(readFileSync(victim, 'utf8'), 'keep');
  assert.deepEqual(readdirSync(root), ['victim.txt']);
});

test('cancelling mid-export leaves nothing behind', async () => {
  const root = tempDir();
  writeArticles(join(root, 'in'), 12);
  const token = { isCancellationRequested: false };
  let seen = 0;
  const summary = await runExport({
    sources: [join(root, 'in')],
    inputs: collectInputs([join(root, 'in')]),
    formats: ['jsonl', 'brat', 'conll'],
    options: DEFAULT_EXPORT_OPTIONS,
    out: join(root, 'out'),
    token,
    onProgress: () => {
      if (++seen === 5) {
        token.isCancellationRequested = true;
      }
    },
  });
  assert.equal(summary.cancelled, true);
  assert.equal(summary.out, null);
  assert.ok(summary.documents >= 3 && summary.documents < 12);
  assert.deepEqual(readdirSync(root), ['in'], 'neither the destination nor a staging folder exists');
});

test('a full export appears at once; a broken document is reported and the others exported', async () => {
  const root = tempDir();
  writeArticles(join(root, 'in', 'sub'), 3);
  writeFileSync(join(root, 'in', 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
  const summary = await runExport({
    sources: [join(root, 'in')],
    inputs: collectInputs([join(root, 'in')]),
    formats: ['jsonl', 'brat', 'standoff'],
    options: DEFAULT_EXPORT_OPTIONS,
    out: join(root, 'out'),
  });
  assert.equal(summary.documents, 3, JSON.stringify(summary.failed));
  assert.equal(summary.failed.length, 1);
  assert.match(summary.failed[0].error, /binary/u);
  assert.deepEqual(readdirSync(join(root, 'out')).sort(), ['brat', 'byline-export.json', 'corpus.jsonl', 'standoff.jsonl']);
  const manifest = JSON.parse(readFileSync(join(root, 'out', 'byline-export.json'), 'utf8')) as { documents: number; failed: number; formats: string[] };
  assert.deepEqual([manifest.documents, manifest.failed, manifest.formats], [3, 1, ['jsonl', 'brat', 'standoff']]);
  // Exporting the folder that now holds an export skips the export's own brat/*.txt copies.
  assert.deepEqual(collectInputs([root]).map((input) => input.relative), ['in/broken.txt', 'in/sub/article-000.txt', 'in/sub/article-001.txt', 'in/sub/article-002.txt']);
  assert.deepEqual(readdirSync(join(root, 'out', 'brat')).sort().slice(0, 3), ['annotation.conf', 'sub__article-000.ann', 'sub__article-000.txt']);
  const lines = readFileSync(join(root, 'out', 'corpus.jsonl'), 'utf8').trim().split('\n');
  assert.deepEqual(lines.map((line) => (JSON.parse(line) as { source: { path: string } }).source.path), ['sub/article-000.txt', 'sub/article-001.txt', 'sub/article-002.txt']);
  assert.deepEqual(readdirSync(root).sort(), ['in', 'out']);
});
