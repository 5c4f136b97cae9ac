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

/**
 * Splits a token stream into maximal capitalised phrases ("NATO Secretary General Mark Rutte", "Bank of America").
 * `commonWords` holds the words the document also writes in lower case: a capitalised sentence opener that is one
 * of them ("Leaks", "Meanwhile") is not part of a name. Runs start in [from, to) and hold words (and the
 * apostrophe of a plural possessive) only.
 */
export function capitalizedRuns(tokens: readonly Token[], commonWords: ReadonlySet<string>, from = 0, to = tokens.length): [number, number][] {
  const runs: [number, number][] = [];
  let i = from;
  while (i < to) {
    const token = tokens[i];
    if (!startsName(tokens, i)) {
      i++;
      continue;
    }
    // a sentence opener the document also writes in lower case, or a verb of saying opening it ("Stated Roe: …")
    if (opensSentence(tokens, i) && ((commonWords.has(token.lower) && !isTitleWord(token.lower)) || HEADLINE_VERBS.has(token.lower) || isParticipleOpener(tokens, i))) {
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
    runs.push([i, j]);
    i = j;
  }
  return runs;
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

function join(tokens: readonly Token[], text: string): string {
  return tokens.length ? text.slice(tokens[0].start, tokens[tokens.length - 1].end) : '';
}

function classify(nameTokens: readonly Token[]): NameKind {
  const lowers = lowerWords(nameTokens, 0, nameTokens.length);
  const last = lowers[lowers.length - 1];
  if (lowers.some((word) => ORG_HEADS.has(word))) {
    return 'org';
  }
  if (THING_HEADS.has(last) || (nameTokens.length > 1 && lowers.some((word) => NON_PERSON_WORDS.has(word)))) {
    return 'thing';
  }
  if (PLACE_WORDS.has(lowers[0]) && nameTokens.length > 1) {
    return 'place';
  }
  if (nameTokens.length === 1) {
    return isAcronym(nameTokens[0].text) ? 'org' : 'single';
  }
  if (lowers.includes('of') || nameTokens.some((token) => isAcronym(token.text) || /\d/.test(token.text))) {
    return 'org';
  }
  return 'person';
}

/** The pre-nominal title without honorifics ("Mr." is not a role), or null. */
function titleText(titleTokens: readonly Token[], text: string): string | null {
  const first = titleTokens.findIndex((token) => !HONORIFICS.has(token.lower));
  return first < 0 ? null : join(titleTokens.slice(first), text);
}

const NO_TOKENS: readonly Token[] = [];

/** A singular agent noun capitalised in front of a full name ("Psychologist Jane Roe", "Historian Jon Doe"). */
const isProfession = (lower: string): boolean => isPersonNoun(lower) && !lower.endsWith('s');

/** Reads one capitalised run: strips honorifics and pre-nominal titles, classifies what is left. */
export function parseName(tokens: readonly Token[], text: string): ParsedName | null {
  if (tokens.length === 0) {
    return null;
  }
  let gender: 'm' | 'f' | null = null;
  let lastTitle = -1;
  for (let k = 0; k < tokens.length - 1; k++) {
    const lower = tokens[k].lower;
    if (HONORIFICS.has(lower)) {
      gender = FEMALE.has(lower) ? 'f' : 'm';
      lastTitle = k;
    } else if (isTitleWord(lower) || (k === 0 && tokens.length > 2 && isProfession(lower))) {
      // "Secretary of State Marco Rubio": the "of X" belongs to the title
      lastTitle = tokens[k + 1]?.lower === 'of' && k + 2 < tokens.length - 1 ? k + 2 : k;
    }
  }
  // no copies for the usual run with no title in front
  let nameTokens = lastTitle < 0 ? tokens : tokens.slice(lastTitle + 1);
  const titleTokens = lastTitle < 0 ? NO_TOKENS : tokens.slice(0, lastTitle + 1);
  while (nameTokens.length > 1 && NAME_SUFFIXES.has(nameTokens[0].lower)) {
    nameTokens = nameTokens.slice(1);
  }
  // a run ending in a title word names a role, not a person ("the Alliance Secretary General", "NATO Chief")
  if (isTitleWord(tokens[tokens.length - 1].lower)) {
    return {
      start: tokens[0].start,
      end: tokens[tokens.length - 1].end,
      text: join(tokens, text),
      words: lowerWords(tokens, 0, tokens.length),
      kind: 'role',
      title: null,
      gender,
      phraseStart: tokens[0].start,
    };
  }
  const kind = classify(nameTokens);
  // A title in front of an organisation name is part of it ("Foreign Ministry", "Defense Department")
  if (kind === 'org' && titleTokens.length) {
    nameTokens = [...tokens];
  }
  return {
    start: nameTokens[0].start,
    end: nameTokens[nameTokens.length - 1].end,
    text: join(nameTokens, text),
    words: lowerWords(nameTokens, 0, nameTokens.length, (token) => token.type === 'word' && !NAME_SUFFIXES.has(token.lower)),
    kind,
    title: kind === 'org' ? null : titleText(titleTokens, text),
    gender,
    phraseStart: tokens[0].start,
  };
}
