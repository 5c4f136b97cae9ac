/**
 * LSP's relative token encoding (deltaLine, deltaStart, length, type, modifiers), cutting tokens at line ends, and
 * its splice after an edit: tuples before the edited region are kept as they are, the region's are encoded anew,
 * and after it only the first tuple changes (the others are relative to their predecessor, which did not move).
 * The splice reads only the lines around the region and copies nothing else: it is a patch on the previous encoding,
 * so an edit costs O(region); the whole array is built only when a full request (or a later splice) reads it.
 */
import { OffsetMap, type Position } from '../protocol/offsets';
import { STRIDE, type TokenLayer, type TokenSplice } from './tokenSpans';

export interface Encoded {
  /** The tuples, packed; `plainData` gives the array LSP messages carry. */
  readonly data: Uint32Array;
  /** Per token, the index of its first tuple (tokens may give several tuples, or none); one extra at the end. */
  readonly firstTuple: Int32Array;
  /** Set on a spliced encoding: the numbers of `base` with [start, start + deleteCount) replaced by `insert`. */
  readonly patch?: Patch;
}

export interface Patch {
  base: Encoded;
  start: number;
  deleteCount: number;
  insert: Uint32Array;
}

const ORIGIN: Position = { line: 0, character: 0 };
const plainArrays = new WeakMap<Encoded, number[]>();

/** The encoding as a plain array (JSON-serialisable), built once per encoding. */
export function plainData(encoded: Encoded): number[] {
  let plain = plainArrays.get(encoded);
  if (!plain) {
    plain = [];
    const { data } = encoded;
    for (let i = 0; i < data.length; i++) {
      plain.push(data[i]);
    }
    plainArrays.set(encoded, plain);
  }
  return plain;
}

/** Encodes tokens whose offsets, less `origin`, are offsets into the text of `offsets`; `from` is the previous tuple. */
export function encode(tokens: TokenLayer, offsets: OffsetMap, from: Position = ORIGIN, origin = 0): Encoded {
  const plain: number[] = [];
  const count = tokens.length / STRIDE;
  const firstTuple = new Int32Array(count + 1);
  let previousLine = from.line;
  let previousCharacter = from.character;
  let type = 0;
  let modifiers = 0;
  const push = (line: number, character: number, length: number): void => {
    if (length <= 0) {
      return;
    }
    const deltaLine = line - previousLine;
    plain.push(deltaLine, deltaLine === 0 ? character - previousCharacter : character, length, type, modifiers);
    previousLine = line;
    previousCharacter = character;
  };
  for (let token = 0; token < count; token++) {
    const i = token * STRIDE;
    firstTuple[token] = plain.length / 5;
    type = tokens[i + 2];
    modifiers = tokens[i + 3];
    const startOffset = tokens[i] - origin;
    const start = offsets.positionAt(startOffset);
    const end = offsets.positionAt(tokens[i + 1] - origin);
    if (start.line === end.line) {
      push(start.line, start.character, end.character - start.character);
      continue;
    }
    push(start.line, start.character, offsets.lineEnd(start.line) - startOffset);
    for (let line = start.line + 1; line < end.line; line++) {
      push(line, 0, offsets.lineEnd(line) - offsets.lineStart(line));
    }
    push(end.line, 0, end.character);
  }
  firstTuple[count] = plain.length / 5;
  const encoded = { data: new Uint32Array(plain), firstTuple };
  plainArrays.set(encoded, plain);
  return encoded;
}

/** Where the first and the last tuple of one token sit (as `encode` emits them), or undefined if it emits none. */
function tuplePositions(tokens: TokenLayer, token: number, offsets: OffsetMap, origin: number): { first: Position; last: Position } | undefined {
  const startOffset = tokens[token * STRIDE] - origin;
  const start = offsets.positionAt(startOffset);
  const end = offsets.positionAt(tokens[token * STRIDE + 1] - origin);
  if (start.line === end.line) {
    return end.character > start.character ? { first: start, last: start } : undefined;
  }
  const pieces: Position[] = [];
  if (offsets.lineEnd(start.line) > startOffset) {
    pieces.push(start);
  }
  for (let line = start.line + 1; line < end.line; line++) {
    if (offsets.lineEnd(line) > offsets.lineStart(line)) {
      pieces.push({ line, character: 0 });
    }
  }
  if (end.character > 0) {
    pieces.push({ line: end.line, character: 0 });
  }
  return pieces.length ? { first: pieces[0], last: pieces[pieces.length - 1] } : undefined;
}

const isBreak = (code: number): boolean => code === 0x0a || code === 0x0d;

/** Start of the line holding `offset` (an offset between "\r" and "\n" belongs to the line the pair ends). */
function lineStartAt(text: string, offset: number): number {
  let at = Math.min(offset, text.length);
  if (text.charCodeAt(at) === 0x0a && text.charCodeAt(at - 1) === 0x0d) {
    at--;
  }
  while (at > 0 && !isBreak(text.charCodeAt(at - 1))) {
    at--;
  }
  return at;
}

/** Start of the line after the one holding `offset` (its terminator included), or the text's end. */
function nextLineStart(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && !isBreak(text.charCodeAt(at))) {
    at++;
  }
  return at + (text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? 2 : at < text.length ? 1 : 0);
}

/**
 * The encoding of `text` after an edit, from the previous encoding and the token splice; undefined when it cannot
 * tell. Positions are taken in a window of whole lines from the last kept token to the first shifted one: relative
 * tuples need only line differences there (the window starts the text when no token before the region emits one).
 */
export function spliceEncoded(previous: Encoded, splice: TokenSplice, text: string): Encoded | undefined {
  const { kept, added, resumeAt } = splice;
  const previousCount = previous.firstTuple.length - 1;
  const resumes = resumeAt < previousCount;
  if (resumes && previous.firstTuple[resumeAt] === previous.firstTuple[resumeAt + 1]) {
    return undefined;
  }
  let lastKept = kept - 1;
  while (lastKept >= 0 && previous.firstTuple[lastKept] === previous.firstTuple[lastKept + 1]) {
    lastKept--;
  }
  const next = kept + added;
  // The new layer's tokens from the last kept one that emits tuples to the first shifted one; `near` token 0 is `first`.
  const first = lastKept >= 0 ? lastKept : kept;
  const near = splice.slice(first, resumes ? next + 1 : next);
  const at = (token: number): number => (token - first) * STRIDE;
  const origin = lastKept >= 0 ? lineStartAt(text, near[0]) : 0;
  const windowEnd = near.length > 0 ? near[near.length - STRIDE + 1] : origin;
  const offsets = new OffsetMap(text.slice(origin, nextLineStart(text, windowEnd)));
  const positionsOf = (token: number): { first: Position; last: Position } | undefined => tuplePositions(near, token - first, offsets, origin);
  let from = ORIGIN;
  if (lastKept >= 0) {
    const positions = positionsOf(lastKept);
    if (!positions) {
      return undefined;
    }
    from = positions.last;
  }
  const keptTuples = previous.firstTuple[kept];
  const region = encode(near.subarray(at(kept), at(next)), offsets, from, origin);
  const regionTuples = region.data.length / 5;
  const resumeTuple = previous.firstTuple[resumeAt];
  // The first tuple after the region is re-encoded relative to the new tuple before it.
  const insert = new Uint32Array(region.data.length + (resumes ? 5 : 0));
  insert.set(region.data, 0);
  if (resumes) {
    const positions = positionsOf(next);
    if (!positions) {
      return undefined;
    }
    let last = from;
    for (let token = next - 1; token >= kept; token--) {
      const regionPositions = region.firstTuple[token - kept] < region.firstTuple[token - kept + 1] ? positionsOf(token) : undefined;
      if (regionPositions) {
        last = regionPositions.last;
        break;
      }
    }
    const deltaLine = positions.first.line - last.line;
    insert.set(previous.data.subarray(resumeTuple * 5, resumeTuple * 5 + 5), region.data.length);
    insert[region.data.length] = deltaLine;
    insert[region.data.length + 1] = deltaLine === 0 ? positions.first.character - last.character : positions.first.character;
  }
  const patch: Patch = { base: previous, start: keptTuples * 5, deleteCount: (resumeTuple - keptTuples + (resumes ? 1 : 0)) * 5, insert };
  let data: Uint32Array | undefined;
  let firstTuple: Int32Array | undefined;
  return {
    patch,
    get data() {
      return (data ??= applyPatch(patch));
    },
    get firstTuple() {
      if (!firstTuple) {
        firstTuple = new Int32Array(next + previousCount - resumeAt + 1);
        firstTuple.set(previous.firstTuple.subarray(0, kept), 0);
        for (let token = 0; token < added; token++) {
          firstTuple[kept + token] = keptTuples + region.firstTuple[token];
        }
        firstTuple.set(previous.firstTuple.subarray(resumeAt), next);
        const shift = keptTuples + regionTuples - resumeTuple;
        for (let token = next; shift !== 0 && token < firstTuple.length; token++) {
          firstTuple[token] += shift;
        }
      }
      return firstTuple;
    },
  };
}

export function applyPatch({ base, start, deleteCount, insert }: Patch): Uint32Array {
  const data = new Uint32Array(base.data.length - deleteCount + insert.length);
  data.set(base.data.subarray(0, start), 0);
  data.set(insert, start);
  data.set(base.data.subarray(start + deleteCount), start + insert.length);
  return data;
}
