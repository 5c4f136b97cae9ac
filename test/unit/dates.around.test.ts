import { test } from 'node:test';
import assert from 'node:assert/strict';
import { around, stickyAt, wordHits } from '../../server/src/core/dates/around';
import { dateWords } from '../../server/src/core/dates/lexicon';
import { findWithinPhrases } from '../../server/src/core/dates/relative';

// Invented sentences: the rules that start from the shared scan's words find them, and their pattern, there.
const hitTexts = (text: string, word: RegExp, next?: RegExp): string[] =>
  wordHits(text, dateWords(text).words, word, next).map((hit) => text.slice(hit.index, hit.end));

test('the shared scan gives the unit words apart from the other key words', () => {
  const { words, units } = dateWords('In the first half, Tuesday nights and the period of two weeks ran daily.');
  assert.deepEqual(
    words.map((word) => word.word),
    ['half', 'nights', 'period', 'weeks', 'daily'],
  );
  assert.deepEqual(
    units.map((word) => word.word),
    ['weeks', 'daily'],
  );
});

test('a rule takes the words its pattern accepts, and what must follow them', () => {
  const text = 'The Week  of May 3, the week after, the weekly day of rest, one Day OF the year, a day-off.';
  assert.deepEqual(hitTexts(text, /^week$/i, /\s+of\b/iy), ['Week  of']);
  assert.deepEqual(hitTexts(text, /^day$/i, /\s+of\b/iy), ['day of', 'Day OF']);
  assert.deepEqual(hitTexts('Year-ago sales, the year-earlier quarter, years-ago talk, a year ago.', /^[Yy]ear$/, /-(?:ago|earlier)\b/y), ['Year-ago', 'year-earlier']);
  assert.deepEqual(hitTexts('Half of it, HALF of that; the Period and the period.', /^(?:[Hh]alf|[Pp]eriod)$/), ['Half', 'Period', 'period']);
});

test('around reads the pattern near each hit and keeps only matches that cover it, once', () => {
  const text = 'On Monday and Tuesday nights, and Friday mornings, the mornings were cold.';
  const hits = wordHits(text, dateWords(text).words, /^(?:mornings|nights)$/);
  const matches = [...around(text, hits, /\b(?:Monday|Tuesday|Friday)\s+(mornings|nights)\b/g, 12, 0)].map((match) => `${match.index}:${match[0]}`);
  assert.deepEqual(matches, [`${text.indexOf('Tuesday')}:Tuesday nights`, `${text.indexOf('Friday')}:Friday mornings`]);
});

test('stickyAt reads its pattern at the words it accepts, and the words before them by a lookbehind', () => {
  const text = 'The late nineties and the Nineties; every July, EVERY July and each morning.';
  const { words } = dateWords(text);
  const decades = [...stickyAt(text, words, /^nineties$/, /(?<=(\b[Tt]he\s+(?:late\s+)?))nineties\b/y)].map((match) => `${match.index - match[1].length}:${match[1]}${match[0]}`);
  assert.deepEqual(decades, ['0:The late nineties']);
  const every = [...stickyAt(text, words, /^(?:every|each)$/i, /(?:[Ee]very|[Ee]ach)\s+(July|morning)\b/y)].map((match) => match[0]);
  assert.deepEqual(every, ['every July', 'each morning']);
});

test('"earlier today" and "later this week" are the day and the week in focus, read at their last word', () => {
  const text = 'Earlier today the ferry left; later this week, and later  this\nmonth, it returns; not later this years, nor this week later.';
  const { units, words } = dateWords(text);
  assert.deepEqual(
    findWithinPhrases(text, units, words).map((candidate) => `${text.slice(candidate.start, candidate.end)}=${candidate.unresolvedValue}`),
    ['Earlier today=XXXX-XX-XX', 'later this week=XXXX-WXX', 'later  this\nmonth=XXXX-XX-XX'],
  );
});
