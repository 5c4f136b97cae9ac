import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateWords } from '../../server/src/core/dates/lexicon';
import { roundTheClockIdioms } from '../../server/src/core/dates/roundTheClock';

// Invented sentences: the idioms are read from the unit words of the shared scan, every wording keeps a fixture.
const idioms = (text: string): string[] => roundTheClockIdioms(text, dateWords(text).units).map((idiom) => text.slice(idiom.start, idiom.end));

test('every count and cycle of "all the time"', () => {
  assert.deepEqual(idioms('Crews work 24 hours a day, twenty-four hours a day, 7 days a week and Seven Days A Week.'), [
    '24 hours a day',
    'twenty-four hours a day',
    '7 days a week',
    'Seven Days A Week',
  ]);
  assert.deepEqual(idioms('The plant runs 365 days a year, 52 weeks a year, fifty-two weeks a year, 12 months a year, twelve months a year.'), [
    '365 days a year',
    '52 weeks a year',
    'fifty-two weeks a year',
    '12 months a year',
    'twelve months a year',
  ]);
  assert.deepEqual(idioms('Open 24\n  hours\ta day, since a-24 hours a day rota began.'), ['24\n  hours\ta day', '24 hours a day']);
});

test('no idiom inside a longer number, with another count or cycle, or without the count', () => {
  assert.deepEqual(idioms('It ran 124 hours a day, x7 days a week, 8 days a week, 24 hours a week, hours a day, 24 hours daily.'), []);
});
