import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scannedWord, wordEnd } from '../../server/src/core/speakers/wordChars';
import { wordHash } from '../../server/src/core/speakers/wordset';

function hashOf(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) {
    hash = wordHash(hash, word.charCodeAt(k));
  }
  return hash;
}

test('wordEnd: a word runs over inner joiners and dotted initials, and its hash and case are read in the same pass', () => {
  const cases: [string, string, boolean][] = [
    ['harbour, then', 'harbour', false],
    ['O’Neil said', 'O’Neil', true],
    ["well-known ferry", 'well-known', false],
    ['U.S. officials', 'U.S', true],
    ['e.g. this', 'e.g', false],
    ['AT&T shares', 'AT&T', true],
    ['naïve', 'naïve', true],
    ['tide-', 'tide', false],
  ];
  for (const [text, word, upper] of cases) {
    assert.equal(text.slice(0, wordEnd(text, 0, text.length)), word, text);
    assert.equal(scannedWord.hash, hashOf(word), text);
    assert.equal(scannedWord.upper, upper, text);
  }
});
