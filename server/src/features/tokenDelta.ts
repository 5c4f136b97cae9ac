/**
 * The edit between two encodings of one document that a `full/delta` answer carries. While typing, both encodings
 * are patches on the same base (the last full analysis): only the patched ranges are read, so a delta costs
 * O(edit). Otherwise the arrays are compared as memory, a chunk at a time, then number by number.
 */
import type { SemanticTokensEdit } from 'vscode-languageserver';
import type { Encoded, Patch } from './tokenEncoding';

const NOTHING = new Uint32Array(0);
/** Numbers compared at once (as memory) before one by one. */
const CHUNK = 1024;
const bytes = (data: Uint32Array): Buffer => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

function commonPrefix(a: Uint32Array, b: Uint32Array): number {
  const limit = Math.min(a.length, b.length);
  const [x, y] = [bytes(a), bytes(b)];
  let length = 0;
  while (length + CHUNK <= limit && x.compare(y, length * 4, (length + CHUNK) * 4, length * 4, (length + CHUNK) * 4) === 0) {
    length += CHUNK;
  }
  while (length < limit && a[length] === b[length]) {
    length++;
  }
  return length;
}

/** Length of the common suffix of `a` and `b`, at most `limit`. */
function commonSuffix(a: Uint32Array, b: Uint32Array, limit: number): number {
  const [x, y] = [bytes(a), bytes(b)];
  let length = 0;
  const chunkEqual = (): boolean =>
    x.compare(y, (b.length - length - CHUNK) * 4, (b.length - length) * 4, (a.length - length - CHUNK) * 4, (a.length - length) * 4) === 0;
  while (length + CHUNK <= limit && chunkEqual()) {
    length += CHUNK;
  }
  while (length < limit && a[a.length - 1 - length] === b[b.length - 1 - length]) {
    length++;
  }
  return length;
}

/** The one edit turning `before` into `after` (windows of the two arrays starting at `offset`). */
function edit(before: Uint32Array, after: Uint32Array, offset: number): SemanticTokensEdit[] {
  const start = commonPrefix(before, after);
  if (start === before.length && start === after.length) {
    return [];
  }
  const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - start);
  return [{ start: offset + start, deleteCount: before.length - start - suffix, data: Array.from(after.subarray(start, after.length - suffix)) }];
}

/** Numbers [from, to) of the patched array, read from its base and its insert. */
function read({ base, start, deleteCount, insert }: Patch, from: number, to: number): Uint32Array {
  const out = new Uint32Array(to - from);
  const insertEnd = start + insert.length;
  out.set(base.data.subarray(from, Math.max(from, Math.min(to, start))), 0);
  if (to > start && from < insertEnd) {
    out.set(insert.subarray(Math.max(0, from - start), Math.min(to, insertEnd) - start), Math.max(0, start - from));
  }
  const tail = Math.max(from, insertEnd);
  if (to > tail) {
    out.set(base.data.subarray(tail - insert.length + deleteCount, to - insert.length + deleteCount), tail - from);
  }
  return out;
}

export function tokenEdits(before: Encoded, after: Encoded): SemanticTokensEdit[] {
  if (before === after) {
    return [];
  }
  // An unpatched encoding is its own base, patched nowhere.
  const a = before.patch ?? { base: before, start: Infinity, deleteCount: 0, insert: NOTHING };
  const b = after.patch ?? { base: after, start: Infinity, deleteCount: 0, insert: NOTHING };
  if (a.base !== b.base) {
    return edit(before.data, after.data, 0);
  }
  // Outside the patched ranges both arrays are the base.
  const from = Math.min(a.start, b.start);
  const to = Math.max(end(a, from), end(b, from));
  return edit(read(a, from, to - a.deleteCount + a.insert.length), read(b, from, to - b.deleteCount + b.insert.length), from);
}

/** End of the patched range in the base (`from` when nothing is patched). */
const end = (patch: Patch, from: number): number => (patch.start === Infinity ? from : patch.start + patch.deleteCount);
