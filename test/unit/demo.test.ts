import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const built = existsSync(join(ROOT, 'dist', 'cli.js'));
const skip = built ? false : 'dist/ is not built: run npm run build (npm test does)';

let demo: string | undefined;
/** The output of `npm start` (run once for the tests of this file). */
function demoOutput(): string {
  if (demo === undefined) {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'demo.mjs')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    demo = run.stdout + run.stderr;
  }
  return demo;
}

test('npm start: a clean summary — outlets named by a dateline, counts in words, no progress lines', { skip }, () => {
  const output = demoOutput();
  const first = output.split('\n').findIndex((line) => line.endsWith('fishing-quota-crlf.txt'));
  assert.ok(first >= 0, output);
  assert.match(output.split('\n')[first + 2], /^ {2}outlet: Harbour Ledger /u, 'the sample whose dateline reads "PORT WREN, Feb 2 (Harbour Ledger) -"');
  assert.doesNotMatch(output, /(?<![\d.])1 (quotes|speakers|dates|boilerplate spans|findings|claims|documents)\b/u);
  assert.doesNotMatch(output, /^exported \d+(\/\d+)? documents/mu, 'no progress lines');
  assert.match(output, /^Exported 3 documents → /mu);
});

test('npm start: the export\'s speaker count agrees with the list of quoted speakers; those only mentioned are counted apart', { skip }, () => {
  const lines = demoOutput().split('\n');
  const header = lines.indexOf('Quotes per speaker across the samples:');
  assert.ok(header >= 0, lines.join('\n'));
  const listed = lines.slice(header + 1).findIndex((line) => !/^ +\d+ {2}\S/u.test(line));
  const counts = /, (\d+) speakers(?: \((\d+) mentioned, not quoted\))?, /u.exec(lines.find((line) => line.startsWith('Exported ')) ?? '');
  assert.ok(counts, lines.join('\n'));
  assert.equal(Number(counts[1]) - Number(counts[2] ?? 0), listed, 'speakers less those only mentioned = the names quoted');
});
