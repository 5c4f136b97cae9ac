import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { byline } from '../helpers/cli';
import { HOSTILE } from '../helpers/hostileTexts';

// The hostile documents of the server's robustness test, through the command line: as files (analyze, export in
// every format) and as stdin lines. Nothing crashes; what cannot be read (binary, over the size limit) is named and
// skipped, every other document gets its record.
const SKIPPED = { nul: /looks like a binary file/u, 'over-5mb': /larger than the limit of 5,000,000 bytes \(--max-file-size\)/u };
const noStackTrace = (stderr: string): void => assert.doesNotMatch(stderr, /\n\s+at |TypeError|RangeError/u, stderr.slice(0, 2000));

function hostileFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'byline-hostile-'));
  mkdirSync(join(root, 'in'));
  for (const [name, text] of Object.entries(HOSTILE)) {
    writeFileSync(join(root, 'in', `${name}.txt`), text);
  }
  // A lone surrogate as bytes (CESU-8): not UTF-8, so read as Windows-1252.
  writeFileSync(join(root, 'in', 'surrogate-bytes.txt'), Buffer.from([0xed, 0xa0, 0x80, 0x20, 0xe2, 0x80, 0x9c, 0x48, 0x69, 0xe2, 0x80, 0x9d]));
  return root;
}

test('analyze: every hostile file gets its record, or is named and skipped (binary, over the limit); exit 1, no crash', () => {
  const root = hostileFolder();
  const result = byline(['analyze', join(root, 'in'), '--jsonl'], { timeoutMs: 180_000 });
  assert.equal(result.status, 1, result.stderr);
  noStackTrace(result.stderr);
  for (const [name, message] of Object.entries(SKIPPED)) {
    assert.match(result.stderr, new RegExp(`${name}\\.txt: .*${message.source}`, 'u'));
  }
  const ids = result.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
  const expected = [...Object.keys(HOSTILE).filter((name) => !(name in SKIPPED)), 'surrogate-bytes'].sort();
  assert.deepEqual(ids.sort(), expected);
});

test('analyze -: every hostile text as a stdin line (lone surrogates as JSON escapes) gets a record in its place; the one over the limit an error record', () => {
  const names = Object.keys(HOSTILE);
  const input = names.map((name) => JSON.stringify({ id: name, text: HOSTILE[name] })).join('\n');
  const result = byline(['analyze', '-', '--jsonl'], { input, timeoutMs: 180_000 });
  assert.equal(result.status, 1, result.stderr);
  noStackTrace(result.stderr);
  const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; error?: string });
  assert.deepEqual(records.map((record) => record.id), names);
  assert.deepEqual(records.filter((record) => record.error).map((record) => record.id), ['over-5mb']);
});

test('export: the hostile files in every format; the unreadable ones named, the others exported (exit 1, no crash)', () => {
  const root = hostileFolder();
  const formats = 'jsonl,webanno,brat,conll,spans,claimreview,standoff';
  const result = byline(['export', join(root, 'in'), '--format', formats, '--out', join(root, 'out')], { timeoutMs: 180_000 });
  assert.equal(result.status, 1, result.stderr);
  noStackTrace(result.stderr);
  const exported = Object.keys(HOSTILE).length - Object.keys(SKIPPED).length + 1;
  assert.match(result.stderr, new RegExp(`${exported} documents → .*, 2 documents skipped$`, 'mu'));
});
