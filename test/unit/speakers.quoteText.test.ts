import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { endsOnStop, wordCount } from '../../server/src/core/speakers/quoteText';

// every kind of white space JavaScript's \s knows, the sentence stops and a few characters that are neither
const pieces = fc.constantFrom(' ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '.', '!', '?', '…', ',', 'we', 'Roe', '”', 'é');
const quoteText = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));

test('wordCount counts as split(/\\s+/) does, with no array', () => {
  fc.assert(fc.property(quoteText, (text) => wordCount(text) === text.split(/\s+/).length));
  assert.equal(wordCount(' two  words '), 4);
});

test('endsOnStop answers as /[.!?…]\\s*$/ does, read from the end', () => {
  fc.assert(fc.property(quoteText, (text) => endsOnStop(text) === /[.!?…]\s*$/.test(text)));
  assert.equal(endsOnStop('We are ready. \n'), true);
  assert.equal(endsOnStop('We are ready,'), false);
  assert.equal(endsOnStop(''), false);
});
