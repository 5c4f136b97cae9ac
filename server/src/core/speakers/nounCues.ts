import { FINITE } from './asides';
import { isWord } from './clauses';
import { CLAUSE_CONJUNCTIONS, DETERMINERS, MEDIA_NOUNS, NOUN_LIKE_VERBS, POSSESSIVE_DETERMINERS, QUANTIFIER_SUBJECTS } from './lexicon';
import { isPersonOrOrgHead } from './phraseParts';
import { phraseEndingAt, phraseStartingAt, type Phrase } from './phrases';
import type { ClauseContext } from './subjects';
import { isCapitalized, type Token } from './tokens';
import { span, type CueMatch } from './cueMatch';

// Words of saying used as nouns: a verb form that is a noun after its determiner ("the caustic chant"), and a
// speech noun that names its source ("remarks by X", "her remark that …").

const NAMING_VERBS = new Set(['called', 'calls', 'dubbed', 'dubs', 'labeled', 'labelled', 'labels', 'termed', 'terms']);

const isDeterminer = (token: Token | undefined): boolean =>
  token?.type === 'possessive' || (isWord(token) && (DETERMINERS.has(token.lower) || POSSESSIVE_DETERMINERS.has(token.lower)));

/** True when the "verb" at `index` is a noun: "his promise of", "the caustic chant", "items labeled". */
export function isNounUse(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (isDeterminer(previous)) {
    // "Another said, “…”", "One told reporters": a quantifier opening its clause is the subject of a finite verb
    // (not of a verb of naming: "Some called the plan “overdue”, others a “folly”" gives no one's words)
    const verb = tokens[index].lower;
    const opener = tokens[index - 2];
    const opensClause = !isWord(opener) || CLAUSE_CONJUNCTIONS.has(opener.lower);
    return !(isWord(previous) && QUANTIFIER_SUBJECTS.has(previous.lower) && opensClause && FINITE.test(verb) && !NAMING_VERBS.has(verb));
  }
  const adjective = tokens[index - 1];
  const compound = NOUN_LIKE_VERBS.has(tokens[index].lower) && isWord(adjective) && !isCapitalized(adjective) && isDeterminer(tokens[index - 2]);
  return compound && !sourceSubjectOf(tokens, index);
}

/** The token after a verb of saying that opens what it reports: the quote itself, a colon, or "that". */
export function introducesQuote(next: Token | undefined): boolean {
  return next?.type === 'quote' || next?.text === ':' || (isWord(next) && next.lower === 'that');
}

/**
 * "The ad claims “…”", "the ministry says: “…”": after a noun that can be a source, a finite verb introducing the
 * quote is that noun's verb, not the second word of a compound.
 */
function sourceSubjectOf(tokens: readonly Token[], verb: number): boolean {
  const noun = tokens[verb - 1].lower;
  return introducesQuote(tokens[verb + 1]) && FINITE.test(tokens[verb].lower) && (MEDIA_NOUNS.has(noun) || isPersonOrOrgHead(noun));
}

export interface NounCue {
  subject: Phrase;
  /** "remarks by X" names its source outright; "X's remarks" is weaker than a verb of the same sentence. */
  explicit: boolean;
}

/** "remarks by X", "X's statement that …", "her remark that …": a speech noun that names its source. */
export function nounCueSubject(context: ClauseContext, noun: number, ceiling: number, floor: number): NounCue | null {
  const { tokens, text } = context;
  const next = tokens[noun + 1];
  if (isWord(next) && (next.lower === 'by' || next.lower === 'from')) {
    const subject = phraseStartingAt(tokens, noun + 2, ceiling, text);
    return subject ? { subject, explicit: true } : null;
  }
  let k = noun - 1;
  while (k > floor && isWord(tokens[k]) && !isCapitalized(tokens[k]) && noun - k < 3 && !POSSESSIVE_DETERMINERS.has(tokens[k].lower)) {
    k--;
  }
  const owner = tokens[k];
  if (isWord(owner) && POSSESSIVE_DETERMINERS.has(owner.lower)) {
    return { subject: { start: owner.start, end: owner.end, text: owner.text, kind: 'pronoun', name: null, words: [owner.lower] }, explicit: false };
  }
  if (owner?.type === 'possessive') {
    const subject = phraseEndingAt(tokens, k - 1, floor, text);
    return subject ? { subject, explicit: false } : null;
  }
  return null;
}

/**
 * "in the words of a senior adviser, “…”", "in Forbes’ words, “…”": the words' owner is the source; `k` is the token
 * "of" or "words" read leftwards from the quote.
 */
export function wordsOwner(context: ClauseContext, k: number, floor: number, quote: number): CueMatch | null {
  const { tokens, text } = context;
  const at = (index: number): string => tokens[index]?.lower ?? '';
  if (at(k) === 'of' && at(k - 1) === 'words' && at(k - 2) === 'the' && at(k - 3) === 'in' && k - 3 >= floor) {
    const subject = phraseStartingAt(tokens, k + 1, quote, text);
    return subject ? { subject, cue: span(tokens, k - 3, k, text), position: 'before' } : null;
  }
  if (at(k) === 'words' && tokens[k - 1]?.type === 'possessive' && k - 2 > floor) {
    const owner = phraseEndingAt(tokens, k - 2, floor, text);
    let first = k - 2;
    while (owner && first > floor && tokens[first].start > owner.start) {
      first--;
    }
    return owner && at(first - 1) === 'in' ? { subject: owner, cue: span(tokens, first - 1, k, text), position: 'before' } : null;
  }
  return null;
}
