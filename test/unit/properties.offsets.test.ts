import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CodePointMap, OffsetMap } from '../../server/src/protocol/offsets';
import { anyText, hostileText, PROPERTY_RUNS } from '../helpers/properties';

const textAndOffset = fc.oneof(anyText, hostileText).chain((text) => fc.tuple(fc.constant(text), fc.nat({ max: text.length })));

test('code point ↔ UTF-16 conversion round-trips and agrees with Array.from', () => {
  fc.assert(
    fc.property(textAndOffset, ([text, offset]) => {
      const map = new CodePointMap(text);
      const codePoints = Array.from(text);
      assert.equal(map.codePointLength, codePoints.length);
      const point = map.toCodePoint(offset);
      // a UTF-16 offset that is not inside a surrogate pair survives the round trip
      const insidePair = offset > 0 && offset < text.length && /[\uD800-\uDBFF]/.test(text[offset - 1]) && /[\uDC00-\uDFFF]/.test(text[offset]);
      if (!insidePair) {
        assert.equal(map.fromCodePoint(point), offset);
        assert.equal(codePoints.slice(0, point).join(''), text.slice(0, offset));
      }
    }),
    { numRuns: PROPERTY_RUNS },
  );
});

test('UTF-16 offset ↔ LSP position round-trips for offsets not inside a line break', () => {
  fc.assert(
    fc.property(textAndOffset, ([text, offset]) => {
      const map = new OffsetMap(text);
      const position = map.positionAt(offset);
      const betweenCrLf = text[offset - 1] === '\r' && text[offset] === '\n';
      if (!betweenCrLf) {
        assert.equal(map.offsetAt(position), offset);
      }
      assert.ok(position.line >= 0 && position.line < map.lineCount);
      const lineText = text.slice(map.lineStart(position.line), map.lineEnd(position.line));
      assert.ok(!/[\r\n]/.test(lineText), 'a line holds no terminator');
    }),
    { numRuns: PROPERTY_RUNS },
  );
});

test('code point → LSP position goes through UTF-16 and back', () => {
  fc.assert(
    fc.property(fc.oneof(anyText, hostileText), fc.nat(), (text, seed) => {
      const points = new CodePointMap(text);
      const positions = new OffsetMap(text);
      const point = seed % (points.codePointLength + 1);
      const offset = points.fromCodePoint(point);
      const back = points.toCodePoint(positions.offsetAt(positions.positionAt(offset)));
      const betweenCrLf = text[offset - 1] === '\r' && text[offset] === '\n';
      if (!betweenCrLf) {
        assert.equal(back, point);
      }
    }),
    { numRuns: PROPERTY_RUNS },
  );
});
