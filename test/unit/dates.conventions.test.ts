import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../server/src/core/dates';
import { buildStructure } from '../../server/src/core/structure';
import type { DateExpression, PublishedDate } from '../../server/src/core/types';

// TimeML / TempEval-3 conventions, on sentences invented for these tests.

const stated = (value: string): PublishedDate => ({ value, basis: 'stated', evidence: null });
const datesOf = (text: string, published = '2026-03-04'): DateExpression[] => findDates(buildStructure(text), stated(published), []);
const found = (text: string, published?: string): string[] => datesOf(text, published).map((date) => `${date.text}=${date.type} ${date.value}`);

test('"the past few weeks", "the next several days": spans of unstated length (PXW, PXD)', () => {
  assert.deepEqual(found('Ferries ran late for the past few weeks and will run late over the next several days.'), [
    'the past few weeks=DURATION PXW',
    'the next several days=DURATION PXD',
  ]);
});

test('an age is not a duration: "52 years old", "a 6-year-old"', () => {
  assert.deepEqual(found('The skipper, 52 years old, sailed with a 6-year-old deckhand for 3 years.'), ['3 years=DURATION P3Y']);
});

test('"last Oct. 12" is the date October 12, not last October', () => {
  assert.deepEqual(found('The mill closed last Oct. 12 after a flood.'), ['Oct. 12=DATE 2025-10-12']);
});
