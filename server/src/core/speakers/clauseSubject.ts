import { sentenceStart, type CueMatch } from './cueMatch';
import { DASHES, isWord } from './clauses';
import { isCueVerb, pronounPhrase, type Phrase } from './phraseParts';
import { followedByVerb, type ClauseContext } from './subjects';
import type { Token } from './tokens';
import { SINGULAR_PERSONAL } from './lexicon';

// Which clause of a sentence a quote with no verb of saying stands in, and so which mention of its source is nearest.

/** Words that open a clause of its own after a first one ("…, and he pledged", "…, although she warned"). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'yet', 'although', 'though', 'when', 'while', 'as']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which']);

/**
 * "He propounded the theme in later years, when he was embittered at being misled into a “humanitarian” war", "Roe is
 * winning nods as he keeps talking about the “power of we”": when the subject was chosen with no verb of saying (a
 * probable source of a scare or partial quote), a "he" or "she" opening a later clause of the quote's sentence is the
 * nearer mention of that source. The caller keeps it only when it stands for the same person as the subject chosen:
 * the speaker never changes, only the mention that attributes the quote. A quote a verb of saying attributes keeps
 * its cue's subject; so does one past a relative clause or an aside that held the pronoun ("Roe, who lost as he
 * struggled, …", "Roe went online — as he often does — and …").
 */
export function nearerClausePronoun(context: ClauseContext, quote: number, match: CueMatch): Phrase | null {
  const { tokens } = context;
  if (match.position !== 'before' || match.cue !== null || match.byNoun || match.subject.end > tokens[quote].start) {
    return null;
  }
  const floor = sentenceStart(tokens, quote);
  for (let k = quote - 1; k > floor && tokens[k].start >= match.subject.end; k--) {
    const token = tokens[k];
    if (token.type === 'quote') {
      return null;
    }
    if (!isWord(token) || !SINGULAR_PERSONAL.has(token.lower) || tokens[k - 1].lower === 'that') {
      continue; // "… that she has “…”": the subject of a clause a verb reports
    }
    if (!opensClause(tokens, k, quote)) {
      return null;
    }
    const first = firstOfChain(tokens, match, k);
    return inRelativeClause(tokens, match, floor, first) || asideBetween(tokens, first, quote) ? null : pronounPhrase(tokens[first]);
  }
  return null;
}

/** Whether the pronoun at `k` opens a clause of its own with its verb after it ("…, and he pledged"). */
function opensClause(tokens: readonly Token[], k: number, quote: number): boolean {
  const opener = tokens[k - 1];
  return isWord(opener) && CLAUSE_OPENERS.has(opener.lower) && followedByVerb(tokens, k + 1, quote);
}

/**
 * "…, but he was shocked when he heard about the “loophole”": of a chain of clauses the same pronoun opens, the
 * first, whose clause holds the others.
 */
function firstOfChain(tokens: readonly Token[], match: CueMatch, k: number): number {
  let first = k;
  for (let j = k - 1; j > 0 && tokens[j].start >= match.subject.end; j--) {
    if (tokens[j].lower === tokens[k].lower && tokens[j - 1].lower !== 'that' && opensClause(tokens, j, k)) {
      first = j;
    }
  }
  return first;
}

const ASIDE_MARKS: ReadonlySet<string> = new Set([...DASHES, '(', ')']);

/** "Roe jumped online — as he so often does — and posted “…”": a dash or bracket closes the pronoun's aside. */
function asideBetween(tokens: readonly Token[], k: number, quote: number): boolean {
  for (let j = k + 1; j < quote; j++) {
    if (ASIDE_MARKS.has(tokens[j].text)) {
      return true;
    }
  }
  return false;
}

/** "Roe, who has resented Doe as he struggled, …": a relative pronoun between the subject and the pronoun `k`. */
function inRelativeClause(tokens: readonly Token[], match: CueMatch, floor: number, k: number): boolean {
  for (let j = k - 1; j > floor && tokens[j].start >= match.subject.end; j--) {
    if (isWord(tokens[j]) && RELATIVES.has(tokens[j].lower)) {
      return true;
    }
  }
  return false;
}

const OWN_CLAUSE_JOINERS = new Set(['and', 'but', 'yet']);

/**
 * "Roe said both are “non-entities,” but he gave Doe a back-handed compliment: “…”": at the joiner `k` (after a comma
 * or a quote), a clause of its own coordinated after a verb of saying, whose "he" or "she" is followed by its verb,
 * holds the quote; that pronoun is its source, not the earlier cue's subject. Not a clause inside what a "that"
 * reports ("Roe said that the server was open, and he had “total access”").
 */
export function ownClauseSubject(tokens: readonly Token[], floor: number, k: number, quote: number): Phrase | null {
  const subject = tokens[k + 1];
  const joined = (tokens[k - 1]?.text === ',' || tokens[k - 1]?.type === 'quote') && OWN_CLAUSE_JOINERS.has(tokens[k].lower);
  if (!joined || !isWord(subject) || !SINGULAR_PERSONAL.has(subject.lower) || k + 2 >= quote || !followedByVerb(tokens, k + 2, quote)) {
    return null;
  }
  let reported = false;
  for (let j = floor; j < k; j++) {
    if (tokens[j].lower === 'that') {
      return null;
    }
    reported ||= isCueVerb(tokens[j]);
  }
  return reported ? pronounPhrase(subject) : null;
}
