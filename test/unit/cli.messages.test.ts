import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { byline } from '../helpers/cli';

const ARTICLE = 'Ferry fares rise in Westhaven\n\n“We had no choice,” said harbour master Ida Brandt on Monday.\n';

function folder(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'byline-cli-'));
  mkdirSync(join(root, 'in'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(root, 'in', name), content);
  }
  return root;
}

const BINARY = Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0, 1, 2]);

test('byline analyze --help describes analyze, not the general usage', () => {
  const result = byline(['analyze', '--help']);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /^usage: byline analyze/u);
  assert.match(result.stdout, /--published DATE/u);
  assert.doesNotMatch(result.stdout, /hydrate/u);
});

test('analyze -: empty input says so (exit 2); a line that is not a document is an input error (exit 2)', () => {
  const empty = byline(['analyze', '-', '--jsonl'], { input: '\n\n' });
  assert.equal(empty.status, 2);
  assert.match(empty.stderr, /no documents on stdin/u);
  const malformed = byline(['analyze', '-', '--jsonl'], { input: `${JSON.stringify({ id: 'a', text: ARTICLE })}\n{"id": "b", "text": "cut\n` });
  assert.equal(malformed.status, 2, malformed.stderr);
  assert.equal(malformed.stdout.trim().split('\n').length, 2, 'one record per line, the bad one as an error record');
});

test('the analyze summary counts in words: "1 quote", not "1 quotes"', () => {
  const root = folder({ 'ferry.txt': ARTICLE });
  const result = byline(['analyze', join(root, 'in', 'ferry.txt')]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /\b1 quote, 1 speaker, 1 date\b/u);
  assert.doesNotMatch(result.stdout, /\b1 (quotes|speakers|dates|boilerplate spans|findings)\b/u);
});

test('export: a binary file is reported once with its path; a folder of only binary files creates no destination', () => {
  const mixed = folder({ 'ferry.txt': ARTICLE, 'photo.txt': BINARY });
  const result = byline(['export', join(mixed, 'in'), '--out', join(mixed, 'out')]);
  assert.equal(result.status, 1);
  const line = result.stderr.split('\n').find((text) => text.includes('binary')) ?? '';
  assert.equal(line.split(join(mixed, 'in', 'photo.txt')).length, 2, `the path once: ${line}`);
  assert.match(result.stderr, /1 document → .* 1 quote, 1 speaker, 1 date, 0 claims, 0 orphaned annotations skipped, 1 document skipped$/mu);

  const binary = folder({ 'a.txt': BINARY, 'b.txt': BINARY });
  const nothing = byline(['export', join(binary, 'in'), '--out', join(binary, 'out')]);
  assert.equal(nothing.status, 1);
  assert.match(nothing.stderr, /no document could be exported \(2 skipped; see above\); nothing was written/u);
  assert.ok(!existsSync(join(binary, 'out')));
});

test('export --format claimreview with no verdict says why the file is empty', () => {
  const root = folder({ 'ferry.txt': ARTICLE });
  const result = byline(['export', join(root, 'in'), '--format', 'jsonl,claimreview', '--out', join(root, 'out')]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /claimreview\.jsonl is empty: there are no claims; ClaimReview needs a verdict/u);
  assert.equal(readFileSync(join(root, 'out', 'claimreview.jsonl'), 'utf8'), '');
});

test('every command: --help prints its own usage (exit 0); an unknown option or a missing file is a usage error (exit 2)', () => {
  for (const command of ['analyze', 'export', 'hydrate', 'agree']) {
    const help = byline([command, '-h']);
    assert.equal(help.status, 0, command);
    assert.match(help.stdout, new RegExp(`^usage: byline ${command} `, 'u'));
    const unknown = byline([command, '--colour']);
    assert.equal(unknown.status, 2, command);
    assert.match(unknown.stderr, new RegExp(`^byline ${command}: .*--colour.*\\n\\(byline ${command} --help for usage\\)\\n$`, 'u'));
  }
  for (const [args, message] of [
    [['analyze'], /name at least one file or directory/u],
    [['export', '--out', 'x'], /name at least one article file or folder/u],
    [['hydrate', 'a', 'b'], /name exactly one standoff file/u],
    [['export', 'samples', '--out', 'x', '--jobs', 'two'], /--jobs takes a whole number ≥ 1, not "two"/u],
    [['analyze', 'samples', '--published', 'yesterday'], /--published: /u],
  ] as const) {
    const result = byline([...args]);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, message);
  }
});

test('analyze --out: an input article is refused and left intact; a missing folder or a folder is a usage error, not a crash', () => {
  const root = folder({ 'ferry.txt': ARTICLE });
  const article = join(root, 'in', 'ferry.txt');
  const onInput = byline(['analyze', article, '--out', article]);
  assert.equal(onInput.status, 2, onInput.stderr);
  assert.match(onInput.stderr, /--out .*ferry\.txt is one of the input files/u);
  assert.equal(readFileSync(article, 'utf8'), ARTICLE);
  const inFolder = byline(['analyze', join(root, 'in'), '--out', article]);
  assert.equal(inFolder.status, 2, inFolder.stderr);
  assert.equal(readFileSync(article, 'utf8'), ARTICLE);

  const missing = byline(['analyze', article, '--jsonl', '--out', join(root, 'no-such-folder', 'a.jsonl')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no-such-folder.* does not exist/u);
  assert.doesNotMatch(missing.stderr, /at |node:events/u);
  const folderOut = byline(['analyze', article, '--jsonl', '--out', join(root, 'in')]);
  assert.equal(folderOut.status, 2);
  assert.match(folderOut.stderr, /is a folder/u);

  const written = byline(['analyze', article, '--jsonl', '--out', join(root, 'analysis.jsonl')]);
  assert.equal(written.status, 0, written.stderr);
  assert.equal((JSON.parse(readFileSync(join(root, 'analysis.jsonl'), 'utf8')) as { id: string }).id, 'ferry');
});

test('the closing progress line counts what was skipped (binary) apart from what was analysed or exported', () => {
  const mixed = folder({ 'ferry.txt': ARTICLE, 'ferry-2.txt': ARTICLE.replace('Monday', 'Tuesday'), 'photo.txt': BINARY });
  const analyzed = byline(['analyze', join(mixed, 'in')]);
  assert.equal(analyzed.status, 1);
  assert.match(analyzed.stderr, /^analyzed 2 of 3 documents in [\d.]+ s; 1 skipped$/mu);
  const exported = byline(['export', join(mixed, 'in'), '--out', join(mixed, 'out')]);
  assert.equal(exported.status, 1);
  assert.match(exported.stderr, /^exported 2 of 3 documents in [\d.]+ s; 1 skipped$/mu);
  const clean = folder({ 'ferry.txt': ARTICLE, 'ferry-2.txt': ARTICLE });
  assert.match(byline(['analyze', join(clean, 'in')]).stderr, /^analyzed 2 documents in [\d.]+ s$/mu);
});

test('hydrate counts in words: "1 document rebuilt"', () => {
  const root = folder({ 'ferry.txt': ARTICLE });
  assert.equal(byline(['export', join(root, 'in'), '--format', 'standoff', '--out', join(root, 'share')]).status, 0);
  const hydrated = byline(['hydrate', join(root, 'share', 'standoff.jsonl'), '--texts', join(root, 'in'), '--out', join(root, 'rebuilt')]);
  assert.equal(hydrated.status, 0, hydrated.stderr);
  assert.match(hydrated.stderr, /byline hydrate: 1 document rebuilt →/u);
});

test('analyze: "-" (stdin) named beside files is a usage error that says so', () => {
  const root = folder({ 'ferry.txt': ARTICLE });
  const result = byline(['analyze', '-', join(root, 'in', 'ferry.txt')]);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /"-" \(stdin\) cannot be combined with files or folders/u);
  assert.doesNotMatch(result.stderr, /cannot read -/u);
});

test('the analyze summary of an article with no known date says "published: unknown" once', () => {
  const root = folder({ 'ferry.txt': ARTICLE });
  const result = byline(['analyze', join(root, 'in', 'ferry.txt')]);
  assert.match(result.stdout, /published: unknown\n/u);
  const dated = byline(['analyze', join(root, 'in', 'ferry.txt'), '--published', '2026-03-02']);
  assert.match(dated.stdout, /published: 2026-03-02 \(given\)\n/u);
});

test('byline --version prints the version package.json states (exit 0)', () => {
  const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  const result = byline(['--version']);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, `byline ${version}\n`);
});

test('hydrate: when no document can be rebuilt nothing is written; a file that is no standoff is an input error (exit 2)', () => {
  const root = folder({ 'ferry.txt': ARTICLE });
  assert.equal(byline(['export', join(root, 'in'), '--format', 'jsonl,standoff', '--out', join(root, 'share')]).status, 0);
  mkdirSync(join(root, 'elsewhere'));
  const refused = byline(['hydrate', join(root, 'share', 'standoff.jsonl'), '--texts', join(root, 'elsewhere'), '--out', join(root, 'rebuilt')]);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /no document could be rebuilt \(1 refused, listed above\); nothing was written/u);
  assert.ok(!existsSync(join(root, 'rebuilt')));
  const native = byline(['hydrate', join(root, 'share', 'corpus.jsonl'), '--texts', join(root, 'in'), '--out', join(root, 'rebuilt')]);
  assert.equal(native.status, 2);
  assert.match(native.stderr, /corpus\.jsonl holds no byline-standoff records.*--format standoff/u);
  assert.ok(!existsSync(join(root, 'rebuilt')));
});

test('hydrate: a standoff file or export folder that is not there is an input error (exit 2) with a message, not ENOENT', () => {
  const root = folder({ 'ferry.txt': ARTICLE });
  for (const missing of [join(root, 'share', 'standoff.jsonl'), join(root, 'in')]) {
    const result = byline(['hydrate', missing, '--texts', join(root, 'in'), '--out', join(root, 'rebuilt')]);
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /no standoff export at .*standoff\.jsonl/u);
    assert.doesNotMatch(result.stderr, /ENOENT/u);
  }
});

test('analyze --out FILE.jsonl writes JSON lines even without --jsonl (not the summary into a .jsonl file)', () => {
  const root = folder({ 'ferry.txt': ARTICLE });
  const out = join(root, 'analysis.jsonl');
  const result = byline(['analyze', join(root, 'in'), '--out', out]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal((JSON.parse(readFileSync(out, 'utf8').trim()) as { id: string }).id, 'ferry');
  const summary = byline(['analyze', join(root, 'in'), '--out', join(root, 'summary.txt')]);
  assert.equal(summary.status, 0, summary.stderr);
  assert.match(readFileSync(join(root, 'summary.txt'), 'utf8'), /title: /u);
});
