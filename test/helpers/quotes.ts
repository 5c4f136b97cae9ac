import assert from 'node:assert/strict';
import { findQuotes } from '../../server/src/core/quotes';
import { buildStructure } from '../../server/src/core/structure';
import type { Quote, QuoteKind } from '../../server/src/core/types';

/** The quote stage alone on `text`. */
export function quotesOf(text: string): Quote[] {
  return findQuotes(buildStructure(text));
}


/**
 * Quotes paired by `pattern` (a global pattern whose group 1 is the quoted text between one-character marks), built
 * here so that attribution tests do not depend on the quote detector.
 */
export function pairedQuotes(text: string, pattern: RegExp, kindOf: (inner: string) => QuoteKind = () => 'partial'): Quote[] {
  const quotes: Quote[] = [];
  for (const match of text.matchAll(pattern)) {
    const inner = match[1];
    const start = match.index + 1;
    const end = start + inner.length;
    quotes.push({
      start,
      end,
      text: inner,
      open: { start: match.index, end: start },
      close: { start: end, end: end + 1 },
      marks: 'balanced',
      kind: kindOf(inner),
      depth: 0,
      speaker: null,
      speakerMention: null,
      cue: null,
      inBoilerplate: false,
      inComments: false,
    });
  }
  return quotes;
}

/** A quote's marks, open then close ("“”", "“\"", or the open one alone). */
export const marksText = (text: string, quote: Quote): string =>
  text.slice(quote.open.start, quote.open.end) + (quote.close ? text.slice(quote.close.start, quote.close.end) : '');

/** Offsets and texts hold together: marks around the span, text equal to the slice, in text order. */
export function assertWellFormed(text: string, quotes: Quote[]): void {
  let previous = -1;
  for (const quote of quotes) {
    assert.ok(quote.open.start < quote.open.end && quote.open.end === quote.start, 'open mark right before the span');
    assert.ok(quote.start < quote.end && quote.end <= text.length, 'non-empty span inside the text');
    assert.equal(quote.text, text.slice(quote.start, quote.end));
    if (quote.close) {
      assert.equal(quote.close.start, quote.end, 'close mark right after the span');
      assert.ok(quote.close.end > quote.close.start && quote.close.end <= text.length);
    }
    assert.ok(quote.open.start >= previous, 'quotes in text order');
    previous = quote.open.start;
    assert.equal(quote.speaker, null);
    assert.equal(quote.cue, null);
    assert.equal(quote.inBoilerplate, false);
  }
}

