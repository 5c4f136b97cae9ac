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

test('a run or a record counted in days, weeks or months is the current one: the day in focus, its week, its month', () => {
  assert.deepEqual(found('Shares rose for a third straight day on Friday, June 5, 2026, their fourth week in a row of gains and the best month since 2020.'), [
    'a third straight day=DATE 2026-03-04',
    'Friday, June 5, 2026=DATE 2026-06-05',
    'their fourth week=DATE 2026-W23',
    'month=DATE 2026-06',
    '2020=DATE 2020',
  ]);
  assert.deepEqual(found('Trading halted for a second consecutive day, the worst week since 2008.', '2026-10-09'), [
    'a second consecutive day=DATE 2026-10-09',
    'week=DATE 2026-W41',
    '2008=DATE 2008',
  ]);
  assert.deepEqual(found('He sat second in a row of seats on his best day since joining, a third week of talks; the fifth straight month that prices rose.'), []);
});

test('"the entire year" is the year of the quarter just reported on; "the year before" at a clause end the year before the one named', () => {
  assert.deepEqual(found('The mill lost money in the fourth quarter of 2025 and over the entire year, against a profit the year before.', '2026-01-20'), [
    'the fourth quarter of 2025=DATE 2025-Q4',
    'the entire year=DATE 2025',
    'the year before=DATE 2024',
  ]);
  assert.deepEqual(found('It expects a profit for the whole year.', '2026-01-20'), ['the whole year=DATE 2026']);
  assert.deepEqual(found('He left the year before the war and the month previously.'), []);
});

test('vague decades are counted in years, as counted decades are: "decades-long" PXY, "two decades" P20Y', () => {
  assert.deepEqual(found('A decades-long feud ended after two decades.'), ['decades-long=DURATION PXY', 'two decades=DURATION P20Y']);
});

test('"in morning trading" is the morning of the day in focus', () => {
  assert.deepEqual(found('On Tuesday the index rose in morning trading and fell in late afternoon dealings.', '2026-03-04'), [
    'Tuesday=DATE 2026-03-03',
    'morning=TIME 2026-03-03TMO',
    'late afternoon=TIME 2026-03-03TAF',
  ]);
  assert.deepEqual(found('Trading in morning glory seeds was brisk.'), []);
});

test('"between 60 and 90 days": each bound is a duration, as the years of "from 2009 to 2011" are dates', () => {
  assert.deepEqual(found('Repairs will take between 60 and 90 days, and the refit from two to three weeks.'), [
    '60=DURATION P60D',
    '90 days=DURATION P90D',
    'two=DURATION P2W',
    'three weeks=DURATION P3W',
  ]);
  assert.deepEqual(found('Between them and 90 days of talks.'), ['90 days=DURATION P90D']);
});

test('"by that time" is the date named last', () => {
  assert.deepEqual(found('The sale will close by June 10. If no price is agreed by that time, talks will end.'), [
    'June 10=DATE 2026-06-10',
    'that time=DATE 2026-06-10',
  ]);
});

test('a number in the name of a market index is not a year: "the Russell 2000", "the Tokyo 1900 Index"', () => {
  assert.deepEqual(found('In 2008 the Russell 2000 and the Tokyo 1900 Index fell, as in 1987.'), ['2008=DATE 2008', '1987=DATE 1987']);
});

test('"soon" in a compound ("the soon-to-open hall") is no reference, as "now" in "the now-closed hall" is none', () => {
  assert.deepEqual(found('The soon-to-open hall and the now-closed pier will reopen soon.'), ['soon=DATE FUTURE_REF']);
});

test('counted seasons recur once a year (SET), "two summers ago" is one summer; "falls" is a verb', () => {
  assert.deepEqual(found('Marches have ended in riots for the past three summers, and the pier flooded two winters ago.'), [
    'the past three summers=SET XXXX-SU',
    'two winters ago=DATE 2024-WI',
  ]);
  assert.deepEqual(found('The index falls when two falls in a row hit it.'), []);
});

test('"the second and fourth quarters" are two quarters, the first ordinal standing for its own; habitual, every year\'s', () => {
  assert.deepEqual(found('Most of the auction business is usually done in the second and fourth quarters.'), [
    'second=SET XXXX-Q2',
    'fourth quarters=SET XXXX-Q4',
  ]);
  assert.deepEqual(found('Ferry revenue will rise in the second and third quarters.'), ['second=DATE 2026-Q2', 'third quarters=DATE 2026-Q3']);
  assert.deepEqual(found('The Gulls scored in the first and third quarters of the game.'), []);
});

test('a period placed by an event: in apposition to a date it is that date; a week after one is a week of the year', () => {
  assert.deepEqual(found('Shares slid after Feb. 20, the day before the storm hit; in January, the month after the vote, they rose.'), [
    'Feb. 20=DATE 2026-02-20',
    'the day=DATE 2026-02-20',
    'January=DATE 2026-01',
    'the month=DATE 2026-01',
  ]);
  assert.deepEqual(found('Sales doubled in the week following the fare cut.'), ['the week=DATE 2026-WXX']);
  assert.deepEqual(found('The mayor spoke the day after the flood, and the crew left late in the day after finishing.'), ['late in the day=DATE 2026-03-04']);
});
