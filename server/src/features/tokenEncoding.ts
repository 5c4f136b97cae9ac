/**
 * LSP's relative token encoding (deltaLine, deltaStart, length, type, modifiers), cutting tokens at line ends, and
 * its splice after an edit: tuples before the edited region are kept as they are, the region's are encoded anew,
 * and after it only the first tuple changes (the others are relative to their predecessor, which did not move).
 */
import type { OffsetMap, Position } from '../protocol/offsets';
import { STRIDE, type TokenLayer, type TokenSplice } from './tokenSpans';

export interface Encoded {
  data: number[];
  /** Per token, the index of its first tuple (tokens may give several tuples, or none); one extra at the end. */
  firstTuple: Int32Array;
}

const ORIGIN: Position = { line: 0, character: 0 };

export function encode(tokens: TokenLayer, offsets: OffsetMap, from: Position = ORIGIN): Encoded {
  const data: number[] = [];
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
    data.push(deltaLine, deltaLine === 0 ? character - previousCharacter : character, length, type, modifiers);
    previousLine = line;
    previousCharacter = character;
  };
  for (let token = 0; token < count; token++) {
    const i = token * STRIDE;
    firstTuple[token] = data.length / 5;
    type = tokens[i + 2];
    modifiers = tokens[i + 3];
    const start = offsets.positionAt(tokens[i]);
    const end = offsets.positionAt(tokens[i + 1]);
    if (start.line === end.line) {
      push(start.line, start.character, end.character - start.character);
      continue;
    }
    push(start.line, start.character, offsets.lineEnd(start.line) - tokens[i]);
    for (let line = start.line + 1; line < end.line; line++) {
      push(line, 0, offsets.lineEnd(line) - offsets.lineStart(line));
    }
    push(end.line, 0, end.character);
  }
  firstTuple[count] = data.length / 5;
  return { data, firstTuple };
}

/** Where the first and the last tuple of one token sit (as `encode` emits them), or undefined if it emits none. */
function tuplePositions(tokens: TokenLayer, token: number, offsets: OffsetMap): { first: Position; last: Position } | undefined {
  const startOffset = tokens[token * STRIDE];
  const start = offsets.positionAt(startOffset);
  const end = offsets.positionAt(tokens[token * STRIDE + 1]);
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

/** The encoding after an edit, from the previous encoding and the token splice; undefined when it cannot tell. */
export function spliceEncoded(previous: Encoded, splice: TokenSplice, offsets: OffsetMap): Encoded | undefined {
  const { layer, kept, added, resumeAt } = splice;
  const previousCount = previous.firstTuple.length - 1;
  let from = ORIGIN;
  for (let token = kept - 1; token >= 0; token--) {
    if (previous.firstTuple[token] < previous.firstTuple[token + 1]) {
      const positions = tuplePositions(layer, token, offsets);
      if (!positions) {
        return undefined;
      }
      from = positions.last;
      break;
    }
  }
  const keptTuples = previous.firstTuple[kept];
  const region = encode(layer.subarray(kept * STRIDE, (kept + added) * STRIDE), offsets, from);
  const regionTuples = region.data.length / 5;
  const count = layer.length / STRIDE;
  const firstTuple = new Int32Array(count + 1);
  firstTuple.set(previous.firstTuple.subarray(0, kept), 0);
  for (let token = 0; token < added; token++) {
    firstTuple[kept + token] = keptTuples + region.firstTuple[token];
  }
  const resumeTuple = previous.firstTuple[resumeAt];
  const shift = keptTuples + regionTuples - resumeTuple;
  for (let token = resumeAt; token <= previousCount; token++) {
    firstTuple[kept + added + token - resumeAt] = previous.firstTuple[token] + shift;
  }
  const head = previous.data.slice(0, keptTuples * 5);
  if (resumeAt >= previousCount) {
    return { data: head.concat(region.data), firstTuple };
  }
  // The first tuple after the region is re-encoded relative to the new tuple before it.
  if (previous.firstTuple[resumeAt] === previous.firstTuple[resumeAt + 1]) {
    return undefined;
  }
  const positions = tuplePositions(layer, kept + added, offsets);
  if (!positions) {
    return undefined;
  }
  let last = from;
  for (let token = kept + added - 1; token >= kept; token--) {
    const regionPositions = region.firstTuple[token - kept] < region.firstTuple[token - kept + 1] ? tuplePositions(layer, token, offsets) : undefined;
    if (regionPositions) {
      last = regionPositions.last;
      break;
    }
  }
  const deltaLine = positions.first.line - last.line;
  const at = resumeTuple * 5;
  const resumed = [
    deltaLine,
    deltaLine === 0 ? positions.first.character - last.character : positions.first.character,
    previous.data[at + 2],
    previous.data[at + 3],
    previous.data[at + 4],
  ];
  return { data: head.concat(region.data, resumed, previous.data.slice(at + 5)), firstTuple };
}
