import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { byline } from '../helpers/cli';
import { DEFAULT_MAX_FILE_SIZE, maxFileSizeOption } from '../../server/src/cli/commandLine';
import { defaultSettings } from '../../server/src/protocol/settings';

// The CLI reads no file (nor stdin line) larger than --max-file-size: each is skipped with a message naming it and
// the limit and counted as skipped (not failed), the others are processed, and the exit code is 1 (some documents
// failed or were skipped), never a crash or a hang.
const ARTICLE = 'Ferry fares rise in Westhaven\n\n“We had no choice,” said harbour master Ida Brandt on Monday.\n';
/** An article of about `bytes` bytes (repeated invented prose). */
const articleOf = (bytes: number): string => ARTICLE + 'The ferry left the harbour on time. '.repeat(Math.ceil(bytes / 36));

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'byline-size-'));
  mkdirSync(join(root, 'in'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(root, 'in', name), content);
  }
  return root;
}

test('--max-file-size defaults to the editor\'s byline.maxFileSize and reads bytes or decimal units', () => {
  assert.equal(DEFAULT_MAX_FILE_SIZE, defaultSettings.maxFileSize);
  assert.equal(maxFileSizeOption(undefined).bytes, 5_000_000);
  assert.equal(maxFileSizeOption('1200').bytes, 1200);
  assert.equal(maxFileSizeOption('5MB').bytes, 5_000_000);
  assert.equal(maxFileSizeOption('500kB').bytes, 500_000);
  assert.equal(maxFileSizeOption('1.5 m').bytes, 1_500_000);
  for (const bad of ['0', '-3', 'lots', '5 MiB', '1GB']) {
    assert.throws(() => maxFileSizeOption(bad), /--max-file-size takes a size/u, bad);
  }
});

test('analyze: a file over --max-file-size is skipped with its path and the limit, the others analysed, exit 1', () => {
  const root = folder({ 'ferry.txt': ARTICLE, 'huge.txt': articleOf(3000) });
  const result = byline(['analyze', join(root, 'in'), '--jsonl', '--max-file-size', '2kB']);
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stderr, new RegExp(`skipping ${join(root, 'in', 'huge.txt')}: 3,\\d{3} bytes, larger than the limit of 2,000 bytes \\(--max-file-size\\)`, 'u'));
  assert.deepEqual(result.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id), ['ferry']);
  assert.match(result.stderr, /^analyzed 1 of 2 documents in [\d.]+ s; 1 skipped$/mu);
});

test('analyze: without --max-file-size a file over 5,000,000 bytes is skipped; with a higher limit it is analysed', () => {
  const root = folder({ 'over.txt': articleOf(5_000_100), 'ferry.txt': ARTICLE });
  const result = byline(['analyze', join(root, 'in', 'over.txt'), join(root, 'in', 'ferry.txt')]);
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stderr, /over\.txt: 5,000,\d{3} bytes, larger than the limit of 5,000,000 bytes \(--max-file-size\)/u);
  assert.match(result.stdout, /ferry\.txt/u);
  const under = byline(['analyze', join(root, 'in', 'over.txt'), '--max-file-size', '5100000']);
  assert.equal(under.status, 0, under.stderr);
});

test('analyze: a device that never ends (/dev/zero) is read only up to the limit and skipped', { skip: !existsSync('/dev/zero') && 'no /dev/zero' }, () => {
  const root = folder({ 'ferry.txt': ARTICLE });
  const result = byline(['analyze', '/dev/zero', join(root, 'in', 'ferry.txt'), '--max-file-size', '1MB'], { timeoutMs: 60_000 });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stderr, /skipping \/dev\/zero: larger than the limit of 1,000,000 bytes \(--max-file-size\)/u);
  assert.match(result.stdout, /ferry\.txt/u);
});

test('analyze -: a stdin line over --max-file-size becomes an error record in its place (with its id), exit 1', () => {
  const lines = [
    JSON.stringify({ id: 'first', text: ARTICLE }),
    JSON.stringify({ id: 'huge', text: articleOf(3000) }),
    JSON.stringify({ id: 'last', text: ARTICLE }),
  ];
  const result = byline(['analyze', '-', '--jsonl', '--max-file-size', '2kB'], { input: lines.join('\r\n') });
  assert.equal(result.status, 1, result.stderr);
  const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; line?: number; error?: string });
  assert.deepEqual(records.map((record) => record.id), ['first', 'huge', 'last']);
  assert.equal(records[1].line, 2);
  assert.match(records[1].error ?? '', /larger than the limit of 2,000 bytes \(--max-file-size\)/u);
  assert.match(result.stderr, /stdin line 2: skipping the line: larger than the limit of 2,000 bytes/u);
});

test('analyze -: endless bytes with no newline on stdin are one refused line, not a crash', () => {
  const result = byline(['analyze', '-', '--jsonl', '--max-file-size', '100kB'], { input: Buffer.alloc(3_000_000), timeoutMs: 60_000 });
  assert.equal(result.status, 1, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout), { id: null, line: 1, error: 'skipping the line: larger than the limit of 100,000 bytes (--max-file-size)' });
});

test('export: a file over --max-file-size is skipped with its path and the limit, the others exported, exit 1', () => {
  const root = folder({ 'ferry.txt': ARTICLE, 'huge.txt': articleOf(3000) });
  const out = join(root, 'out');
  const result = byline(['export', join(root, 'in'), '--out', out, '--max-file-size', '2kB']);
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stderr, /huge\.txt: 3,\d{3} bytes, larger than the limit of 2,000 bytes \(--max-file-size\)/u);
  assert.match(result.stderr, /1 document → .*, 1 document skipped$/mu);
  const ids = readFileSync(join(out, 'corpus.jsonl'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
  assert.deepEqual(ids, ['ferry']);
});

test('hydrate: a copy over --max-file-size, or a binary one, is refused by name; the others are rebuilt (exit 1)', () => {
  const root = folder({ 'ferry.txt': ARTICLE, 'huge.txt': articleOf(3000), 'photo.txt': `${ARTICLE}more` });
  const exported = byline(['export', join(root, 'in'), '--format', 'standoff', '--out', join(root, 'standoff')]);
  assert.equal(exported.status, 0, exported.stderr);
  mkdirSync(join(root, 'copies'));
  writeFileSync(join(root, 'copies', 'ferry.txt'), ARTICLE);
  writeFileSync(join(root, 'copies', 'huge.txt'), articleOf(3000));
  writeFileSync(join(root, 'copies', 'photo.txt'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0, 1, 2]));
  const result = byline(['hydrate', join(root, 'standoff'), '--texts', join(root, 'copies'), '--out', join(root, 'corpus'), '--max-file-size', '2kB']);
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stderr, /refused huge .*larger than the limit of 2,000 bytes \(--max-file-size\)/u);
  assert.match(result.stderr, /refused photo .*binary file/u);
  assert.match(result.stderr, /1 document rebuilt/u);
  assert.ok(readdirSync(join(root, 'corpus')).includes('corpus.jsonl'));
});
