import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../server/src/core/dates';
import { buildStructure } from '../../server/src/core/structure';
import type { PublishedDate } from '../../server/src/core/types';

// Periods named without a number or a preposition (seasons, runs of days, the year in focus), on sentences invented
// for these tests.

const stated = (value: string): PublishedDate => ({ value, basis: 'stated', evidence: null });
const found = (text: string, published = '2026-03-04'): string[] =>
  findDates(buildStructure(text), stated(published), []).map((date) => `${date.text}=${date.type} ${date.value}`);

test('a bare season is a time when it is owned or the subject of a verb; "fall" and other uses are not', () => {
  assert.deepEqual(found('The guild held its Autumn fairs. "Prices are high, but spring looks better," she said.', '2026-10-12'), [
    'Autumn=DATE 2026-FA',
    'spring=DATE 2026-SP',
  ]);
  assert.deepEqual(found('Prices may fall. Its fall was swift; a spring broke and winter coats sold out.'), []);
});
