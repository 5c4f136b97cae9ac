import { DETERMINERS, DOCUMENT_NOUNS, isPersonNoun, ORG_NOUNS, SPEECH_NOUNS, SUBJECT_PRONOUNS, SUBJECT_VERB_FILLERS } from './lexicon';
import { phraseStartingAt, type Phrase } from './phrases';
import { isWord } from './clauses';
import type { ClauseContext } from './subjects';
import { isCapitalized, type Token } from './tokens';

/** The ranker's view of the tokens around a quote: sentence bounds and the mention phrases that are its candidates. */

/** A mention phrase with its first and last token. */
export interface WindowMention {
  phrase: Phrase;
  first: number;
  last: number;
}

/** The end (inclusive) of the sentence holding token `index`. */
export function sentenceEndAt(tokens: readonly Token[], index: number, limit: number): number {
  let k = index;
  while (k < limit - 1 && !tokens[k].sentenceEnd) {
    k++;
  }
  return k;
}

function lastTokenOf(tokens: readonly Token[], phrase: Phrase, from: number): number {
  let k = from;
  while (k + 1 < tokens.length && tokens[k + 1].start < phrase.end) {
    k++;
  }
  return k;
}

/** The mention phrases in the window around the quote, left to right, none overlapping another. */
export function mentionsAround(context: ClauseContext, from: number, to: number, quote: number): WindowMention[] {
  const { tokens, text } = context;
  const found: WindowMention[] = [];
  for (let k = from; k <= to; k++) {
    const token = tokens[k];
    if (k === quote || !isWord(token)) {
      continue;
    }
    const ceiling = k < quote ? quote : to + 1;
    let phrase: Phrase | null = null;
    if (SUBJECT_PRONOUNS.has(token.lower)) {
      phrase = { start: token.start, end: token.end, text: token.text, kind: 'pronoun', name: null, words: [token.lower] };
    } else if ((isCapitalized(token) && !isCapitalized(tokens[k - 1])) || DETERMINERS.has(token.lower) || isPersonNoun(token.lower)) {
      const found = phraseStartingAt(tokens, k, ceiling, text);
      const head = found?.words[found.words.length - 1] ?? '';
      // a role phrase must be headed by a person or organisation noun ("the former aide", not "the latest statements")
      phrase = found && (found.kind !== 'role' || isPersonNoun(head) || ORG_NOUNS.has(head) || SPEECH_NOUNS.has(head) || DOCUMENT_NOUNS.has(head) || (found.words.length === 1 && DETERMINERS.has(head))) ? found : null;
    }
    if (phrase && phrase.start >= token.start) {
      const last = lastTokenOf(tokens, phrase, k);
      found.push({ phrase, first: k, last });
      k = last;
    }
  }
  return found;
}

/** The first token from `from` on that is not a word standing between a subject and its verb ("also", "had", "later"). */
export function nextWord(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && isWord(tokens[k]) && SUBJECT_VERB_FILLERS.has(tokens[k].lower)) {
    k++;
  }
  return k;
}
