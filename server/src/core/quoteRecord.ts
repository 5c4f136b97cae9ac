import type { Quote } from './types';

/**
 * `quote` with `changes` applied, built with every property in the order `findQuotes` writes them. A spread copy
 * ({ ...quote, speaker }) gets another hidden class than the quotes it sits beside, and a quote list of several
 * shapes makes V8 throw away the optimised code of every later stage that reads it (a first pass recompiles them).
 */
export function changedQuote(quote: Quote, changes: Partial<Quote>): Quote {
  const merged: Quote = { ...quote, ...changes };
  return {
    start: merged.start,
    end: merged.end,
    text: merged.text,
    open: merged.open,
    close: merged.close,
    marks: merged.marks,
    kind: merged.kind,
    depth: merged.depth,
    speaker: merged.speaker,
    speakerMention: merged.speakerMention,
    cue: merged.cue,
    inBoilerplate: merged.inBoilerplate,
    inComments: merged.inComments,
  };
}
