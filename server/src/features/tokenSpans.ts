/**
 * The analysis as coloured spans, then flattened: LSP clients accept neither overlapping nor multi-line tokens,
 * so nested and overlapping spans are cut into segments, each coloured by the most specific span covering it.
 * Hand-written because no library flattens interval layers by priority; it is one sort and one sweep, with the
 * spans covering the sweep point in a heap so that deep nesting (300,000 nested quotes) stays O(n log n).
 */
import TinyQueue from 'tinyqueue';
import type { Analysis } from '../core';
import type { RegionAnalysis } from '../core/incremental';
import { speakerKey } from '../core/workspaceIndex';
import type { TokenModifier, TokenType } from '../protocol/legend';
import { modifierMask, tokenTypeIndex } from '../protocol/legend';
import { partitionPoint } from '../core/partitionPoint';

/**
 * Flattened tokens packed four numbers each (start, end, type index, modifier bits), in text order and not
 * overlapping. Packed so that shifting the tail after an edit allocates nothing.
 */
export type TokenLayer = Int32Array;
export const STRIDE = 4;

interface ColouredSpan {
  start: number;
  end: number;
  type: number;
  modifiers: number;
  priority: number;
  /** Position in start order: among equally good spans the earlier one wins. */
  order: number;
}

export interface CollectOptions {
  /** Speakers (by `speakerKey`) already mentioned before the analysed text: none of their mentions is a declaration. */
  declared?: Set<string>;
  /** Leave out boilerplate, title and byline (a region re-analysed on its own has none of its own). */
  bodyOnly?: boolean;
}

const PRIORITY: Record<TokenType, number> = {
  quoteMark: 7,
  cue: 6,
  speaker: 5,
  date: 4,
  quote: 3,
  title: 2,
  byline: 2,
  boilerplate: 1,
};

function collect(analysis: Analysis, options: CollectOptions): ColouredSpan[] {
  const spans: ColouredSpan[] = [];
  const add = (start: number, end: number, type: TokenType, modifiers: TokenModifier[] = []): void => {
    if (end > start) {
      spans.push({ start, end, type: tokenTypeIndex(type), modifiers: modifierMask(modifiers), priority: PRIORITY[type], order: 0 });
    }
  };
  const { title, byline } = analysis.metadata;
  if (!options.bodyOnly) {
    for (const block of analysis.boilerplate) {
      add(block.start, block.end, 'boilerplate', [block.kind]);
    }
    if (title) {
      add(title.start, title.end, 'title');
    }
    if (byline) {
      add(byline.start, byline.end, 'byline');
    }
  }
  for (const quote of analysis.quotes) {
    const modifiers: TokenModifier[] = [];
    if (quote.kind !== 'direct') {
      modifiers.push(quote.kind);
    } else if (quote.speaker === null) {
      modifiers.push('unattributed');
    }
    // A mark problem in page furniture is not the article's: no error colour there.
    const furniture = quote.inBoilerplate || quote.inComments;
    const markProblem: TokenModifier[] = quote.marks === 'balanced' || furniture ? [] : [quote.marks];
    modifiers.push(...markProblem);
    if (furniture) {
      modifiers.push('furniture');
    }
    add(quote.start, quote.end, 'quote', modifiers);
    add(quote.open.start, quote.open.end, 'quoteMark', markProblem);
    if (quote.close) {
      add(quote.close.start, quote.close.end, 'quoteMark', markProblem);
    }
    if (quote.cue) {
      add(quote.cue.start, quote.cue.end, 'cue');
    }
  }
  const declared = new Set(options.declared);
  for (const mention of analysis.mentions) {
    const speaker = analysis.speakers[mention.speaker] as Analysis['speakers'][number] | undefined;
    const modifiers: TokenModifier[] = speaker ? [speaker.kind] : [];
    const key = speaker ? speakerKey(speaker.name) : '';
    if (mention.kind === 'pronoun') {
      modifiers.push('pronoun');
    } else if (!declared.has(key)) {
      declared.add(key);
      modifiers.push('declaration');
    }
    add(mention.start, mention.end, 'speaker', modifiers);
  }
  for (const date of analysis.dates) {
    add(date.start, date.end, 'date', date.unresolved ? ['relative', 'unresolved'] : [date.relative ? 'relative' : 'absolute']);
  }
  return spans;
}

/** Heap order: higher priority first, then the shorter span, then the earlier one. */
function compareSpans(a: ColouredSpan, b: ColouredSpan): number {
  return b.priority - a.priority || a.end - a.start - (b.end - b.start) || a.order - b.order;
}

/** Non-overlapping tokens in text order (they may still span lines). */
export function flatTokens(analysis: Analysis, options: CollectOptions = {}): TokenLayer {
  const spans = collect(analysis, options).sort((a, b) => a.start - b.start);
  spans.forEach((span, order) => (span.order = order));
  const points = new Float64Array(spans.length * 2);
  spans.forEach((span, i) => {
    points[2 * i] = span.start;
    points[2 * i + 1] = span.end;
  });
  points.sort();
  const tokens: number[] = [];
  // Spans that ended stay in the heap until they reach its top: only the top one colours a segment.
  const active = new TinyQueue<ColouredSpan>([], compareSpans);
  let next = 0;
  let previousWinner: ColouredSpan | undefined;
  for (let p = 0; p < points.length; p++) {
    const from = points[p];
    if (p + 1 < points.length && points[p + 1] === from) {
      continue;
    }
    const to = points[p + 1];
    while (next < spans.length && spans[next].start <= from) {
      if (spans[next].end > from) {
        active.push(spans[next]);
      }
      next++;
    }
    while (active.length > 0 && active.peek()!.end <= from) {
      active.pop();
    }
    const winner = active.peek();
    if (to === undefined || winner === undefined) {
      previousWinner = undefined;
      continue;
    }
    if (previousWinner === winner && tokens[tokens.length - 3] === from) {
      tokens[tokens.length - 3] = to;
    } else {
      tokens.push(from, to, winner.type, winner.modifiers);
    }
    previousWinner = winner;
  }
  return Int32Array.from(tokens);
}

/**
 * The token layer after an edit, from the previous layer and the re-analysed region: tokens before the region are
 * kept, tokens after it are shifted, the region's are new. The whole layer is built only when read: encoding an
 * edit needs the tokens around the region only (`slice`).
 */
export interface TokenSplice {
  readonly layer: TokenLayer;
  /** Tokens kept before the region (same index in both layers). */
  kept: number;
  /** Tokens the region now has. */
  added: number;
  /** Index in the previous layer of the first token after the region. */
  resumeAt: number;
  /** Tokens [from, to) of the new layer, without building it. */
  slice(from: number, to: number): TokenLayer;
}

/** Undefined when a previous token straddles the region. */
export function spliceTokens(previous: TokenLayer, region: RegionAnalysis): TokenSplice | undefined {
  const { start, oldEnd, delta, contextStart, local } = region;
  // First token ending after the region's start, then the first starting at or after its old end.
  const head = firstToken(previous, 0, (token) => previous[token + 1] > start);
  const tail = firstToken(previous, head, (token) => previous[token] >= oldEnd);
  const straddles = (at: number): boolean => at < previous.length && previous[at] < start && previous[at + 1] > start;
  if (straddles(head) || (tail > head && previous[tail - STRIDE + 1] > oldEnd)) {
    return undefined;
  }
  const fresh = flatTokens(local, { declared: declaredBefore(region.previous, contextStart), bodyOnly: true });
  const clipped: number[] = [];
  for (let i = 0; i < fresh.length; i += STRIDE) {
    const from = Math.max(fresh[i] + contextStart, start);
    const to = Math.min(fresh[i + 1] + contextStart, region.end);
    if (to > from) {
      clipped.push(from, to, fresh[i + 2], fresh[i + 3]);
    }
  }
  const regionTokens = Int32Array.from(clipped);
  const after = head + regionTokens.length;
  const length = after + previous.length - tail;
  /** Copies new-layer numbers [from, to) into `target` at `at`: a kept, a region or a shifted token's. */
  const copy = (target: Int32Array, at: number, from: number, to: number): void => {
    target.set(previous.subarray(Math.min(from, head), Math.min(to, head)), at);
    target.set(regionTokens.subarray(Math.max(0, from - head), Math.max(0, Math.min(to, after) - head)), at + Math.max(0, head - from));
    const shifted = Math.max(from, after);
    if (to > shifted) {
      const into = at + shifted - from;
      target.set(previous.subarray(shifted - after + tail, to - after + tail), into);
      for (let i = into; i < into + to - shifted; i += STRIDE) {
        target[i] += delta;
        target[i + 1] += delta;
      }
    }
  };
  let layer: TokenLayer | undefined;
  return {
    get layer() {
      if (!layer) {
        layer = new Int32Array(length);
        copy(layer, 0, 0, length);
      }
      return layer;
    },
    kept: head / STRIDE,
    added: regionTokens.length / STRIDE,
    resumeAt: tail / STRIDE,
    slice(from, to) {
      const tokens = new Int32Array((to - from) * STRIDE);
      copy(tokens, 0, from * STRIDE, to * STRIDE);
      return tokens;
    },
  };
}

/** Index (in numbers) of the first token from `from` on that passes `after`, which holds for every later token too. */
function firstToken(layer: TokenLayer, from: number, after: (token: number) => boolean): number {
  return partitionPoint(layer.length / STRIDE, (index) => !after(index * STRIDE), from / STRIDE) * STRIDE;
}

const firstMentions = new WeakMap<Analysis, { key: string; start: number }[]>();

/** Builds ahead of time what splicing tokens against `analysis` needs (call it while the editor is idle). */
export function prepareSplices(analysis: Analysis): void {
  declaredBefore(analysis, 0);
}

/** Speakers (by `speakerKey`) the analysis mentions before `offset`: the region cannot declare them again. */
function declaredBefore(analysis: Analysis, offset: number): Set<string> {
  let first = firstMentions.get(analysis);
  if (!first) {
    const starts = new Map<number, number>();
    for (const mention of analysis.mentions) {
      starts.set(mention.speaker, Math.min(mention.start, starts.get(mention.speaker) ?? Infinity));
    }
    first = [...starts]
      .filter(([speaker]) => analysis.speakers[speaker] !== undefined)
      .map(([speaker, start]) => ({ key: speakerKey(analysis.speakers[speaker].name), start }));
    firstMentions.set(analysis, first);
  }
  return new Set(first.filter((mention) => mention.start < offset).map((mention) => mention.key));
}
