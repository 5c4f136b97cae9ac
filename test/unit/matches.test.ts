import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesOf } from '../../server/src/core/matches';

const shape = (matches: Iterable<RegExpExecArray>): unknown[] => [...matches].map((match) => ({ index: match.index, groups: [...match] }));

test('matchesOf gives what matchAll gives: every match with its index and groups, empty matches stepped over', () => {
  const text = 'On 3 May and 14 June 2024, 😀 twice 😀; nothing else.';
  for (const pattern of [/(\d{1,2}) (May|June)/g, /\b/g, /x*/g, /(?:)/gu, /\p{Emoji_Presentation}/gu, /nomatch/g]) {
    assert.deepEqual(shape(matchesOf(text, pattern)), shape(text.matchAll(new RegExp(pattern))), String(pattern));
  }
});

test('matchesOf starts from the beginning whatever the last loop left in lastIndex', () => {
  const pattern = /a/g;
  pattern.lastIndex = 3;
  assert.equal([...matchesOf('aaaa', pattern)].length, 4);
  for (const match of matchesOf('abab', pattern)) {
    assert.equal(match.index, 0);
    break;
  }
  assert.equal([...matchesOf('abab', pattern)].length, 2);
});

test('matchesOf refuses a regex without the g flag, as matchAll does', () => {
  assert.throws(() => [...matchesOf('abc', /b/)], TypeError);
});
