import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgreementReport } from '../../server/src/agreement/compare';
import { writeAgreementExample, type AgreementExample } from '../helpers/agreementExample';

import { byline as runByline } from '../helpers/cli';

const byline = (...args: string[]) => runByline(args);

let example: Promise<AgreementExample> | undefined;
const folders = (): Promise<AgreementExample> => (example ??= writeAgreementExample(mkdtempSync(join(tmpdir(), 'byline-agree-'))));

test('agree: two colleagues\' stores, figures worked out by hand from test/helpers/agreementExample.ts', async () => {
  const { alice, bob } = await folders();
  const run = byline('agree', alice, bob, '--format', 'json');
  // The fishing article differs in Bob's copy: reported, not compared, so the exit code says "some texts failed".
  assert.equal(run.status, 1, run.stderr);
  const report = JSON.parse(run.stdout) as AgreementReport;
  assert.deepEqual(report.changed.map((changed) => changed.source), ['articles/fishing-quota-crlf.txt']);
  assert.equal(report.texts.length, 2);
  const claims = report.overall.find((layer) => layer.layer === 'claims')!;
  // Claims: Alice 4 + 3 = 7, Bob 5 + 2 = 7. Same spans: "Nobody wants…", "58 years old", "1,200 people…", "closed to
  // visitors…", "expected to open…" → 5 exact, F1 = 10/14; "charge drivers $3…" lies inside Alice's longer span → 6
  // overlapping, F1 = 12/14; Alice's "optimistic" claim and Bob's "Repairs…" prediction are one-sided.
  assert.deepEqual([claims.spans.a, claims.spans.b, claims.spans.exact.matched, claims.spans.overlap.matched, claims.spans.onlyA, claims.spans.onlyB], [7, 7, 5, 6, 1, 1]);
  // Labels of the 6 pairs: (cwc,opinion) (claim,claim) (cwc,cwc) (cwc,cwc) (claim,claim) (prediction,prediction):
  // pₒ = 5/6; A: cwc 3, claim 2, prediction 1; B: cwc 2, opinion 1, claim 2, prediction 1 → pₑ = (3·2 + 2·2 + 1·1)/36 = 11/36
  // → κ = (30/36 − 11/36)/(25/36) = 19/25.
  assert.ok(Math.abs(claims.labelKappa.value! - 19 / 25) < 1e-9);
  // Verdicts: one pair, "true" vs "mostly true": pₒ = 0, pₑ = 1·0 → κ = 0. Claimants: Marsh = Marsh, Achebe = Achebe,
  // Residents' Association ≠ Castellano → 2/3.
  assert.equal(claims.valueKappa.value, 0);
  assert.deepEqual(claims.attribution, { compared: 3, agreed: 2, rate: 2 / 3 });
  const quotes = report.overall.find((layer) => layer.layer === 'quotes')!;
  assert.deepEqual([quotes.spans.exact.f1, quotes.attribution.rate], [1, 1]);
});

test('agree: two annotators of one store, as a table, and to a file', async () => {
  const { team } = await folders();
  const table = byline('agree', team, '--annotators', 'alice,bob');
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /^Agreement: A = alice \(reference\), B = bob/mu);
  assert.match(table.stdout, /^claims\s+8\s+7\s/mu, 'Alice also tagged the fishing article, which Bob left alone');
  const out = join(mkdtempSync(join(tmpdir(), 'byline-agree-out-')), 'report.md');
  const written = byline('agree', join(team, '.byline'), '--annotators', 'alice,bob', '--format', 'markdown', '--out', out);
  assert.equal(written.status, 0, written.stderr);
  assert.equal(written.stdout, '');
  assert.match(readFileSync(out, 'utf8'), /^\| claims \| 8 \| 7 \|/mu);
});

test('agree: two native exports compare the whole corpora', async () => {
  const { alice, bob } = await folders();
  const exported = mkdtempSync(join(tmpdir(), 'byline-agree-export-'));
  for (const [name, folder] of [['a', alice], ['b', bob]] as const) {
    const run = byline('export', join(folder, 'articles'), '--format', 'jsonl', '--out', join(exported, name));
    assert.equal(run.status, 0, run.stderr);
  }
  const run = byline('agree', join(exported, 'a'), join(exported, 'b', 'corpus.jsonl'), '--format', 'json');
  assert.equal(run.status, 1, run.stderr);
  const report = JSON.parse(run.stdout) as AgreementReport;
  assert.deepEqual([report.texts.length, report.changed.length], [2, 1]);
  // The automatic quotes are the same on both sides (same texts, same Byline): every one matches exactly.
  const quotes = report.overall.find((layer) => layer.layer === 'quotes')!;
  assert.ok(quotes.spans.a > 3);
  assert.equal(quotes.spans.exact.f1, 1);
});

test('agree: usage and input errors exit 2 with a message; --help exits 0', async () => {
  const { alice, team } = await folders();
  assert.equal(byline('agree', '--help').status, 0);
  const cases: [string[], RegExp][] = [
    [[alice], /name two stores or two exports/],
    [[alice, join(alice, 'missing')], /neither a folder with \.byline/],
    [[alice, alice, '--format', 'xml'], /--format is one of table, markdown, json/],
    [[team, '--annotators', 'alice'], /two names separated by a comma/],
    [[team, '--annotators', 'alice,carol'], /no annotation by "carol".*annotators: alice, bob/],
    [[alice, join(alice, 'articles', 'lighthouse-museum.txt')], /not one of each/],
    [[alice, alice, '--out', join(alice, 'articles', 'lighthouse-museum.txt')], /is one of the input files/],
    [[alice, alice, '--out', join(alice, 'no-such-folder', 'report.md')], /no-such-folder.* does not exist/],
  ];
  for (const [args, message] of cases) {
    const run = byline('agree', ...args);
    assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, message);
  }
  assert.equal(readFileSync(join(alice, 'articles', 'lighthouse-museum.txt'), 'utf8').includes('lighthouse'), true, 'the article named as --out is intact');
});

test('agree: stores without their texts compare the recorded positions; uα says why it is missing', async () => {
  const { alice, bob } = await folders();
  const bare = mkdtempSync(join(tmpdir(), 'byline-agree-bare-'));
  for (const [name, folder] of [['alice', alice], ['bob', bob]] as const) {
    cpSync(join(folder, '.byline'), join(bare, name, '.byline'), { recursive: true });
  }
  const run = byline('agree', join(bare, 'alice'), join(bare, 'bob'), '--format', 'json');
  const report = JSON.parse(run.stdout) as AgreementReport;
  const claims = report.overall.find((layer) => layer.layer === 'claims')!;
  // The same pairs as with the texts (positions recorded against the same hashes), the changed text still apart.
  assert.deepEqual([claims.spans.exact.matched, claims.spans.overlap.matched, report.changed.length], [5, 6, 1]);
  assert.equal(claims.unitizedAlpha.value, null);
  assert.match(claims.unitizedAlpha.reason ?? '', /length is unknown/);
});

test('docs/agreement.md: the example\'s table is what `byline agree alice bob` prints on it, word for word', async () => {
  const { alice, bob } = await folders();
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'agreement.md'), 'utf8');
  const shown = /\n\$ byline agree alice bob[^\n]*\n([\s\S]*?)```/u.exec(doc)?.[1];
  assert.ok(shown, 'the example block');
  const run = runByline(['agree', 'alice', 'bob'], { cwd: join(alice, '..') });
  assert.equal(run.status, 1, run.stderr);
  assert.equal(bob, join(alice, '..', 'bob'));
  assert.equal(run.stdout, shown);
  assert.match(shown, /2 texts compared; 1 with a changed text \(not compared\);/u);
});
