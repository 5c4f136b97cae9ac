import type { Quote, QuoteKind } from '../../server/src/core/types';

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
