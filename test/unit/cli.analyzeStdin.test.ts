import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { byline, CLI_SOURCE, TSX } from '../helpers/cli';

function analyzeStdin(input: string): { status: number | null; records: Record<string, unknown>[]; stderr: string } {
  const run = byline(['analyze', '-', '--jsonl'], { input });
  const records = run.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: run.status, records, stderr: run.stderr };
}

const article = (id: string): string =>
  JSON.stringify({ id, text: `Ferry fares rise\n\n“We had no choice,” said operator Mina Holt on Monday.\n` });

test('analyze - --jsonl: a line it cannot analyse becomes an error record in its place, the others are analysed', () => {
  const input = [article('first'), '{"id": "cut", "text": "Ferry', '', '{"id": "no-text"}', '[1, 2]', article('last')].join('\n') + '\n';
  const { status, records, stderr } = analyzeStdin(input);
  assert.deepEqual(
    records.map((record) => ('error' in record ? { id: record.id, line: record.line } : { id: record.id, quotes: (record.quotes as unknown[]).length })),
    [
      { id: 'first', quotes: 1 },
      { id: null, line: 2 },
      { id: 'no-text', line: 4 },
      { id: null, line: 5 },
      { id: 'last', quotes: 1 },
    ],
  );
  const errors = records.filter((record) => 'error' in record);
  assert.match(String(errors[0].error), /^not JSON/);
  assert.match(String(errors[1].error), /"text"/);
  assert.match(stderr, /stdin line 2: not JSON/);
  assert.match(stderr, /stdin line 4: not a document/);
  assert.notEqual(status, 0, 'a bad line is reported in the exit code');
});

test('analyze - --jsonl: well-formed input gives one analysis record per line and exit 0', () => {
  const { status, records } = analyzeStdin(`${article('a')}\n\n${article('b')}\n`);
  assert.equal(status, 0);
  assert.deepEqual(
    records.map((record) => [record.id, 'error' in record]),
    [
      ['a', false],
      ['b', false],
    ],
  );
});

test('analyze - --jsonl: a byte order mark before the first line (PowerShell, Notepad) is not part of the JSON', () => {
  const { status, records, stderr } = analyzeStdin(`\uFEFF${article('first')}\r\n${article('second')}\r\n`);
  assert.equal(status, 0, stderr);
  assert.deepEqual(
    records.map((record) => record.id),
    ['first', 'second'],
  );
});

test('analyze -: binary input is reported line by line without echoing its control characters to the terminal', () => {
  const { records, stderr } = analyzeStdin('\u001b[31mred\u0007 \u0000\u0014{\n');
  assert.equal(records.length, 1);
  assert.match(String(records[0].error), /^not JSON/);
  assert.doesNotMatch(stderr, /\p{Cc}(?<!\n)/u, 'no control character but the line ends');
  assert.match(stderr, /\\u001b\[31mred\\u0007/u);
});

test('analyze: a reader that closes the pipe early (| head -1) ends the command quietly', () => {
  const documents = Array.from({ length: 400 }, (_, i) => article(`story-${i}`)).join('\n') + '\n';
  const run = spawnSync('bash', ['-c', `"${process.execPath}" --import "${TSX}" "${CLI_SOURCE}" analyze - --jsonl | head -c 100 > /dev/null; echo "status \${PIPESTATUS[0]}" >&2`], {
    input: documents,
    encoding: 'utf8',
  });
  assert.doesNotMatch(run.stderr, /EPIPE|Error|at /u);
  assert.match(run.stderr, /status 0\n$/u);
});
