import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolvePublished } from '../../server/src/core/published';
import { buildStructure } from '../../server/src/core/structure';
import type { PublishedDate } from '../../server/src/core/types';
import { needsShared, seedText } from '../helpers/shared';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'dates');
const publishedOf = (text: string): PublishedDate => resolvePublished(buildStructure(text), []);
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

test('a dateline under the headline is stated', () => {
  const published = publishedOf(fixture('harbour-dateline.txt'));
  assert.equal(published.value, '2026-03-04');
  assert.equal(published.basis, 'stated');
  assert.equal(published.evidence?.text, 'March 04, 2026');
});

test('a "Published:" metadata line is stated, with the label in the evidence', () => {
  const published = publishedOf(fixture('meta-line.txt'));
  assert.equal(published.value, '2026-01-15');
  assert.equal(published.basis, 'stated');
  assert.equal(published.evidence?.text, 'Published: 2026-01-15');
});

test('a publication date beats an update date', () => {
  const published = publishedOf('Updated: 2026-02-03\nPosted: 2026-02-01\nHeadline here\nBody text follows here.');
  assert.equal(published.value, '2026-02-01');
});

test('"First published on" wins over "Last modified on" and weekday-led datelines', () => {
  const text = 'Ferry strike ends\nLast modified on Tue 3 Mar 2026 11.02 GMT\nFirst published on Mon 2 Mar 2026 09.00 GMT\nBody text.';
  const published = publishedOf(text);
  assert.equal(published.value, '2026-03-02');
  assert.equal(published.basis, 'stated');
  assert.equal(published.evidence?.text, 'First published on Mon 2 Mar 2026 09.00 GMT');
});

test('a hex Unix timestamp in an image id is inferred when the URL path month agrees', () => {
  const published = publishedOf(fixture('url-id.txt'));
  assert.equal(published.value, '2026-01-09');
  assert.equal(published.basis, 'inferred');
  assert.equal(published.evidence?.text, '6960e5a01234567890abcdef');
  assert.match(published.reason ?? '', /timestamp/);
});

test('a caption ending in a date is inferred, corroborated by the weekday', () => {
  const text = 'Mayor opens the new library\nThe mayor cuts the ribbon at the library in Eastport, Maine March 3, 2026.\nThe mayor said on Tuesday that the library would open daily.';
  const published = publishedOf(text);
  assert.equal(published.value, '2026-03-03');
  assert.equal(published.basis, 'inferred');
  assert.match(published.reason ?? '', /caption/);
  assert.match(published.reason ?? '', /weekday/);
});

test('a URL path with year and month only gives a partial date', () => {
  const published = publishedOf('Storm hits coast\n![Waves](https://cdn.example.test/uploads/2026/02/waves.jpg)\nThe storm hit the coast overnight.');
  assert.equal(published.value, null);
  assert.equal(published.partial, '2026-02');
});

test('copyright year and "later in <month>" give a partial month', () => {
  const text = 'Minister to visit\nThe minister will travel to the capital later in October.\n© 2010-2026 Example Gazette';
  const published = publishedOf(text);
  assert.equal(published.value, null);
  assert.equal(published.partial, '2026-10');
  assert.equal(published.basis, 'inferred');
});

test('the latest absolute date on a weekday the text reports is inferred', () => {
  const text = 'Talks resume\nEnvoys met on Wednesday in Geneva. The first round was held on February 4, 2026, and the second on February 11, 2026.';
  const published = publishedOf(text);
  assert.equal(published.value, '2026-02-11');
  assert.equal(published.basis, 'inferred');
});

test('an older date on the reported weekday does not count when a later date exists', () => {
  // 2001-09-11 was a Tuesday; 2026-02-12 a Thursday.
  const text = 'Anniversary talks\nThe committee met on Tuesday to recall September 11, 2001, and plans a report by February 12, 2026.';
  assert.equal(publishedOf(text).basis, 'unknown');
});

test('a weekday told in the future does not date the report', () => {
  // 2026-02-10 was a Tuesday.
  const text = 'Markets slide\nShares fell, as after the crash of February 10, 2026. Trading is expected to resume on Tuesday.';
  assert.equal(publishedOf(text).basis, 'unknown');
  assert.equal(publishedOf(text.replace('is expected to resume', 'resumed')).value, '2026-02-10');
});

test('a metadata line the boilerplate detector marks deep in the page is read too', () => {
  const lines = ['Headline of the day', ...Array.from({ length: 40 }, (_, index) => `Body paragraph number ${index + 1} goes here.`)];
  lines.splice(18, 0, 'Last updated: 2026-04-02');
  const text = lines.join('\n');
  const structure = buildStructure(text);
  const start = text.indexOf('Last updated');
  const published = resolvePublished(structure, [{ start, end: start + 24, kind: 'metadata' }]);
  assert.equal(published.value, '2026-04-02');
  assert.equal(published.basis, 'stated');
  assert.equal(resolvePublished(structure, []).basis, 'unknown');
});

test('no clue at all: unknown', () => {
  const published = publishedOf(fixture('no-date.txt'));
  assert.deepEqual(published, { value: null, basis: 'unknown', evidence: null });
});

const EXPECTED: [string, string | null, string | undefined, PublishedDate['basis']][] = [
  ['000', '2025-12-02', undefined, 'inferred'],
  ['001', '2025-12-02', undefined, 'stated'],
  ['002', null, '2025-11', 'inferred'],
  // The gold's day for 003 rests on world knowledge, which the analyser does not use.
  ['003', null, undefined, 'unknown'],
  ['004', '2025-02-13', undefined, 'inferred'],
];

for (const [seed, value, partial, basis] of EXPECTED) {
  test(`seed ${seed}: published ${value ?? partial ?? 'unknown'} (${basis})`, needsShared(), () => {
    const text = seedText(seed);
    const published = publishedOf(text);
    assert.equal(published.value, value);
    assert.equal(published.partial, partial);
    assert.equal(published.basis, basis);
    if (published.evidence) {
      assert.equal(text.slice(published.evidence.start, published.evidence.end), published.evidence.text);
    }
  });
}

test('a relative phrase after a label, as a dateline or closing a caption is no printed date (was read as 2000-01-01)', () => {
  const lines = ['Published 22 hours ago', 'Updated 14 hours ago', 'Posted 4 mins ago', 'TODAY', 'released last week'];
  for (const line of lines) {
    const published = publishedOf(`Ferry fares rise across the strait\n${line}\n\nThe operator said fares would rise.\n`);
    assert.equal(published.basis, 'unknown', line);
  }
  const caption = publishedOf('Ferry fares rise\n\nThe harbour master inspects the new ferry at Port Wren Today\n\nThe operator said fares would rise.\n');
  assert.equal(caption.basis, 'unknown');
  assert.equal(publishedOf('Ferry fares rise\nPublished: December 2, 2025 10:30 am\n\nThe operator said fares would rise.\n').value, '2025-12-02');
});
