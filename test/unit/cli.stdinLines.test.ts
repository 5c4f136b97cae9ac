import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { linesAtMost, type InputLine } from '../../server/src/cli/stdinLines';

async function collect(chunks: Buffer[], limit: number): Promise<InputLine[]> {
  const lines: InputLine[] = [];
  for await (const line of linesAtMost(chunks, limit)) {
    lines.push(line);
  }
  return lines;
}

/** The bytes cut into pieces at the given points. */
const cut = (bytes: Buffer, points: number[]): Buffer[] => {
  const at = [...new Set(points.map((point) => point % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((start, index) => bytes.subarray(start, [...at, bytes.length][index]));
};

test('stdin lines: however the bytes are cut, lines within the limit are those of split("\\n") without a closing CR', async () => {
  const line = fc.array(fc.constantFrom('a', 'é', '😀', '"', '\r', ' ', '{'), { maxLength: 12 }).map((parts) => parts.join(''));
  await fc.assert(
    fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), async (lines, points) => {
      const text = lines.join('\n');
      const read = await collect(cut(Buffer.from(text), points), 1000);
      const expected = text.split('\n').map((each) => each.replace(/\r$/u, ''));
      if (text === '' || text.endsWith('\n')) {
        expected.pop();
      }
      assert.deepEqual(read, expected.map((each, index) => ({ number: index + 1, text: each })));
    }),
  );
});

test('stdin lines: a line of exactly the limit passes (a CR before its newline aside); one byte more is refused, once', async () => {
  const limit = 10;
  const read = await collect([Buffer.from('0123456789\r\n0123456789X'), Buffer.from('YZ\nafter\n')], limit);
  assert.deepEqual(read, [
    { number: 1, text: '0123456789' },
    { number: 2, tooLong: true, head: '0123456789XYZ' },
    { number: 3, text: 'after' },
  ]);
  const unfinished = await collect([Buffer.alloc(25), Buffer.alloc(25)], limit);
  assert.equal(unfinished.length, 1);
  assert.ok('tooLong' in unfinished[0]);
});
