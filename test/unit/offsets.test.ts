import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CodePointMap, OffsetMap } from '../../server/src/protocol/offsets';

test('code points: BMP-only text maps one to one', () => {
  const map = new CodePointMap('plain “text”');
  assert.equal(map.toCodePoint(7), 7);
  assert.equal(map.fromCodePoint(7), 7);
});

test('code points: astral characters count once', () => {
  const text = 'a😀b😀c';
  const map = new CodePointMap(text);
  assert.equal(map.codePointLength, Array.from(text).length);
  // "b" is at UTF-16 3, code point 2; "c" at UTF-16 6, code point 4
  assert.equal(map.toCodePoint(3), 2);
  assert.equal(map.toCodePoint(6), 4);
  assert.equal(map.fromCodePoint(2), 3);
  assert.equal(map.fromCodePoint(4), 6);
  // inside a surrogate pair → the character's start
  assert.equal(map.toCodePoint(2), 1);
});

test('code points: lone surrogates count as one code point each, like Array.from', () => {
  const text = 'x\uD800y\uDC00z';
  const map = new CodePointMap(text);
  assert.equal(map.codePointLength, Array.from(text).length);
  assert.equal(map.toCodePoint(4), 4);
});

test('positions: LF, CRLF and lone CR all end lines', () => {
  const map = new OffsetMap('ab\ncd\r\nef\rgh');
  assert.equal(map.lineCount, 4);
  assert.deepEqual(map.positionAt(4), { line: 1, character: 1 });
  assert.deepEqual(map.positionAt(7), { line: 2, character: 0 });
  assert.deepEqual(map.positionAt(10), { line: 3, character: 0 });
  assert.equal(map.offsetAt({ line: 2, character: 1 }), 8);
  // an offset between CR and LF belongs to the end of the line
  assert.deepEqual(map.positionAt(6), { line: 1, character: 2 });
});

test('positions: characters past the end of a line clamp to it', () => {
  const map = new OffsetMap('ab\ncd');
  assert.equal(map.offsetAt({ line: 0, character: 99 }), 2);
  assert.equal(map.offsetAt({ line: 9, character: 0 }), 5);
});
