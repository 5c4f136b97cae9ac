import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

// Invented sentences, one per form the date finder used to miss or cut short (issue 13: spans).
const datesOf = (text: string, published = '2001-05-09'): string[] =>
  analyze(text, { published }).dates.map((date) => `${date.text}=${date.value}`);

test('a zone with an offset stays in the span, and a time restated in GMT belongs to the time before it', () => {
  assert.deepEqual(datesOf('The plane landed at 6:40 p.m. (GMT +8) on Monday.'), ['6:40 p.m. (GMT +8) on Monday=2001-05-07T18:40']);
  assert.deepEqual(datesOf('The dam burst at about 11:20 a.m. (0920 GMT) Tuesday, officials said.'), [
    'about 11:20 a.m. (0920 GMT)=2001-05-08T11:20',
    'Tuesday=2001-05-08',
  ]);
  assert.deepEqual(datesOf('Polls close at 8 p.m. (EST) and at 9 p.m. GMT+2.'), ['8 p.m. (EST)=2001-05-09T20:00', '9 p.m. GMT+2=2001-05-09T21:00']);
});

test('two days of one month joined by "and" or "or" are two dates', () => {
  assert.deepEqual(datesOf('The growers meet on June 4 and 5 in Lyon.'), ['June 4=2001-06-04', '5=2001-06-05']);
  assert.deepEqual(datesOf('The growers met on 24 and 25 April.'), ['24=2001-04-24', '25 April=2001-04-25']);
  assert.deepEqual(datesOf('The ferry sails Jan. 3 or 4, 2002.'), ['Jan. 3=2002-01-03', '4, 2002=2002-01-04']);
  assert.deepEqual(datesOf('By March 3 and 4 delegates had left.'), ['March 3=2001-03-03']);
});
