import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InPlaceWordSet } from '../../server/src/core/speakers/wordset';

/** Adds every space-separated word of `text` to a fresh set and returns the set's words. */
function wordsOf(text: string): string[] {
  const set = new InPlaceWordSet(text);
  for (const match of text.matchAll(/\S+/g)) {
    set.add(match.index, match.index + match[0].length);
  }
  return set.list;
}

test('each distinct word is kept once, in order of first occurrence', () => {
  assert.deepEqual(wordsOf('the ferry left the harbour and the ferry came back'), ['the', 'ferry', 'left', 'harbour', 'and', 'came', 'back']);
});

test('words sharing a prefix or a hash stay distinct ("Aa" and "BB" hash alike)', () => {
  assert.deepEqual(wordsOf('Aa BB Aa BB tide tides tid'), ['Aa', 'BB', 'tide', 'tides', 'tid']);
});

test('growing past the first table keeps every word and finds the old ones', () => {
  const words = Array.from({ length: 10_000 }, (_, i) => `w${i}`);
  const text = [...words, ...words].join(' ');
  assert.deepEqual(wordsOf(text), words);
});

test('a released table serves the next set empty: it never sees the words of the text before', () => {
  const first = new InPlaceWordSet('ferry harbour');
  first.add(0, 5);
  first.add(6, 13);
  first.release();
  // the same words at the same offsets: a stale slot would pass for them
  const second = new InPlaceWordSet('ferry harbour');
  second.add(6, 13);
  second.add(0, 5);
  assert.deepEqual(second.list, ['harbour', 'ferry']);
  assert.deepEqual(first.list, ['ferry', 'harbour']);
  assert.throws(() => first.add(0, 5), /after release/);
});

test('two sets alive at once, on tables released by two earlier sets, keep their words apart', () => {
  const earlier = [new InPlaceWordSet('ferry harbour'), new InPlaceWordSet('ferry harbour')];
  earlier.forEach((set) => set.add(0, 5));
  earlier.forEach((set) => set.release());
  const text = 'tide wind';
  const [tide, wind] = [new InPlaceWordSet(text), new InPlaceWordSet(text)];
  assert.equal(tide.add(0, 4), 0);
  assert.equal(wind.add(5, 9), 0);
  assert.equal(wind.add(0, 4), 1);
  assert.deepEqual(tide.list, ['tide']);
  assert.deepEqual(wind.list, ['wind', 'tide']);
});
