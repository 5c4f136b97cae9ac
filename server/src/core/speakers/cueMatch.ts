import type { TextSpan } from '../types';
import { DASHES as CLAUSE_DASHES } from './clauses';
import type { Phrase } from './phrases';
import type { Token } from './tokens';

export type CuePosition = 'before' | 'after' | 'carried';

/** How one quote is attributed: the mention doing the attributing, the cue, and where they stood. */
export interface CueMatch {
  subject: Phrase;
  cue: TextSpan | null;
  position: CuePosition;
  /** For a relative "who": the phrase it hangs on ("Smith, who said …"). */
  antecedent?: Phrase;
  /** A fallback reading ("“…,” saying …") that any cue before the quote outranks. */
  weak?: boolean;
  /** An attribution closing the quote's sentence after a comma ("“…” for the union, the group says."). */
  closes?: boolean;
  /** The "he"/"she" of a clause of its own after a report, holding the quote ("…, but he gave Doe a compliment: “…”"). */
  ownClause?: boolean;
  /** A direct attribution after the quote that ends its sentence ("“…,” the Times reported."). */
  final?: boolean;
  /** Attributed by a speech noun naming its source ("remarks by X") rather than by a verb. */
  byNoun?: boolean;
  /** A probable source rather than a report of speech ("Roe's assertion that “…”"): the quote keeps the kind it has with no speaker. */
  keepsKind?: boolean;
}

/** After a quote, a lone hyphen introduces its source as a dash does ("“…” - Jane Roe"). */
export const SOURCE_DASHES = new Set([...CLAUSE_DASHES, '-']);

/** The tokens from..to as a span of the text. */
export function span(tokens: readonly Token[], from: number, to: number, text: string): TextSpan {
  return { start: tokens[from].start, end: tokens[to].end, text: text.slice(tokens[from].start, tokens[to].end) };
}

/**
 * Clause scanning reads at most this many tokens either side of a quote: a run-on "sentence" (a scrape with no full
 * stop) would otherwise be rescanned for every quote in it. News sentences stay well below (the longest seen: ~270).
 */
export const MAX_SENTENCE_TOKENS = 400;

/** The first token of the sentence that holds token `index` (at most MAX_SENTENCE_TOKENS back). */
export function sentenceStart(tokens: readonly Token[], index: number): number {
  const limit = Math.max(0, index - MAX_SENTENCE_TOKENS);
  let k = index - 1;
  while (k >= limit && !tokens[k].sentenceEnd) {
    k--;
  }
  return k + 1;
}

