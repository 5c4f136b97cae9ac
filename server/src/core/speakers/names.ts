import {
  HEADLINE_VERBS,
  HONORIFICS,
  isPersonNoun,
  NON_NAME_WORDS,
  NON_PERSON_WORDS,
  ORG_HEADS,
  PLACE_WORDS,
  REPORTING_VERBS,
  STANCE_VERBS,
  SUBJECT_VERB_FILLERS,
  THING_HEADS,
  TITLE_WORDS,
} from './lexicon';
import { isCapitalized, type Token } from './tokens';
import { lowerWords } from './lowerWords';
import { isWrittenSurname } from './surnames';
import { modifiesSpeaker } from './loneModifiers';

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

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'al', 'da', 'del', 'della', 'la', 'le', 'di', 'du', 'dos', 'ter', 'ten', 'el', 'ibn', 'of']);
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
const FEMALE = new Set(['ms', 'ms.', 'mrs', 'mrs.', 'miss', 'dame', 'lady', 'madam']);

/** A capitalised function or calendar word ("The", "Tuesday"); an all-caps acronym ("US") is never one. */
export function isNonName(token: Token): boolean {
  return NON_NAME_WORDS.has(token.lower) && !(token.text.length > 1 && isAllCaps(token.text) && token.text !== 'I');
}

/** text === text.toUpperCase(), without a new string for the usual word with an ASCII lower-case letter. */
function isAllCaps(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 97 && code <= 122) {
      return false;
    }
    if (code >= 128) {
      return text === text.toUpperCase();
    }
  }
  return true;
}

/**
 * "New" before a capitalised word starts a place's name ("New Hampshire", "New York Gov. Jane Roe"), which the
 * name reading then files as a place: otherwise the run would start at "Hampshire" and read as a person.
 */
export function opensPlaceName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  return (
    token !== undefined &&
    next !== undefined &&
    PLACE_WORDS.has(token.lower) &&
    NON_NAME_WORDS.has(token.lower) &&
    capitalized(token) &&
    capitalized(next) &&
    !isNonName(next) &&
    next.start - token.end <= 1 &&
    !next.lineStart
  );
}

/** Whether a capitalised run may start at token `index`: a capitalised word that is not a function word, or "New" of a place. */
export function startsName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return capitalized(token) && (!isNonName(token) || opensPlaceName(tokens, index));
}

export function isTitleWord(lower: string): boolean {
  if (TITLE_WORDS.has(lower)) {
    return true;
  }
  // President-elect, Secretary-General, Vice-President, ex-minister
  return lower.includes('-') && lower.split('-').some((part) => TITLE_WORDS.has(part));
}


const OPENERS = new Set(['“', '"', '‘', "'", '(', '«', '—', ':', '[']);
/** True when token `index` opens a sentence, a quotation, a parenthesis or a line. */
export function opensSentence(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous === undefined || previous.sentenceEnd || previous.type === 'quote' || OPENERS.has(previous.text) || tokens[index].lineStart;
}

const PARTICIPLE_OBJECTS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'that', 'these', 'those', 'so', 'up']);

/**
 * A capitalised "-ing" word opening a sentence before its object ("Following Monday's vote, …", "Citing the report",
 * "Doing so …"): a participle or gerund, not a name ("Manning said" stays one; a heading in capitals is left alone).
 */
export function isParticipleOpener(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (token.lower.length < 6 || !token.lower.endsWith('ing') || isAllCaps(token.text) || next === undefined || next.type !== 'word' || !opensSentence(tokens, index)) {
    return false;
  }
  return PARTICIPLE_OBJECTS.has(next.lower) || (isCapitalized(next) && next.start - token.end <= 1) || opensComplement(tokens, index + 1);
}

/** Modals and common irregular past forms: the verb of an "-ing" surname ("Fleming went", "Manning can"). */
const NAME_VERBS = new Set([
  'can', 'may', 'might', 'must', 'should', 'shall', 'went', 'came', 'took', 'made', 'got', 'gave', 'left', 'ran', 'met',
  'won', 'lost', 'held', 'led', 'sent', 'spent', 'kept', 'became', 'began', 'brought', 'bought', 'found', 'stood', 'sat',
]);
const VERB_ENDING = /(?:s|ed|ly)$/;
/** How far a fronted participle phrase runs before the comma that closes it ("Facing mounting criticism from both parties,"). */
const MAX_FRONTED_TOKENS = 12;

/**
 * "Facing mounting criticism …, Roe released", "Citing last week's attack, …": the lower-case word at `index` starts the
 * participle's complement, not the verb a name would take ("Manning said", "Manning also wants", "Manning argued"),
 * and a comma closes the phrase before the sentence ends.
 */
function opensComplement(tokens: readonly Token[], index: number): boolean {
  const { lower } = tokens[index];
  if (isCapitalized(tokens[index]) || REPORTING_VERBS.has(lower) || STANCE_VERBS.has(lower) || SUBJECT_VERB_FILLERS.has(lower) || NAME_VERBS.has(lower) || VERB_ENDING.test(lower)) {
    return false;
  }
  for (let k = index + 1; k < tokens.length && k - index < MAX_FRONTED_TOKENS; k++) {
    if (tokens[k].text === ',') {
      return true;
    }
    if (tokens[k].sentenceEnd || tokens[k].type === 'quote') {
      return false;
    }
  }
  return false;
}

/** Whether an organisation's head noun is among the (at most four) capitalised words from `from` on. */
function orgHeadFollows(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 4 && isCapitalized(tokens[k]) && (k === from || tokens[k].start - tokens[k - 1].end <= 1); k++) {
    if (ORG_HEADS.has(tokens[k].lower)) {
      return true;
    }
  }
  return false;
}

/**
 * "Trawlers' Association": a plural possessive apostrophe at `index` joining two parts of one organisation's name
 * (not "Breitbart News’ Dr. Smith": the part after it must hold an organisation's head noun).
 */
export function possessiveJoin(tokens: readonly Token[], index: number): boolean {
  const mark = tokens[index];
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return (
    mark?.type === 'punct' &&
    (mark.text === "'" || mark.text === '’') &&
    before?.type === 'word' &&
    before.end === mark.start &&
    before.lower.endsWith('s') &&
    isCapitalized(before) &&
    after !== undefined &&
    isCapitalized(after) &&
    !isNonName(after) &&
    after.start - mark.end <= 1 &&
    !after.lineStart &&
    orgHeadFollows(tokens, index + 1)
  );
}

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
const capitalized = (token: Token): boolean => isCapitalized(token);

/** A capitalised word right after `previous` that carries its name on (a headline's "Thanked", "Warns" does not). */
function continuesName(next: Token, previous: Token): boolean {
  return capitalized(next) && !isNonName(next) && next.start - previous.end <= 1 && !next.lineStart && !HEADLINE_VERBS.has(next.lower);
}

/** Particles that open a surname when capitalised ("De Blasio", "Van Hollen"); not "Ten", "Of", "El" (a place's). */
const SURNAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'al', 'da', 'del', 'della', 'la', 'le', 'di', 'du', 'dos', 'ibn']);

export const isSurnameParticle = (lower: string): boolean => SURNAME_PARTICLES.has(lower);

/** "De Blasio said": a capitalised particle right before a capitalised name word opens that surname, even at a sentence's start. */
function opensSurname(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return SURNAME_PARTICLES.has(tokens[index].lower) && next !== undefined && capitalized(next) && !isNonName(next) && next.start - tokens[index].end <= 1 && !next.lineStart;
}

/**
 * Splits a token stream into maximal capitalised phrases ("NATO Secretary General Mark Rutte", "Bank of America").
 * `commonWords` holds the words the document also writes in lower case: a capitalised sentence opener that is one
 * of them ("Leaks", "Meanwhile") is not part of a name. Runs start in [from, to) and hold words (and the
 * apostrophe of a plural possessive) only.
 */
export function capitalizedRuns(tokens: readonly Token[], commonWords: ReadonlySet<string>, text: string, from = 0, to = tokens.length): [number, number][] {
  const runs: [number, number][] = [];
  let i = from;
  while (i < to) {
    const token = tokens[i];
    if (!startsName(tokens, i)) {
      i++;
      continue;
    }
    // a sentence opener the document also writes in lower case, or a verb of saying opening it ("Stated Roe: …")
    if (opensSentence(tokens, i) && ((commonWords.has(token.lower) && !isTitleWord(token.lower) && !opensSurname(tokens, i)) || HEADLINE_VERBS.has(token.lower) || isParticipleOpener(tokens, i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const next = tokens[j];
      if (continuesName(next, tokens[j - 1])) {
        j++;
      } else if ((PARTICLES.has(next.lower) && next.type === 'word' && tokens[j + 1] && capitalized(tokens[j + 1])) || possessiveJoin(tokens, j)) {
        j += 2;
      } else {
        break;
      }
    }
    j = surnameEnd(tokens, j, text);
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/**
 * `end`, or one past it when the run ending there goes on with a surname spelt as a function word ("Al From,",
 * "Theresa May said"): the text must write it so after a given name (isWrittenSurname). A word that makes a name a
 * thing's ("Judicial Watch") stays out.
 */
export function surnameEnd(tokens: readonly Token[], end: number, text: string): number {
  const next = tokens[end];
  const previous = tokens[end - 1];
  const continues = next !== undefined && capitalized(next) && isNonName(next) && next.start - previous.end <= 1 && !next.lineStart && !capitalized(tokens[end + 1]);
  return continues && !NON_PERSON_WORDS.has(next.lower) && isWrittenSurname(next, text) ? end + 1 : end;
}

/**
 * End (exclusive) of the capitalised run starting at `start`, read in place (no copies: clause scanning calls this
 * for many tokens), at most `max` tokens long; `start` when no run starts there.
 */
export function capitalRunEnd(tokens: readonly Token[], start: number, ceiling: number, max: number): number {
  const first = tokens[start];
  if (first === undefined || start >= ceiling || !startsName(tokens, start)) {
    return start;
  }
  const limit = Math.min(ceiling, start + max);
  let j = start + 1;
  while (j < limit) {
    const next = tokens[j];
    if (continuesName(next, tokens[j - 1])) {
      j++;
    } else if (j + 1 < limit && ((next.type === 'word' && PARTICLES.has(next.lower) && capitalized(tokens[j + 1])) || possessiveJoin(tokens, j))) {
      j += 2;
    } else {
      break;
    }
  }
  return j;
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
