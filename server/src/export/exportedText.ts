import type { Span } from '../core/types';
import { CodePointMap } from '../protocol/offsets';
import type { CodePointSpan, TextPiece } from './record';
import { partitionPoint } from '../core/partitionPoint';

/**
 * The exported text of one document and the one place that maps analysis offsets onto it: source UTF-16 offsets
 * → (boilerplate removal) → exported UTF-16 offsets → (CodePointMap) → exported code points.
 * With nothing removed it is the identity followed by the code-point conversion.
 */
export class ExportedText {
  readonly text: string;
  /** Removed source ranges (UTF-16), sorted and merged. */
  readonly removed: Span[];
  private readonly removedBefore: number[];
  private readonly points: CodePointMap;
  private readonly sourcePoints: CodePointMap;

  constructor(
    readonly source: string,
    remove: Span[] = [],
  ) {
    this.removed = mergeSpans(remove.filter((span) => span.end > span.start));
    this.removedBefore = [];
    let total = 0;
    const kept: string[] = [];
    let cursor = 0;
    for (const span of this.removed) {
      this.removedBefore.push(total);
      kept.push(source.slice(cursor, span.start));
      total += span.end - span.start;
      cursor = span.end;
    }
    kept.push(source.slice(cursor));
    this.text = kept.join('');
    this.points = new CodePointMap(this.text);
    this.sourcePoints = new CodePointMap(source);
  }

  /** Rebuilds the exported text from removed ranges given in source code points (as a standoff records them). */
  static fromRemovedCodePoints(source: string, removed: CodePointSpan[]): ExportedText {
    const points = new CodePointMap(source);
    return new ExportedText(
      source,
      removed.map((span) => ({ start: points.fromCodePoint(span.start), end: points.fromCodePoint(span.end) })),
    );
  }

  /** Removed ranges in source code points. */
  removedCodePoints(): CodePointSpan[] {
    return this.removed.map((span) => ({ start: this.sourcePoints.toCodePoint(span.start), end: this.sourcePoints.toCodePoint(span.end) }));
  }

  /** Exported code-point span of a source UTF-16 span, clipped to the kept text; null when none of it is kept. */
  span(source: Span): CodePointSpan | null {
    const start = this.mapOffset(source.start);
    const end = this.mapOffset(source.end);
    if (end <= start && source.end > source.start) {
      return null;
    }
    return { start: this.points.toCodePoint(start), end: this.points.toCodePoint(end) };
  }

  /** Like `span`, with the exported text it covers. */
  piece(source: Span): TextPiece | null {
    const span = this.span(source);
    return span ? { ...span, text: this.slice(span) } : null;
  }

  /** Exported text between two exported code-point offsets. */
  slice(span: CodePointSpan): string {
    return this.text.slice(this.points.fromCodePoint(span.start), this.points.fromCodePoint(span.end));
  }

  get codePointLength(): number {
    return this.points.codePointLength;
  }

  /** Exported code-point offset → exported UTF-16 offset (for formats that walk the text). */
  toUtf16(codePoint: number): number {
    return this.points.fromCodePoint(codePoint);
  }

  /** Exported UTF-16 offset → exported code-point offset. */
  toCodePoint(offset: number): number {
    return this.points.toCodePoint(offset);
  }

  /** Source UTF-16 offset → exported UTF-16 offset; an offset inside a removed range lands where it was cut out. */
  private mapOffset(offset: number): number {
    const low = partitionPoint(this.removed.length, (index) => this.removed[index].end <= offset);
    // removed[0..low) end at or before offset; removed[low] (if any) ends after it.
    const before = low === 0 ? 0 : this.removedBefore[low - 1] + (this.removed[low - 1].end - this.removed[low - 1].start);
    const next = this.removed[low];
    return next && next.start < offset ? next.start - before : offset - before;
  }
}

export function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.map((span) => ({ start: span.start, end: span.end })).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push(span);
    }
  }
  return merged;
}

/**
 * Widens a block that covers whole lines so it also takes its line terminator, and, when a blank line precedes
 * it, the blank lines after it: removing it then leaves one paragraph break, not a gap. A block that starts or
 * ends mid-line is kept as it is.
 */
export function widenToLineTerminator(text: string, span: Span): Span {
  const atLineStart = span.start === 0 || text[span.start - 1] === '\n' || text[span.start - 1] === '\r';
  if (!atLineStart) {
    return span;
  }
  const terminator = /^(\r\n|\n|\r)/u;
  const first = terminator.exec(text.slice(span.end, span.end + 2));
  if (!first && span.end !== text.length) {
    return span;
  }
  let end = span.end + (first ? first[0].length : 0);
  const before = text.slice(Math.max(0, span.start - 4), span.start);
  const blankBefore = span.start === 0 || /(\r\n|\n|\r)(\r\n|\n|\r)$/u.test(before);
  if (blankBefore) {
    for (let blank = /^[ \t]*(\r\n|\n|\r)/u.exec(text.slice(end)); blank; blank = /^[ \t]*(\r\n|\n|\r)/u.exec(text.slice(end))) {
      end += blank[0].length;
    }
  }
  return { start: span.start, end };
}
