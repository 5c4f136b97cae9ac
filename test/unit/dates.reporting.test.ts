import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../server/src/core/dates';
import { buildStructure } from '../../server/src/core/structure';
import type { PublishedDate } from '../../server/src/core/types';

// The period a business story reports on ("the quarter", "the latest period", "a year earlier"), on earnings
// reports invented for these tests.

const stated = (value: string): PublishedDate => ({ value, basis: 'stated', evidence: null });
const found = (text: string, published = '2026-11-04'): string[] =>
  findDates(buildStructure(text), stated(published), []).map((date) => `${date.text}=${date.type} ${date.value}`);

test('a quarter still to come is not the one reported on; a day or month named after the reported quarter leaves it in focus', () => {
  assert.deepEqual(
    found(
      'Harbour Mills said third-quarter profit rose. It expects a fourth-quarter charge for the strike last month. ' +
        'Sales of flour fell in the latest quarter from a year ago.',
    ),
    [
      'third-quarter=DATE 2026-Q3',
      'fourth-quarter=DATE 2026-Q4',
      'last month=DATE 2026-10',
      'the latest quarter=DATE 2026-Q3',
      'a year ago=DATE 2025-Q3',
    ],
  );
  assert.deepEqual(
    found('Quayside Inc. posted a loss for the fiscal first quarter. Revenue for the quarter ended Sept. 27 fell, and in the 2025 period it rose.'),
    [
      'first quarter=DATE 2026-Q1',
      'the quarter=DATE 2026-Q1',
      'Sept. 27=DATE 2026-09-27',
      'the 2025 period=DATE 2025-Q1',
    ],
  );
});

test('a fiscal quarter reported on first is the focus even when the calendar quarter has not ended', () => {
  assert.deepEqual(found('Ferrocarril Ltd. reported lower fourth-quarter earnings. Sales in the latest period fell.'), [
    'fourth-quarter=DATE 2026-Q4',
    'the latest period=DATE 2026-Q4',
  ]);
});

test('"the quarter ended July 31" is the calendar quarter holding most of its months', () => {
  assert.deepEqual(found('In the quarter ended July 31, Tern Ltd. had 5 million shares outstanding.'), [
    'the quarter=DATE 2026-Q2',
    'July 31=DATE 2026-07-31',
  ]);
  assert.deepEqual(found('In the quarter ended Jan. 31, 2026, sales rose.'), ['the quarter=DATE 2025-Q4', 'Jan. 31, 2026=DATE 2026-01-31']);
});

test('after "the nine months", the periods compared with them are years', () => {
  assert.deepEqual(
    found(
      'Kestrel Corp. said third-quarter net rose. For the nine months, it earned $4 million, up from $3 million a year earlier; ' +
        'year-earlier results included a gain, and in the 2025 period sales fell.',
    ),
    [
      'third-quarter=DATE 2026-Q3',
      'nine months=DURATION P9M',
      'a year earlier=DATE 2025',
      'year-earlier=DATE 2025',
      'the 2025 period=DATE 2025',
    ],
  );
});

test('a quarter described in passing ("after a flat second quarter") does not take the focus from the one reported on', () => {
  assert.deepEqual(
    found(
      'Tern Ltd. posted a 20% gain in third-quarter net. After a flat second quarter, sales rose. ' +
        'Charges taken in the year-earlier period hurt; in the 2026 period costs were lower than a year ago.',
    ),
    [
      'third-quarter=DATE 2026-Q3',
      'second quarter=DATE 2026-Q2',
      'the year-earlier period=DATE 2025-Q3',
      'the 2026 period=DATE 2026-Q3',
      'a year ago=DATE 2025-Q3',
    ],
  );
});

test('"the latest fiscal year" is the last one completed, the year before the article\'s', () => {
  assert.deepEqual(found('Its shops made 27% of sales in the latest fiscal year, and will make less in the current fiscal year.'), [
    'the latest fiscal year=DATE 2025',
    'the current fiscal year=DATE 2026',
  ]);
});

test('"this quarter\'s loss" is the quarter reported on, "this quarter" alone the current one', () => {
  assert.deepEqual(found("Acme lost $2 million. This quarter's loss includes a $1 million charge."), ['This quarter=DATE 2026-Q3']);
  assert.deepEqual(found('Acme expects sales to rise this quarter.'), ['this quarter=DATE 2026-Q4']);
});

test('a numbered quarter in apposition to a described one names it: the label, the described one\'s year, the end day in that year', () => {
  // Published 2026-10-28: "the year-ago quarter" alone is 2025-Q3 (the third quarter reported on, a year back).
  assert.deepEqual(
    found(
      'Harbour Mills expects third-quarter profit to rise. In the comparable year-ago quarter, the second quarter ended Oct. 31, ' +
        'the mill lost money. Results for that quarter included a write-down.',
      '2026-10-28',
    ),
    [
      'third-quarter=DATE 2026-Q3',
      'the comparable year-ago quarter=DATE 2025-Q2',
      'the second quarter=DATE 2025-Q2',
      'Oct. 31=DATE 2025-10-31',
      'that quarter=DATE 2025-Q2',
    ],
  );
  // A list is no apposition: its first member is numbered itself.
  assert.deepEqual(found('Sales rose in the first quarter, the second quarter and the third quarter of 2026.').slice(0, 2), [
    'the first quarter=DATE 2026-Q1',
    'the second quarter=DATE 2026-Q2',
  ]);
});

test('the day a named quarter ended is part of its name: "a year earlier" after it compares the quarter, not that day', () => {
  assert.deepEqual(
    found('Lanternfish Co. earned $3 million in the fiscal second quarter ended Oct. 3, up from $2 million a year earlier.'),
    ['second quarter=DATE 2026-Q2', 'Oct. 3=DATE 2026-10-03', 'a year earlier=DATE 2025-Q2'],
  );
  // A day that ends nothing named keeps its own year back.
  assert.deepEqual(found('Lanternfish Co. said third-quarter sales rose. On Oct. 3 it had 90 stores, up from 70 a year earlier.'), [
    'third-quarter=DATE 2026-Q3',
    'Oct. 3=DATE 2026-10-03',
    'a year earlier=DATE 2025',
  ]);
});
