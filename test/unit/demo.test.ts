import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const built = existsSync(join(ROOT, 'dist', 'cli.js'));

test('npm start: a clean summary — outlets named by a dateline, counts in words, no progress lines', { skip: built ? false : 'dist/ is not built: run npm run build (npm test does)' }, () => {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'demo.mjs')], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const output = run.stdout + run.stderr;
  const first = output.split('\n').findIndex((line) => line.endsWith('fishing-quota-crlf.txt'));
  assert.ok(first >= 0, output);
  assert.match(output.split('\n')[first + 2], /^ {2}outlet: Harbour Ledger /u, 'the sample whose dateline reads "PORT WREN, Feb 2 (Harbour Ledger) -"');
  assert.doesNotMatch(output, /(?<![\d.])1 (quotes|speakers|dates|boilerplate spans|findings|claims|documents)\b/u);
  assert.doesNotMatch(output, /^exported \d+(\/\d+)? documents/mu, 'no progress lines');
  assert.match(output, /^Exported 3 documents → /mu);
});
