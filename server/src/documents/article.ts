import type { Analysis, Mention, Quote, Span } from '../core';
import type { RegionAnalysis } from '../core/incremental';
import type { OffsetMap } from '../protocol/offsets';
import { partitionPoint } from '../core/partitionPoint';

/** One analysed document as features see it: the analysis and the offset map of the very same text. */
export interface Article {
  uri: string;
  version: number;
  /** May be computed on first read (a provisional analysis after an edit is spliced only when a feature needs it). */
  readonly analysis: Analysis;
  offsets: OffsetMap;
  /** Set on a provisional article: the settled article it was derived from and the re-analysed region. */
  edit?: { base: Article; region: RegionAnalysis };
}

/** The whole extent of a quote, marks included. */
export function quoteExtent(quote: Quote): Span {
  return { start: quote.open.start, end: quote.close ? quote.close.end : quote.end };
}

function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** Index of the first span in `spans` (sorted by start) that starts after `offset`. */
function upperBound(spans: readonly Span[], offset: number): number {
  return partitionPoint(spans.length, (index) => spans[index].start <= offset);
}

/** The mention under the cursor (a cursor just after a word still counts). */
export function mentionAt(analysis: Analysis, offset: number): Mention | undefined {
  const next = upperBound(analysis.mentions, offset);
  for (let i = next - 1; i >= 0 && i >= next - 3; i--) {
    if (touches(analysis.mentions[i], offset)) {
      return analysis.mentions[i];
    }
  }
  return undefined;
}

/** The innermost quote whose extent (marks included) contains the offset. */
export function quoteAt(analysis: Analysis, offset: number): Quote | undefined {
  let best: Quote | undefined;
  for (const quote of analysis.quotes) {
    const extent = quoteExtent(quote);
    if (extent.start > offset) {
      break;
    }
    if (touches(extent, offset) && (!best || quote.depth >= best.depth)) {
      best = quote;
    }
  }
  return best;
}

export function dateAt(analysis: Analysis, offset: number): Analysis['dates'][number] | undefined {
  const next = upperBound(analysis.dates, offset);
  for (let i = next - 1; i >= 0 && i >= next - 3; i--) {
    if (touches(analysis.dates[i], offset)) {
      return analysis.dates[i];
    }
  }
  return undefined;
}

export function boilerplateAt(analysis: Analysis, offset: number): Analysis['boilerplate'][number] | undefined {
  return analysis.boilerplate.find((block) => block.start <= offset && offset < block.end);
}

/** The speaker index of the mention, or of the quote, under the cursor. */
export function speakerAt(analysis: Analysis, offset: number): number | null {
  const mention = mentionAt(analysis, offset);
  if (mention) {
    return mention.speaker;
  }
  return quoteAt(analysis, offset)?.speaker ?? null;
}

/** The first words of a text, for listings. */
export function firstWords(text: string, words = 8): string {
  const all = text.trim().split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(' ')} …` : all.join(' ');
}
