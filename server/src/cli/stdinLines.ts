/**
 * JSONL lines of a byte stream, each at most `limit` bytes. Written by hand because readline and split2 hold a line
 * whole however long it grows (stdin from /dev/zero never ends one) or drop an overlong line without a trace, while
 * every input line must have its output line: a line past the limit is reported as soon as it passes it, and the
 * rest of it is read and dropped.
 */
export type InputLine = { number: number; text: string } | { number: number; tooLong: true; head: string };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** How much of an overlong line is kept to say which document it was. */
const HEAD_BYTES = 4096;

export async function* linesAtMost(input: AsyncIterable<Buffer | string> | Iterable<Buffer>, limit: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let number = 1;
  let dropping = false;
  // A CR before the newline is not part of the line: one byte of slack until the line ends.
  const overLimit = (bytes: Buffer): boolean => bytes.length - (bytes.at(-1) === CARRIAGE_RETURN ? 1 : 0) > limit;
  for await (const data of input) {
    const chunk = typeof data === 'string' ? Buffer.from(data) : data;
    let start = 0;
    while (start <= chunk.length) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline < 0 ? chunk.length : newline;
      if (!dropping && end > start) {
        parts.push(chunk.subarray(start, end));
        length += end - start;
        if (length > limit + 1) {
          yield { number, tooLong: true, head: Buffer.concat(parts).subarray(0, HEAD_BYTES).toString('utf8') };
          parts = [];
          length = 0;
          dropping = true;
        }
      }
      if (newline < 0) {
        break;
      }
      if (!dropping) {
        yield lineOf(Buffer.concat(parts), number, overLimit);
      }
      parts = [];
      length = 0;
      dropping = false;
      number++;
      start = newline + 1;
    }
  }
  if (length > 0) {
    yield lineOf(Buffer.concat(parts), number, overLimit);
  }
}

function lineOf(bytes: Buffer, number: number, overLimit: (bytes: Buffer) => boolean): InputLine {
  if (overLimit(bytes)) {
    return { number, tooLong: true, head: bytes.subarray(0, HEAD_BYTES).toString('utf8') };
  }
  const end = bytes.at(-1) === CARRIAGE_RETURN ? bytes.length - 1 : bytes.length;
  return { number, text: bytes.subarray(0, end).toString('utf8') };
}
