/** A noun phrase read right to left from its head: a pronoun, a name, or a role phrase with the phrase it hangs on. */
import {
  CLAUSE_CONJUNCTIONS,
  DETERMINERS,
  QUANTIFIER_SUBJECTS,
  RELATIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
  SUBJECT_VERB_FILLERS,
} from './lexicon';
import { isNonName, opensPlaceName } from './nameWords';
import { possessiveJoin, surnameEnd } from './capitalRuns';
import { isWrittenSurname } from './surnames';
import type { Token } from './tokens';
import {
  BOUNDARY_WORDS,
  isCap,
  isCueVerb,
  isLowerWord,
  isPersonOrOrgHead,
  isWord,
  MAX_PHRASE_TOKENS,
  namePhrase,
  PP_LINKS,
  pronounPhrase,
  rolePhrase,
  roleWords,
  type Phrase,
} from './phraseParts';

// The two readings of a noun phrase are used together: one import for both.
export { isCueVerb, isHeadlineVerb, type Phrase } from './phraseParts';
export { phraseStartingAt } from './phraseStart';

/** Start index of the capitalised run that ends at `last` (inclusive), using the same rules as name runs. */
function runStartBefore(tokens: readonly Token[], last: number, floor: number): number {
  let first = last;
  while (first - 1 >= floor) {
    const previous = tokens[first - 1];
    if (isCap(previous) && (!isNonName(previous) || opensPlaceName(tokens, first - 1)) && tokens[first].start - previous.end <= 1 && !tokens[first].lineStart) {
      first--;
    } else if (
      (isWord(previous) && (previous.lower === 'of' || previous.lower === 'de' || previous.lower === 'van' || previous.lower === 'von') && isCap(tokens[first - 2])) ||
      (first - 2 >= floor && possessiveJoin(tokens, first - 1))
    ) {
      first -= 2;
    } else {
      break;
    }
  }
  return first;
}

/**
 * The noun phrase ending at token `last` (inclusive), read right to left, not crossing `floor`:
 * a pronoun, a name ("NATO Secretary General Mark Rutte" → "Mark Rutte"), or a role phrase ("The NATO chief",
 * "a spokesman for the campaign", "leaders of the 32 NATO member countries").
 */
export function phraseEndingAt(tokens: readonly Token[], last: number, floor: number, text: string): Phrase | null {
  let end = last;
  // "Cruz (R-Texas) said": skip a parenthesis
  if (tokens[end]?.text === ')') {
    let k = end - 1;
    while (k > floor && tokens[k].text !== '(' && end - k < 8) {
      k--;
    }
    if (tokens[k]?.text !== '(') {
      return null;
    }
    end = k - 1;
  }
  const token = tokens[end];
  if (!isWord(token) || end < floor) {
    return null;
  }
  if (SUBJECT_PRONOUNS.has(token.lower) || RELATIVE_PRONOUNS.has(token.lower)) {
    return token.lower === 'that' ? null : pronounPhrase(token);
  }
  if (QUANTIFIER_SUBJECTS.has(token.lower) && (end === floor || !isWord(tokens[end - 1]) || CLAUSE_CONJUNCTIONS.has(tokens[end - 1].lower))) {
    // "Some chanted “USA! USA!”", "…, others a “vanity scheme”"
    return { start: token.start, end: token.end, text: token.text, kind: 'role', name: null, words: [token.lower] };
  }
  if (isCap(token) && isNonName(token) && isWrittenSurname(token, text)) {
    // "“…,” From said", "Will wrote": the surname of "Al From", "George Will" named in the text
    const afterName = end - 1 >= floor && isCap(tokens[end - 1]) && !isNonName(tokens[end - 1]) && surnameEnd(tokens, end, text) === end + 1;
    const given = afterName ? runStartBefore(tokens, end - 1, floor) : end;
    const phrase = namePhrase(tokens, given, end + 1, text);
    if (phrase) {
      return phrase;
    }
  }
  if (isCap(token) && !isNonName(token)) {
    const first = runStartBefore(tokens, end, floor);
    const phrase = namePhrase(tokens, first, end + 1, text);
    if (phrase && (phrase.kind !== 'role' || !isLowerWord(tokens[first - 1]) || tokens[first - 1].lower === 'the')) {
      return phrase;
    }
  }
  // a role phrase: back to its determiner, through capitalised modifiers and possessives
  let first = end;
  let determined = false;
  while (first - 1 >= floor && end - first < MAX_PHRASE_TOKENS) {
    const previous = tokens[first - 1];
    if (previous.type === 'possessive') {
      first--;
      determined = true;
      continue;
    }
    if (!isWord(previous) || BOUNDARY_WORDS.has(previous.lower) || isCueVerb(previous)) {
      break;
    }
    if (PP_LINKS.has(previous.lower)) {
      break;
    }
    first--;
    if (DETERMINERS.has(previous.lower)) {
      determined = true;
      break;
    }
  }
  const head = token.lower;
  const functionWord = BOUNDARY_WORDS.has(head) || SUBJECT_VERB_FILLERS.has(head) || PP_LINKS.has(head) || DETERMINERS.has(head);
  const plural = isLowerWord(token) && head.length > 3 && /[^su]s$/.test(head);
  const plausible = !functionWord && (determined || isPersonOrOrgHead(head) || plural || isCap(token));
  if (!plausible || roleWords(tokens, first, end + 1).length === 0) {
    return null;
  }
  // "a spokesman for [the campaign]", "leaders of [the 32 NATO member countries]": the phrase the PP hangs on
  const link = tokens[first - 1];
  if (isWord(link) && PP_LINKS.has(link.lower) && first - 2 >= floor) {
    const outer = phraseEndingAt(tokens, first - 2, floor, text);
    if (outer && outer.kind === 'role') {
      let outerFrom = first - 2;
      while (outerFrom > floor && tokens[outerFrom].start > outer.start) {
        outerFrom--;
      }
      return rolePhrase(tokens, outerFrom, end + 1, text);
    }
  }
  return rolePhrase(tokens, first, end + 1, text);
}

const ADVERB = /^\p{Ll}+ly$/u;

/** Skips words that can stand between a subject and its verb ("Rutte also said", ", 57, told"). */
export function skipFillersBackward(tokens: readonly Token[], index: number, floor: number): number {
  let k = index;
  while (k >= floor) {
    const token = tokens[k];
    if (isWord(token) && (SUBJECT_VERB_FILLERS.has(token.lower) || ADVERB.test(token.text))) {
      k--;
    } else {
      break;
    }
  }
  return k;
}
