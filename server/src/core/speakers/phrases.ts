import type { MentionKind } from '../types';
import {
  DETERMINERS,
  ORG_NOUNS,
  PERSON_NOUNS,
  DOCUMENT_NOUNS,
  isPersonNoun,
  PHRASAL_CUES,
  QUANTIFIER_SUBJECTS,
  RELATIVE_PRONOUNS,
  REPORTING_VERBS,
  SUBJECT_PRONOUNS,
  SUBJECT_VERB_FILLERS,
} from './lexicon';
import { capitalRunEnd, isNonName, isParticipleOpener, isTitleWord, opensPlaceName, type ParsedName, parseName, possessiveJoin, startsName } from './names';
import { isTimeHead } from './timePhrases';
import { isCapitalized, type Token } from './tokens';
import { lowerWords } from './lowerWords';

/** A noun phrase that can do the attributing: a name, a role phrase or a pronoun. */
export interface Phrase {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** The parsed name for a name mention (or a capitalised role such as "the Alliance Secretary General"). */
  name: ParsedName | null;
  /** Lower-case words of a role phrase, determiners and possessive marks dropped. */
  words: string[];
}

const MAX_PHRASE_TOKENS = 9;
const PAST_TENSE = /^\p{Ll}{3,}ed$/u;
const PP_LINKS = new Set(['of', 'for', 'at', 'from', 'with', 'to', 'in']);
const BOUNDARY_WORDS = new Set([
  'that', 'and', 'or', 'but', 'when', 'while', 'as', 'if', 'because', 'after', 'before', 'since', 'than', 'where',
  'whether', 'though', 'although', 'so', 'then', 'also', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be',
]);

const isWord = (token: Token | undefined): token is Token => token !== undefined && token.type === 'word';
const isCap = (token: Token | undefined): boolean => isCapitalized(token);
const isLowerWord = (token: Token | undefined): boolean => isWord(token) && !isCapitalized(token);

/** A reporting verb as written in running text: lower case ("State" in "Islamic State" is not one). */
export function isCueVerb(token: Token | undefined): boolean {
  return isWord(token) && REPORTING_VERBS.has(token.lower) && !isCapitalized(token);
}

function slice(tokens: readonly Token[], from: number, to: number, text: string): string {
  return text.slice(tokens[from].start, tokens[to - 1].end);
}

function pronounPhrase(token: Token): Phrase {
  return { start: token.start, end: token.end, text: token.text, kind: 'pronoun', name: null, words: [token.lower] };
}

/** A name run [from, to) as a phrase; a title-only run ("the Alliance Secretary General") is a role phrase. */
function namePhrase(tokens: readonly Token[], from: number, to: number, text: string): Phrase | null {
  const parsed = parseName(tokens, from, to, text);
  if (!parsed || parsed.kind === 'place' || parsed.kind === 'thing') {
    return null;
  }
  const determiner = tokens[from - 1]?.lower === 'the' ? tokens[from - 1] : null;
  if (parsed.kind === 'single' && PERSON_NOUNS.has(parsed.words[0])) {
    // "Observers said", "Critics say": a capitalised common noun, not a name
    return { start: parsed.start, end: parsed.end, text: parsed.text, kind: 'role', name: null, words: parsed.words };
  }
  if (parsed.kind === 'role' || (parsed.kind === 'org' && determiner)) {
    const start = determiner ? determiner.start : parsed.phraseStart;
    return { start, end: parsed.end, text: text.slice(start, parsed.end), kind: parsed.kind === 'role' ? 'role' : 'name', name: parsed, words: parsed.words };
  }
  return { start: parsed.start, end: parsed.end, text: parsed.text, kind: 'name', name: parsed, words: parsed.words };
}

function roleWords(tokens: readonly Token[], from: number, to: number): string[] {
  return lowerWords(tokens, from, to, (token) => token.type === 'word' && !DETERMINERS.has(token.lower));
}

function rolePhrase(tokens: readonly Token[], from: number, to: number, text: string): Phrase {
  return { start: tokens[from].start, end: tokens[to - 1].end, text: slice(tokens, from, to, text), kind: 'role', name: null, words: roleWords(tokens, from, to) };
}

function isPersonOrOrgHead(lower: string): boolean {
  return isPersonNoun(lower) || ORG_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower) || isTitleWord(lower);
}

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
  if (QUANTIFIER_SUBJECTS.has(token.lower) && (end === floor || !isWord(tokens[end - 1]))) {
    // "Some chanted “USA! USA!”", "…, others a “vanity scheme”"
    return { start: token.start, end: token.end, text: token.text, kind: 'role', name: null, words: [token.lower] };
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

/** End (exclusive) of the capitalised run starting at `start`, or `start` when there is none. */
function runEndAfter(tokens: readonly Token[], start: number, ceiling: number): number {
  return capitalRunEnd(tokens, start, ceiling, MAX_PHRASE_TOKENS);
}

/** "… chairman Rence Priebus", "… press secretary Josh Earnest": a name after up to three lower-case title words. */
function nameAfterTitleWords(tokens: readonly Token[], from: number, ceiling: number): [number, number] | null {
  let k = from;
  while (k < ceiling && k - from < 3 && isLowerWord(tokens[k]) && !isCueVerb(tokens[k]) && !BOUNDARY_WORDS.has(tokens[k].lower)) {
    k++;
  }
  if (k === from || !isCap(tokens[k]) || !isPersonOrOrgHead(tokens[k - 1].lower) || ORG_NOUNS.has(tokens[k - 1].lower)) {
    return null;
  }
  const end = runEndAfter(tokens, k, ceiling);
  return end > k ? [k, end] : null;
}

/** Index of the role noun right after a capitalised run ending before `end` ("Republican [lawmaker]"), or -1. */
function roleHeadAfter(tokens: readonly Token[], end: number, ceiling: number): number {
  for (let k = end; k < ceiling && k - end < 2 && isLowerWord(tokens[k]); k++) {
    if (isPersonNoun(tokens[k].lower) && !isCap(tokens[k + 1])) {
      return k;
    }
    if (REPORTING_VERBS.has(tokens[k].lower) || BOUNDARY_WORDS.has(tokens[k].lower) || SUBJECT_VERB_FILLERS.has(tokens[k].lower) || PP_LINKS.has(tokens[k].lower)) {
      return -1;
    }
  }
  return -1;
}

/** The noun phrase starting at token `first`, read left to right, not crossing `ceiling` (exclusive). */
export function phraseStartingAt(tokens: readonly Token[], first: number, ceiling: number, text: string): Phrase | null {
  const token = tokens[first];
  if (!isWord(token) || first >= ceiling) {
    return null;
  }
  if (SUBJECT_PRONOUNS.has(token.lower)) {
    return token.lower === 'who' ? null : pronounPhrase(token);
  }
  const start = token.lower === 'the' && isCap(tokens[first + 1]) ? first + 1 : first;
  if (startsName(tokens, start) && !isParticipleOpener(tokens, start)) {
    const end = runEndAfter(tokens, start, ceiling);
    const bridged = end > start ? nameAfterTitleWords(tokens, end, ceiling) : null;
    if (bridged) {
      return namePhrase(tokens, bridged[0], bridged[1], text);
    }
    // "the Republican lawmaker", "Democratic strategists": capitalised modifiers of a role noun
    const head = end > start ? roleHeadAfter(tokens, end, ceiling) : -1;
    if (head >= 0) {
      return rolePhrase(tokens, first, head + 1, text);
    }
    const phrase = end > start ? namePhrase(tokens, start, end, text) : null;
    if (phrase && tokens[end]?.type !== 'possessive') {
      return phrase;
    }
  }
  if (QUANTIFIER_SUBJECTS.has(token.lower) && !isWord(tokens[first + 1]) || (QUANTIFIER_SUBJECTS.has(token.lower) && isCueVerb(tokens[first + 1]))) {
    // "“…,” said another.", "“…,” one said."
    return rolePhrase(tokens, first, first + 1, text);
  }
  if (isLowerWord(token) && !DETERMINERS.has(token.lower)) {
    // "psychologist Jane Roe", "finance director Jon Doe"
    const bridged = nameAfterTitleWords(tokens, first, ceiling);
    if (bridged) {
      return namePhrase(tokens, bridged[0], bridged[1], text);
    }
  }
  // a role phrase: determiner … head noun, up to a verb or punctuation
  if (!DETERMINERS.has(token.lower) && !PERSON_NOUNS.has(token.lower)) {
    return null;
  }
  let last = first;
  let lastHead = PERSON_NOUNS.has(token.lower) ? first : -1;
  let beforeVerb = false;
  for (let k = first + 1; k < ceiling && k - first < MAX_PHRASE_TOKENS; k++) {
    const next = tokens[k];
    if (next.type === 'possessive') {
      continue;
    }
    // "the harbour master put it": a two-word cue ends the phrase as a verb of saying does;
    // "The mayor rejected a report": a past-tense word after the head noun is the clause's verb, not a modifier
    const phrasal = isWord(tokens[k + 1]) && PHRASAL_CUES.has(`${next.lower}_${tokens[k + 1].lower}`);
    const verb = isCueVerb(next) || phrasal || (lastHead >= 0 && isLowerWord(next) && PAST_TENSE.test(next.lower));
    if (!isWord(next) || verb || BOUNDARY_WORDS.has(next.lower) || SUBJECT_VERB_FILLERS.has(next.lower)) {
      beforeVerb = verb || SUBJECT_VERB_FILLERS.has(next.lower);
      break;
    }
    last = k;
    if ((isPersonOrOrgHead(next.lower) || isCap(next)) && !isTimeHead(next.lower)) {
      lastHead = k;
    }
  }
  // "a narrator in the Clinton ad asks": up to the verb; otherwise up to the last head noun
  let end = beforeVerb || lastHead < 0 ? last : lastHead;
  while (end > first && (PP_LINKS.has(tokens[end].lower) || DETERMINERS.has(tokens[end].lower) || tokens[end].lower === 'by')) {
    end--;
  }
  if (isTimeHead(tokens[end].lower)) {
    return null; // "this year", "the next day": a time, no one's mention
  }
  return end > first || PERSON_NOUNS.has(token.lower) ? rolePhrase(tokens, first, end + 1, text) : null;
}
