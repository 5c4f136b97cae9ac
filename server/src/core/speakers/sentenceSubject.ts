import { DETERMINERS, SUBJECT_PRONOUNS } from './lexicon';
import { isCueVerb, phraseEndingAt, phraseStartingAt, type Phrase } from './phrases';
import { PAST_TENSE } from './phraseParts';
import { isCapitalized } from './tokens';
import { clauseStart, datelineEnd, isWord } from './clauses';
import { capitalRunEnd } from './capitalRuns';
import { opensPlaceName, startsName } from './nameWords';
import { followedByVerb, PREPOSITIONS, tokenAfter, type ClauseContext } from './subjects';

// The subject of a sentence read left to right, past fronted phrases, prepositions' and verbs' objects.

const MAX_NAME_TOKENS = 9;

/** A capitalised common word opening a sentence ("Hours later", "Indeed") does not start a name. */
export function isCommonOpener(context: ClauseContext, index: number): boolean {
  const token = context.tokens[index];
  return isCapitalized(token) && context.commonWords.has(token.lower) && !SUBJECT_PRONOUNS.has(token.lower) && !DETERMINERS.has(token.lower);
}

/**
 * The subject of the sentence in tokens [from, to): the first pronoun, name or role phrase that is not the object of
 * a preposition and not a capitalised common word ("In response to X's plan, Clinton's aide rallied …" → "Clinton's
 * aide"; "Hours later, Trump returned …" → "Trump").
 */
export function sentenceSubject(context: ClauseContext, from: number, to: number): Phrase | null {
  const { tokens, text } = context;
  let first: Phrase | null = null;
  for (let k = clauseStart(tokens, datelineEnd(tokens, from, to), to); k < to; k++) {
    const token = tokens[k];
    if (!isWord(token) || (isCommonOpener(context, k) && !opensPlaceName(tokens, k)) || isCueVerb(token)) {
      continue;
    }
    const previous = tokens[k - 1];
    if (k > from && isWord(previous) && (PREPOSITIONS.has(previous.lower) || DETERMINERS.has(previous.lower))) {
      while (k + 1 < to && isCapitalized(tokens[k]) && isCapitalized(tokens[k + 1])) {
        k++; // "in South Carolina": the whole name is the object
      }
      continue;
    }
    if (k > from && objectOfVerb(context, k, to)) {
      continue; // "… from entering the Example Bay,", "Continuing to explain his view,": the verb's object
    }
    const phrase = phraseStartingAt(tokens, k, to, text);
    if (!phrase) {
      if (startsName(tokens, k)) {
        // "New Hampshire", "the Affordable Care Act": no word of a place's or a thing's name is the subject
        const owned = possessedAt(context, k, to);
        if (owned && followedByVerb(tokens, tokenAfter(tokens, owned, k), to)) {
          return owned; // "Roe's office slammed …": a name read only with its possessive
        }
        k = capitalRunEnd(tokens, k, to, MAX_NAME_TOKENS) - 1;
      }
      continue;
    }
    let end = k;
    while (end + 1 < to && tokens[end + 1].start < phrase.end) {
      end++;
    }
    // "Hillary Clinton's right-hand woman": the possessor's role phrase is the subject
    if (tokens[end + 1]?.type === 'possessive') {
      const owned = ownedPhrase(context, k, end, to);
      if (owned) {
        return owned;
      }
      k = end + 1;
      continue;
    }
    // prefer a phrase that a verb follows ("…, Cruz said") over a fronted adverbial ("the state's primary,")
    if (followedByVerb(tokens, end + 1, to)) {
      return phrase;
    }
    first ??= phrase;
    k = end;
  }
  return first;
}

/** "Quill’s introducer", "Roe's office": the role phrase owned by the name starting at `k`, or null. */
export function possessedAt(context: ClauseContext, k: number, to: number): Phrase | null {
  const runEnd = capitalRunEnd(context.tokens, k, to, MAX_NAME_TOKENS);
  return context.tokens[runEnd]?.type === 'possessive' ? ownedPhrase(context, k, runEnd - 1, to) : null;
}

/** The role phrase a possessor [k, end] owns ("Hillary Clinton's right-hand woman", "Roe's office"), or null. */
function ownedPhrase(context: ClauseContext, k: number, end: number, to: number): Phrase | null {
  const { tokens, text } = context;
  let head = end + 2;
  // up to the verb ("… woman rallied", "… office slammed")
  while (head + 1 < to && isWord(tokens[head + 1]) && !isCueVerb(tokens[head + 1]) && !PAST_TENSE.test(tokens[head + 1].text) && !isCapitalized(tokens[head + 1]) && head - end < 5 && !PREPOSITIONS.has(tokens[head + 1].lower)) {
    head++;
  }
  const owned = phraseEndingAt(tokens, head, k, text);
  return owned && owned.start === tokens[k].start ? owned : null;
}

/**
 * Whether the phrase at `k` is a verb's object: after a lower-case "-ing" form ("from entering the Example Bay"), or
 * after an infinitive in a fronted phrase that a comma closes ("Continuing to explain his view, Roe …"; not "to see a
 * board defending …").
 */
function objectOfVerb(context: ClauseContext, k: number, to: number): boolean {
  const { tokens, text } = context;
  const previous = tokens[k - 1];
  if (!isWord(previous) || isCapitalized(previous)) {
    return false;
  }
  if (previous.lower.endsWith('ing') && previous.lower.length > 5) {
    return true;
  }
  if (tokens[k - 2]?.lower !== 'to' || PREPOSITIONS.has(previous.lower) || DETERMINERS.has(previous.lower)) {
    return false;
  }
  const phrase = phraseStartingAt(tokens, k, to, text);
  return phrase !== null && tokens[tokenAfter(tokens, phrase, k)]?.text === ',';
}
