import { DETERMINERS, isPersonNoun, PERSON_NOUNS, TITLE_QUALIFIERS } from './lexicon';
import { isNonName, isTitleWord, opensSentence } from './nameWords';
import { isCapitalized } from './tokens';
import type { Token } from './tokens';

/** A role stated next to a name, and the role phrase itself when it is a mention ("his deputy, Christopher Landau"). */
export interface StatedRole {
  role: string;
  /** Set when the role is an appositive noun phrase that refers to the person, e.g. "his deputy". */
  mention: { start: number; end: number; text: string } | null;
}

const MAX_APPOSITION_TOKENS = 9;
/** Adjective endings and a few adjectives of standing: a sentence-initial capital on one of them is no name's. */
const ADJECTIVAL = /^(?:\p{Ll}+(?:al|ic|ed|ive|ous|ful)|veteran|longtime|local|renowned|prominent|leading)$/u;
const isWord = (token: Token | undefined): token is Token => token !== undefined && token.type === 'word';
const isRoleHead = (lower: string): boolean => isTitleWord(lower) || PERSON_NOUNS.has(lower);

/** A role as listed: without its determiner ("the NATO chief" → "NATO chief", "his daughter" → "daughter"). */
export function roleText(phrase: string): string {
  return phrase.replace(/^(?:the|a|an|his|her|its|their|our|my)\s+/i, '').replace(/\s+/g, ' ').trim();
}

const LOWER_START = /^\p{Ll}/u;

/**
 * "special envoy Steve Witkoff", "head librarian Carys Whitlow": lower-case role words right before the name, with
 * a capitalised adjective opening the sentence ("Local historian Ewan Price" → "local historian").
 */
function premodifier(tokens: readonly Token[], first: number, text: string): StatedRole | null {
  let k = first - 1;
  const head = tokens[k];
  const singularNoun = isWord(head) && isPersonNoun(head.lower) && !/[^s]s$/.test(head.lower); // not "candidates Cruz and Rubio"
  if (!isWord(head) || !LOWER_START.test(head.text) || !(isTitleWord(head.lower) || singularNoun)) {
    return null;
  }
  while (k - 1 >= 0 && isWord(tokens[k - 1]) && first - k < 4 && (TITLE_QUALIFIERS.has(tokens[k - 1].lower) || isTitleWord(tokens[k - 1].lower))) {
    k--;
  }
  const opener = tokens[k - 1];
  if (first - k < 3 && isCapitalized(opener) && !isNonName(opener) && opensSentence(tokens, k - 1)) {
    // "Local historian" → "local historian", but "Clinton spokesman" keeps its name
    const written = ADJECTIVAL.test(opener.lower) || TITLE_QUALIFIERS.has(opener.lower) ? opener.lower : opener.text;
    return { role: roleText(written + text.slice(opener.end, tokens[first - 1].end)), mention: null };
  }
  return { role: roleText(text.slice(tokens[k].start, tokens[first - 1].end)), mention: null };
}

/** "Mark Rutte, NATO's secretary general, said": an appositive role after the name. */
function appositionAfter(tokens: readonly Token[], last: number, text: string): StatedRole | null {
  if (tokens[last + 1]?.text !== ',') {
    return null;
  }
  let k = last + 2;
  let head = -1;
  while (k < tokens.length && k - last < MAX_APPOSITION_TOKENS && (isWord(tokens[k]) || tokens[k].type === 'possessive')) {
    if (isWord(tokens[k]) && isRoleHead(tokens[k].lower)) {
      head = k;
    }
    k++;
  }
  const closer = tokens[k];
  const first = tokens[last + 2];
  const opensLikeRole = isWord(first) && (DETERMINERS.has(first.lower) || tokens[last + 3]?.type === 'possessive' || isRoleHead(first.lower) || TITLE_QUALIFIERS.has(first.lower));
  if (head < 0 || head !== k - 1 || !opensLikeRole || !closer || (closer.text !== ',' && closer.text !== '.' && !closer.sentenceEnd)) {
    return null;
  }
  return { role: roleText(text.slice(first.start, tokens[head].end)), mention: null };
}

/** "his deputy, Christopher Landau,": an appositive role phrase before the name, which is also a mention. */
function appositionBefore(tokens: readonly Token[], first: number, last: number, text: string): StatedRole | null {
  if (tokens[first - 1]?.text !== ',' || tokens[last + 1]?.text !== ',' || !isWord(tokens[first - 2]) || !isRoleHead(tokens[first - 2].lower)) {
    return null;
  }
  let k = first - 2;
  while (k - 1 >= 0 && first - k < MAX_APPOSITION_TOKENS && (isWord(tokens[k - 1]) || tokens[k - 1].type === 'possessive')) {
    k--;
    if (DETERMINERS.has(tokens[k].lower)) {
      break;
    }
  }
  if (!DETERMINERS.has(tokens[k].lower)) {
    return null;
  }
  const start = tokens[k].start;
  const end = tokens[first - 2].end;
  return { role: roleText(text.slice(start, end)), mention: { start, end, text: text.slice(start, end) } };
}

/** The (shared) list of a name without a stated role, as most are: no array per name. */
export const NO_ROLES: readonly StatedRole[] = [];

/** Roles stated around the name run tokens[first..last]: premodifier, apposition after, apposition before. */
export function rolesAround(tokens: readonly Token[], first: number, last: number, text: string): readonly StatedRole[] {
  const roles = [premodifier(tokens, first, text), appositionAfter(tokens, last, text), appositionBefore(tokens, first, last, text)];
  return roles[0] === null && roles[1] === null && roles[2] === null ? NO_ROLES : roles.filter((role): role is StatedRole => role !== null);
}
