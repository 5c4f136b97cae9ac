import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../server/src/core/dates';
import { buildStructure } from '../../server/src/core/structure';
import type { PublishedDate } from '../../server/src/core/types';

// The values of dates found with the right span: what a relative date leans on, durations against points, vague
// references; on sentences invented for these tests.

const stated = (value: string): PublishedDate => ({ value, basis: 'stated', evidence: null });
const found = (text: string, published = '2026-11-04'): string[] =>
  findDates(buildStructure(text), stated(published), []).map((date) => `${date.text}=${date.type} ${date.value}`);

test('"that same day" after a month named last is a day of that month; after a year alone the day in focus stays', () => {
  assert.deepEqual(found('On Monday the board met. The ferry sank last March, and the port closed that same day.'), [
    'Monday=DATE 2026-11-02',
    'last March=DATE 2026-03',
    'that same day=DATE 2026-03-XX',
  ]);
  assert.deepEqual(found('On Monday the mill, founded in 1987, shut; that day the union met.'), [
    'Monday=DATE 2026-11-02',
    '1987=DATE 1987',
    'that day=DATE 2026-11-02',
  ]);
});

test('"a few days later" is a duration of unstated length, as "three days later" is P3D; "several years ago" stays PAST_REF', () => {
  assert.deepEqual(found('The pier reopened in May. A few days later, and several weeks earlier than planned, the ferries ran; it had shut several years ago.'), [
    'May=DATE 2026-05',
    'A few days later=DURATION PXD',
    'several weeks earlier=DURATION PXW',
    'several years ago=DATE PAST_REF',
  ]);
});

test('"the then current price" is current at a past time', () => {
  assert.deepEqual(found('Holders could buy shares at half the then current price, or at the then-current rate; the current fare holds.'), [
    'then current=DATE PAST_REF',
    'then-current=DATE PAST_REF',
    'current=DATE PRESENT_REF',
  ]);
});

test('"the corresponding period last year" and "the quarter a year ago" are the quarter reported on, one year back', () => {
  assert.deepEqual(found('Tern Ltd. lost money in the third quarter ended Sept. 30, against a profit in the corresponding period last year.'), [
    'the third quarter=DATE 2026-Q3',
    'Sept. 30=DATE 2026-09-30',
    'the corresponding period last year=DATE 2025-Q3',
  ]);
  assert.deepEqual(found('Tern Ltd. lost money in the third quarter. For the quarter a year ago, it earned $2 million.'), [
    'the third quarter=DATE 2026-Q3',
    'the quarter a year ago=DATE 2025-Q3',
  ]);
  assert.deepEqual(found('He spent the day a year ago at sea.'), ['a year ago=DATE 2025']);
});

test('"the year-earlier nine months" is the span it counts', () => {
  assert.deepEqual(found('Net for the year-earlier nine months included a gain.'), ['nine months=DURATION P9M']);
});

test('"the week of March 6" is its ISO week; "the day before last Tuesday\'s hearing" the day before it', () => {
  assert.deepEqual(found('The case may be heard the week of March 6. The day before last Tuesday\'s hearing, and the day after Christmas, he flew.', '2026-02-26'), [
    'the week of March 6=DATE 2026-W10',
    'The day before last Tuesday=DATE 2026-02-23',
    'the day after Christmas=DATE 2025-12-26',
  ]);
  assert.deepEqual(found('Every day after March 3 the ferry ran.', '2026-02-26'), ['Every day=SET P1D', 'March 3=DATE 2026-03-03']);
});

test('"that quarter" is the quarter named last; "overnight" the night before the day told of', () => {
  assert.deepEqual(found('In the second quarter ended Oct. 31, Tern lost money. Results for that quarter included a charge.'), [
    'the second quarter=DATE 2026-Q2',
    'Oct. 31=DATE 2026-10-31',
    'that quarter=DATE 2026-Q2',
  ]);
  assert.deepEqual(found('London shares closed lower Friday, hurt by overnight losses in New York.', '2026-11-09'), [
    'Friday=DATE 2026-11-06',
    'overnight=TIME 2026-11-05TNI',
  ]);
});

test('a weekday coordinated with weekday nights recurs as they do', () => {
  assert.deepEqual(found('Two ferries will leave on Monday and Tuesday nights from March 30.', '2026-02-26'), [
    'Monday=SET XXXX-WXX-1TNI',
    'Tuesday nights=SET XXXX-WXX-2TNI',
    'March 30=DATE 2026-03-30',
  ]);
});

test('a clock time restated in parentheses with its day takes that day; half an hour is counted in minutes', () => {
  assert.deepEqual(found('"The ferry will leave at 4 in the morning (4 a.m. EST Thursday)," the mayor said.', '2026-11-04'), [
    '4 in the morning=TIME 2026-11-05T04:00',
    '4 a.m. EST Thursday=TIME 2026-11-05T04:00',
  ]);
  assert.deepEqual(found('She spent 5 1/2 hours in Kisumu and two hours in Eldoret.'), ['5 1/2 hours=DURATION PT5H30M', 'two hours=DURATION PT2H']);
});
