import { HONORIFICS, isPersonNoun, NON_PERSON_WORDS, ORG_HEADS, PLACE_WORDS, THING_HEADS } from './lexicon';
import { type Token } from './tokens';
import { lowerWords } from './lowerWords';
import { modifiesSpeaker } from './loneModifiers';
import { isTitleWord } from './nameWords';

export type NameKind = 'person' | 'org' | 'place' | 'thing' | 'role' | 'single';

/** A capitalised phrase read as a name: the mention (titles and honorifics left out) and what stood before it. */
export interface ParsedName {
  start: number;
  end: number;
  text: string;
  /** The name's words, lower case ("mark", "rutte"). */
  words: string[];
  kind: NameKind;
  /** Pre-nominal title as written ("NATO Secretary General", "President"), or null. */
  title: string | null;
  /** 'm' / 'f' when an honorific tells (Mr., Ms.). */
  gender: 'm' | 'f' | null;
  /** Start of the whole phrase, titles included. */
  phraseStart: number;
}

const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
const FEMALE = new Set(['ms', 'ms.', 'mrs', 'mrs.', 'miss', 'dame', 'lady', 'madam']);

const ACRONYM = /^\p{Lu}{2,}$/u;
/** Two or more capitals and nothing else; the \p regex (dear per call) only decides a text with a non-ASCII code unit. */
function isAcronym(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 128) {
      return ACRONYM.test(text);
    }
    if (code < 65 || code > 90) {
      return false;
    }
  }
  return text.length >= 2;
}

/** The text of tokens[from, to) (never empty). */
function join(tokens: readonly Token[], from: number, to: number, text: string): string {
  return text.slice(tokens[from].start, tokens[to - 1].end);
}

const DIGIT = /\d/;

/** What the name tokens[from, to) names, read in place. */
function classify(tokens: readonly Token[], from: number, to: number): NameKind {
  let orgHead = false;
  let nonPerson = false;
  let of = false;
  for (let k = from; k < to; k++) {
    const word = tokens[k].lower;
    orgHead ||= ORG_HEADS.has(word);
    nonPerson ||= NON_PERSON_WORDS.has(word);
    of ||= word === 'of';
  }
  const count = to - from;
  if (orgHead) {
    return 'org';
  }
  if (THING_HEADS.has(tokens[to - 1].lower) || (count > 1 && nonPerson)) {
    return 'thing';
  }
  if (PLACE_WORDS.has(tokens[from].lower) && count > 1) {
    return 'place';
  }
  if (count === 1) {
    return isAcronym(tokens[from].text) ? 'org' : nonPerson && !modifiesSpeaker(tokens, to) ? 'thing' : 'single';
  }
  for (let k = from; k < to && !of; k++) {
    of = isAcronym(tokens[k].text) || DIGIT.test(tokens[k].text);
  }
  return of ? 'org' : 'person';
}

/** The pre-nominal title tokens[from, to) without honorifics ("Mr." is not a role), or null. */
function titleText(tokens: readonly Token[], from: number, to: number, text: string): string | null {
  let first = from;
  while (first < to && HONORIFICS.has(tokens[first].lower)) {
    first++;
  }
  return first < to ? join(tokens, first, to, text) : null;
}

const isNameWord = (token: Token): boolean => token.type === 'word' && !NAME_SUFFIXES.has(token.lower);

/** A singular agent noun capitalised in front of a full name ("Psychologist Jane Roe", "Historian Jon Doe"). */
const isProfession = (lower: string): boolean => isPersonNoun(lower) && !lower.endsWith('s');

/** Reads the capitalised run tokens[from, to): strips honorifics and pre-nominal titles, classifies what is left. */
export function parseName(tokens: readonly Token[], runFrom: number, runTo: number, text: string): ParsedName | null {
  const from = Math.max(0, runFrom);
  const to = Math.min(tokens.length, runTo);
  if (to <= from) {
    return null;
  }
  let gender: 'm' | 'f' | null = null;
  // the run's tokens [from, titleEnd) are honorifics and titles, [nameStart, to) the name
  let titleEnd = from;
  for (let k = from; k < to - 1; k++) {
    const lower = tokens[k].lower;
    if (HONORIFICS.has(lower)) {
      gender = FEMALE.has(lower) ? 'f' : 'm';
      titleEnd = k + 1;
    } else if (isTitleWord(lower) || (k === from && to - from > 2 && isProfession(lower))) {
      // "Secretary of State Marco Rubio": the "of X" belongs to the title
      titleEnd = tokens[k + 1].lower === 'of' && k + 2 < to - 1 ? k + 3 : k + 1;
    }
  }
  let nameStart = titleEnd;
  while (to - nameStart > 1 && NAME_SUFFIXES.has(tokens[nameStart].lower)) {
    nameStart++;
  }
  const phraseStart = tokens[from].start;
  // a run ending in a title word names a role, not a person ("the Alliance Secretary General", "NATO Chief")
  if (isTitleWord(tokens[to - 1].lower)) {
    return { start: phraseStart, end: tokens[to - 1].end, text: join(tokens, from, to, text), words: lowerWords(tokens, from, to), kind: 'role', title: null, gender, phraseStart };
  }
  const kind = classify(tokens, nameStart, to);
  // A title in front of an organisation name is part of it ("Foreign Ministry", "Defense Department")
  if (kind === 'org' && titleEnd > from) {
    nameStart = from;
  }
  return {
    start: tokens[nameStart].start,
    end: tokens[to - 1].end,
    text: join(tokens, nameStart, to, text),
    words: lowerWords(tokens, nameStart, to, isNameWord),
    kind,
    title: kind === 'org' ? null : titleText(tokens, from, titleEnd, text),
    gender,
    phraseStart,
  };
}
