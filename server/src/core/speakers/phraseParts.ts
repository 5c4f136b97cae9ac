/**
 * What both readings of a noun phrase share (phrases.ts reads one leftwards from its head, phraseStart.ts rightwards
 * from its first word): the Phrase record, the words that bound a phrase, and the builders of name, role and pronoun
 * phrases.
 */
import type { MentionKind } from '../types';
import {
  DETERMINERS,
  ORG_NOUNS,
  PERSON_NOUNS,
  DOCUMENT_NOUNS,
  HEADLINE_VERBS,
  isPersonNoun,
  REPORTING_VERBS,
} from './lexicon';
import { isTitleWord } from './nameWords';
import { type ParsedName, parseName } from './names';
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

export const MAX_PHRASE_TOKENS = 9;
export const PAST_TENSE = /^\p{Ll}{3,}ed$/u;
export const PP_LINKS = new Set(['of', 'for', 'at', 'from', 'with', 'to', 'in']);
export const BOUNDARY_WORDS = new Set([
  'that', 'and', 'or', 'but', 'when', 'while', 'as', 'if', 'because', 'after', 'before', 'since', 'than', 'where',
  'whether', 'though', 'although', 'so', 'then', 'also', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be',
]);

export const isWord = (token: Token | undefined): token is Token => token !== undefined && token.type === 'word';
export const isCap = (token: Token | undefined): boolean => isCapitalized(token);
export const isLowerWord = (token: Token | undefined): boolean => isWord(token) && !isCapitalized(token);

/** A reporting verb as written in running text: lower case ("State" in "Islamic State" is not one). */
export function isCueVerb(token: Token | undefined): boolean {
  return isWord(token) && REPORTING_VERBS.has(token.lower) && !isCapitalized(token);
}

/** A reporting verb capitalised as a title-case headline writes it: "Roe Says …", "Roe Praises Doe: ‘…’". */
export function isHeadlineVerb(token: Token | undefined): boolean {
  return isWord(token) && isCapitalized(token) && (REPORTING_VERBS.has(token.lower) || HEADLINE_VERBS.has(token.lower));
}

function slice(tokens: readonly Token[], from: number, to: number, text: string): string {
  return text.slice(tokens[from].start, tokens[to - 1].end);
}

export function pronounPhrase(token: Token): Phrase {
  return { start: token.start, end: token.end, text: token.text, kind: 'pronoun', name: null, words: [token.lower] };
}

/** A name run [from, to) as a phrase; a title-only run ("the Alliance Secretary General") is a role phrase. */
export function namePhrase(tokens: readonly Token[], from: number, to: number, text: string): Phrase | null {
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

export function roleWords(tokens: readonly Token[], from: number, to: number): string[] {
  return lowerWords(tokens, from, to, (token) => token.type === 'word' && !DETERMINERS.has(token.lower));
}

export function rolePhrase(tokens: readonly Token[], from: number, to: number, text: string): Phrase {
  return { start: tokens[from].start, end: tokens[to - 1].end, text: slice(tokens, from, to, text), kind: 'role', name: null, words: roleWords(tokens, from, to) };
}

export function isPersonOrOrgHead(lower: string): boolean {
  return isPersonNoun(lower) || ORG_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower) || isTitleWord(lower);
}
