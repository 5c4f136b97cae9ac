import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, InvalidPublishedDate, parseGivenDate } from '../../server/src/core';
import { byline } from '../helpers/cli';

const cli = (args: string[], input?: string) => byline(args, { input });

const WIRE = 'MILLBROOK, Vt. (Byline Wire) _\n\nThe ferry operator said Friday that crossings would resume next week.';

test('a given date: day, ISO date-time (its calendar day), month, year', () => {
  assert.deepEqual(parseGivenDate('2013-03-22'), { value: '2013-03-22', basis: 'given', evidence: null, reason: 'given as input' });
  assert.equal(parseGivenDate('2013-03-22T23:30:00-05:00').value, '2013-03-22');
  assert.equal(parseGivenDate('2013-03-22T09:30Z').value, '2013-03-22');
  assert.deepEqual([parseGivenDate('2013-03').value, parseGivenDate('2013-03').partial], [null, '2013-03']);
  assert.equal(parseGivenDate('2013').partial, '2013');
});

test('a malformed given date is an error that says how to write one, never a silent fallback', () => {
  for (const bad of ['2013-02-30', '2013-13-01', '22/03/2013', 'March 22, 2013', '', '2013-03-22T25:00', '20130322']) {
    assert.throws(() => parseGivenDate(bad), InvalidPublishedDate, bad);
    assert.throws(() => analyze(WIRE, { published: bad }), /YYYY-MM-DD/);
  }
});

test('the given date resolves relative dates and beats the date printed on the page', () => {
  const printed = 'Ferry crossings resume\nPublished: 2026-01-15\n\nThe operator said Friday that crossings resume.';
  const analysis = analyze(printed, { published: '2026-02-04' });
  assert.equal(analysis.metadata.published.value, '2026-02-04');
  assert.equal(analysis.metadata.published.basis, 'given');
  const friday = analysis.dates.find((date) => date.text === 'Friday');
  assert.equal(friday?.value, '2026-01-30');
  assert.equal(friday?.anchor, '2026-02-04');
  assert.equal(analyze(printed).metadata.published.basis, 'stated');
});

test('a given month anchors a weekday no better than the month, and says so', () => {
  const analysis = analyze(WIRE, { published: '1998-08' });
  assert.equal(analysis.metadata.published.partial, '1998-08');
  assert.equal(analysis.dates.find((date) => date.text === 'Friday')?.unresolved, true);
});

test('analyze -: each stdin line may give its "published"; a bad one fails that line only (an input error: exit 2)', () => {
  const lines = [
    JSON.stringify({ id: 'a', text: WIRE, published: '1998-08-07' }),
    JSON.stringify({ id: 'b', text: WIRE, published: '08/07/1998' }),
    JSON.stringify({ id: 'c', text: WIRE, published: 19980807 }),
    JSON.stringify({ id: 'd', text: WIRE }),
  ].join('\n');
  const result = cli(['analyze', '-', '--jsonl'], lines);
  assert.equal(result.status, 2);
  const output = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; error?: string });
  assert.deepEqual(output.filter((line) => line.error !== undefined).map((line) => line.id), ['b', 'c'], 'a bad line is an error record in its place');
  const records = output.filter((line) => line.error === undefined) as unknown as { id: string; published: { value: string; basis: string }; dates: { text: string; value: string }[] }[];
  assert.deepEqual(records.map((record) => record.id), ['a', 'd']);
  assert.deepEqual(records[0].published, { value: '1998-08-07', basis: 'given', evidence: null, reason: 'given with the document' });
  assert.equal(records[0].dates.find((date) => date.text === 'Friday')?.value, '1998-08-07');
  assert.notEqual(records[1].published.basis, 'given');
  assert.match(result.stderr, /stdin line 2: "08\/07\/1998" is not a publication date/);
  assert.match(result.stderr, /stdin line 3: "published" must be a date string/);
});

test('analyze --published resolves every named file; a stdin line\'s own field beats it', () => {
  const folder = mkdtempSync(join(tmpdir(), 'byline-given-'));
  writeFileSync(join(folder, 'wire.txt'), WIRE);
  const files = cli(['analyze', folder, '--jsonl', '--published', '1998-08-10']);
  assert.equal(files.status, 0, files.stderr);
  assert.equal((JSON.parse(files.stdout) as { dates: { value: string }[] }).dates[0].value, '1998-08-07');
  const stdin = cli(['analyze', '-', '--jsonl', '--published', '1998-08-10'], `${JSON.stringify({ id: 'x', text: WIRE, published: '1998-08-20' })}\n`);
  assert.equal((JSON.parse(stdin.stdout) as { dates: { value: string }[] }).dates[0].value, '1998-08-14');
});

test('a malformed --published is a usage error (exit 2) on analyze and export, before any work', () => {
  const analyzeResult = cli(['analyze', 'samples', '--published', '2013-02-30']);
  assert.equal(analyzeResult.status, 2);
  assert.match(analyzeResult.stderr, /--published: "2013-02-30" is not a publication date/);
  const exportResult = cli(['export', 'samples', '--published', 'yesterday', '--out', join(tmpdir(), 'never-written')]);
  assert.equal(exportResult.status, 2);
  assert.match(exportResult.stderr, /--published: "yesterday" is not a publication date/);
});
