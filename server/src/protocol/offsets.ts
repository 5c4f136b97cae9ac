/**
 * The one module that converts offsets. The core speaks UTF-16 code-unit offsets (JS string indices).
 * - Exports and the analysis JSONL speak Unicode code points (`toCodePoint` / `fromCodePoint`).
 * - LSP speaks `{line, character}` with UTF-16 characters (`OffsetMap.positionAt` / `offsetAt`).
 * Lines end at "\n", "\r\n" or a lone "\r", as in LSP.
 */
import { partitionPoint } from '../core/partitionPoint';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Converts between UTF-16 offsets and code-point offsets of one text. A lone surrogate counts as one code point,
 * as `Array.from` counts it. Only the astral characters are recorded, so texts without them convert in O(1).
 */
export class CodePointMap {
  /** UTF-16 offsets of the high surrogate of each astral character, ascending. */
  private readonly astral: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
        this.astral.push(i);
        i++;
      }
    }
  }

  /** Number of astral characters whose high surrogate lies before UTF-16 offset `offset`. */
  private astralBefore(offset: number): number {
    return partitionPoint(this.astral.length, (index) => this.astral[index] < offset);
  }

  /** UTF-16 offset → code-point offset. An offset inside a surrogate pair maps to the pair's start. */
  toCodePoint(offset: number): number {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    return clamped - this.astralBefore(clamped);
  }

  /** Code-point offset → UTF-16 offset. */
  fromCodePoint(codePoint: number): number {
    // How many astral characters lie before the code point: astral[i] sits at code point astral[i] - i.
    const before = partitionPoint(this.astral.length, (index) => this.astral[index] - index < codePoint);
    return Math.max(0, Math.min(codePoint + before, this.text.length));
  }

  get codePointLength(): number {
    return this.text.length - this.astral.length;
  }
}

/** UTF-16 offsets ↔ LSP positions for one text. */
export class OffsetMap {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) {
          i++;
        }
        this.lineStarts.push(i + 1);
      } else if (code === 0x0a) {
        this.lineStarts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** UTF-16 offset where `line` starts. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** UTF-16 offset where `line`'s content ends (before its terminator). */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) {
      return this.text.length;
    }
    let end = this.lineStarts[line + 1];
    if (end > 0 && this.text.charCodeAt(end - 1) === 0x0a) {
      end--;
    }
    if (end > 0 && this.text.charCodeAt(end - 1) === 0x0d) {
      end--;
    }
    return end;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // the last line starting at or before the offset (line 0 starts at 0)
    const line = partitionPoint(this.lineStarts.length, (index) => this.lineStarts[index] <= clamped) - 1;
    const character = Math.min(clamped, this.lineEnd(line)) - this.lineStarts[line];
    return { line, character: Math.max(0, character) };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) {
      return 0;
    }
    if (position.line >= this.lineStarts.length) {
      return this.text.length;
    }
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  rangeOf(span: { start: number; end: number }): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}
