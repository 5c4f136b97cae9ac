/**
 * The analysis as coloured spans, then flattened: LSP clients accept neither overlapping nor multi-line tokens,
 * so nested and overlapping spans are cut into segments, each coloured by the most specific span covering it.
 * Hand-written because no library flattens interval layers by priority; it is one sort and one sweep.
 */
import type { Analysis } from '../core';
import type { TokenModifier, TokenType } from '../protocol/legend';
import { modifierMask, tokenTypeIndex } from '../protocol/legend';

export interface FlatToken {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

interface ColouredSpan extends FlatToken {
  priority: number;
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

function collect(analysis: Analysis): ColouredSpan[] {
  const spans: ColouredSpan[] = [];
  const add = (start: number, end: number, type: TokenType, modifiers: TokenModifier[] = []): void => {
    if (end > start) {
      spans.push({ start, end, type: tokenTypeIndex(type), modifiers: modifierMask(modifiers), priority: PRIORITY[type] });
    }
  };
  for (const block of analysis.boilerplate) {
    add(block.start, block.end, 'boilerplate', [block.kind]);
  }
  const { title, byline } = analysis.metadata;
  if (title) {
    add(title.start, title.end, 'title');
  }
  if (byline) {
    add(byline.start, byline.end, 'byline');
  }
  for (const quote of analysis.quotes) {
    const modifiers: TokenModifier[] = [];
    if (quote.kind !== 'direct') {
      modifiers.push(quote.kind);
    } else if (quote.speaker === null) {
      modifiers.push('unattributed');
    }
    if (quote.marks !== 'balanced') {
      modifiers.push(quote.marks);
    }
    if (quote.inBoilerplate || quote.inComments) {
      modifiers.push('furniture');
    }
    add(quote.start, quote.end, 'quote', modifiers);
    const markModifiers: TokenModifier[] = quote.marks === 'balanced' ? [] : [quote.marks];
    add(quote.open.start, quote.open.end, 'quoteMark', markModifiers);
    if (quote.close) {
      add(quote.close.start, quote.close.end, 'quoteMark', markModifiers);
    }
    if (quote.cue) {
      add(quote.cue.start, quote.cue.end, 'cue');
    }
  }
  const declared = new Set<number>();
  for (const mention of analysis.mentions) {
    const speaker = analysis.speakers[mention.speaker] as Analysis['speakers'][number] | undefined;
    const modifiers: TokenModifier[] = speaker ? [speaker.kind] : [];
    if (mention.kind === 'pronoun') {
      modifiers.push('pronoun');
    } else if (!declared.has(mention.speaker)) {
      declared.add(mention.speaker);
      modifiers.push('declaration');
    }
    add(mention.start, mention.end, 'speaker', modifiers);
  }
  for (const date of analysis.dates) {
    add(date.start, date.end, 'date', date.unresolved ? ['relative', 'unresolved'] : [date.relative ? 'relative' : 'absolute']);
  }
  return spans;
}

function better(a: ColouredSpan, b: ColouredSpan): boolean {
  return a.priority !== b.priority ? a.priority > b.priority : a.end - a.start < b.end - b.start;
}

/** Non-overlapping tokens in text order (they may still span lines). */
export function flatTokens(analysis: Analysis): FlatToken[] {
  const spans = collect(analysis).sort((a, b) => a.start - b.start);
  const points = new Float64Array(spans.length * 2);
  spans.forEach((span, i) => {
    points[2 * i] = span.start;
    points[2 * i + 1] = span.end;
  });
  points.sort();
  const tokens: FlatToken[] = [];
  let active: ColouredSpan[] = [];
  let next = 0;
  let previousWinner: ColouredSpan | undefined;
  for (let p = 0; p < points.length; p++) {
    const from = points[p];
    if (p + 1 < points.length && points[p + 1] === from) {
      continue;
    }
    const to = points[p + 1];
    active = active.filter((span) => span.end > from);
    while (next < spans.length && spans[next].start <= from) {
      if (spans[next].end > from) {
        active.push(spans[next]);
      }
      next++;
    }
    if (to === undefined || active.length === 0) {
      previousWinner = undefined;
      continue;
    }
    let winner = active[0];
    for (const span of active) {
      if (better(span, winner)) {
        winner = span;
      }
    }
    const last = tokens[tokens.length - 1] as FlatToken | undefined;
    if (last && previousWinner === winner && last.end === from) {
      last.end = to;
    } else {
      tokens.push({ start: from, end: to, type: winner.type, modifiers: winner.modifiers });
    }
    previousWinner = winner;
  }
  return tokens;
}
