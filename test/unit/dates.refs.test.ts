import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findReferences } from '../../server/src/core/dates/refs';

// Invented sentences. findReferences reads every vague phrase in one pass over the text: each family keeps a fixture
// here, and a phrase inside or beside another is still found (candidates in text order).
const found = (text: string): string[] =>
  findReferences(text)
    .sort((a, b) => a.start - b.start)
    .map((candidate) => `${text.slice(candidate.start, candidate.end)}=${candidate.type} ${candidate.value ?? 'previous'}`);

test('each family of vague phrases, read in the one pass', () => {
  assert.deepEqual(found('Until now the pier was shut; it reopens soon, as in the old days.'), [
    'Until now=DATE PRESENT_REF',
    'soon=DATE FUTURE_REF',
    'in the old days=DATE PAST_REF',
  ]);
  assert.deepEqual(found('It was closed for some time, then for a while, then for a fairly long period of time.'), [
    'some time=DURATION PXX',
    'a while=DURATION PXX',
    'a fairly long period of time=DURATION PXX',
  ]);
  assert.deepEqual(found('At this crucial moment, at this moment.'), ['this crucial moment=DATE PRESENT_REF', 'this moment=DATE PRESENT_REF']);
  assert.deepEqual(found('Ferries might one day return, on a later date or until a later date.'), [
    'one day=DATE FUTURE_REF',
    'a later date=DATE FUTURE_REF',
    'a later date=DATE FUTURE_REF',
  ]);
  assert.deepEqual(found('The pier closed on June 3 and stayed shut by that time.'), ['that time=DATE previous']);
});

test('a vague phrase holding or following a reference: both are found', () => {
  assert.deepEqual(found('Do not sell at this current moment.'), ['this current moment=DATE PRESENT_REF', 'current=DATE PRESENT_REF']);
  assert.deepEqual(found('Tolls apply from now on a later date.'), ['from now on=DATE PRESENT_REF', 'a later date=DATE FUTURE_REF']);
});

test('no vague phrase without its leading words', () => {
  assert.deepEqual(found('One day later the moment passed; a later date was set; for some, time ran out.'), []);
});

test('"soon" of sequencing is no FUTURE_REF: before "after", after a past auxiliary, before a past verb', () => {
  assert.deepEqual(found('The pier closed soon after the storm. The ferry was soon repaired; the queue soon grew. Soon afterwards it sank.'), []);
  assert.deepEqual(found('The pier will soon reopen, and the council may soon vote; it soon will be painted.'), [
    'soon=DATE FUTURE_REF',
    'soon=DATE FUTURE_REF',
    'soon=DATE FUTURE_REF',
  ]);
});
