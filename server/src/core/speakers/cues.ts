import type { TextSpan } from '../types';
import { SPEECH_NOUNS, SUBJECT_PRONOUNS } from './lexicon';
import { isCueVerb, phraseEndingAt, phraseStartingAt, type Phrase } from './phrases';
import { isNounUse, isWord, nounCueSubject, sentenceSubject, subjectBefore, type ClauseContext } from './subjects';
import type { Token } from './tokens';

export type CuePosition = 'before' | 'after' | 'carried';

/** How one quote is attributed: the mention doing the attributing, the cue, and where they stood. */
export interface CueMatch {
  subject: Phrase;
  cue: TextSpan | null;
  position: CuePosition;
  /** For a relative "who": the phrase it hangs on ("Smith, who said …"). */
  antecedent?: Phrase;
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'it', 'you']);
const TELL_FORMS = new Set(['told', 'tell', 'tells', 'telling']);
const DASHES = new Set(['—', '–', '―', '-', '--']);
function span(tokens: readonly Token[], from: number, to: number, text: string): TextSpan {
  return { start: tokens[from].start, end: tokens[to].end, text: text.slice(tokens[from].start, tokens[to].end) };
}

/** "told reporters", "told The Associated Press": the verb with its addressee; otherwise the verb alone. */
function cueSpan(tokens: readonly Token[], verb: number, limit: number, text: string): TextSpan {
  if (!TELL_FORMS.has(tokens[verb].lower)) {
    return span(tokens, verb, verb, text);
  }
  const object = phraseStartingAt(tokens, verb + 1, limit, text);
  if (!object) {
    return span(tokens, verb, verb, text);
  }
  let last = verb + 1;
  while (last + 1 < limit && tokens[last + 1].end <= object.end) {
    last++;
  }
  return span(tokens, verb, last, text);
}

/** Index of the token whose start is `start`, searching from `from` forward. */
function indexOf(tokens: readonly Token[], start: number, from: number): number {
  let k = Math.max(0, from);
  while (k < tokens.length && tokens[k].start < start) {
    k++;
  }
  return k;
}

function lastIndexOf(tokens: readonly Token[], start: number, from: number): number {
  let k = from;
  while (k > 0 && tokens[k].start > start) {
    k--;
  }
  return k;
}

/** The first token of the sentence that holds token `index`. */
export function sentenceStart(tokens: readonly Token[], index: number): number {
  let k = index - 1;
  while (k >= 0 && !tokens[k].sentenceEnd) {
    k--;
  }
  return k + 1;
}

/** Cue before the quote, nearest first: "Rutte said: “…”", "According to X, “…”", "…, saying Rubio was “…”". */
export function cueBefore(context: ClauseContext, quote: number): CueMatch | null {
  const { tokens, text } = context;
  const floor = sentenceStart(tokens, quote);
  let weakNoun: CueMatch | null = null;
  for (let k = quote - 1; k >= floor; k--) {
    const token = tokens[k];
    if (!isWord(token)) {
      continue;
    }
    if (token.lower === 'to' && tokens[k - 1]?.lower === 'according') {
      const subject = phraseStartingAt(tokens, k + 1, tokens.length, text);
      if (subject) {
        return { subject, cue: span(tokens, k - 1, k, text), position: 'before' };
      }
      continue;
    }
    if (SPEECH_NOUNS.has(token.lower) && !weakNoun) {
      const noun = nounCueSubject(context, k, quote, floor);
      if (noun?.explicit) {
        return { subject: noun.subject, cue: null, position: 'before' };
      }
      weakNoun = noun ? { subject: noun.subject, cue: null, position: 'before' } : null;
      continue;
    }
    if (!isCueVerb(token) || isNounUse(tokens, k)) {
      continue;
    }
    const cue = cueSpan(tokens, k, quote, text);
    if (token.lower.endsWith('ing')) {
      const subject = sentenceSubject(context, floor, k);
      if (subject) {
        return { subject, cue, position: 'before' };
      }
      continue;
    }
    const subject = subjectBefore(context, k, floor);
    if (subject) {
      return withAntecedent({ subject, cue, position: 'before' }, tokens, k, floor, text);
    }
    // "…, said Rutte: “…”" (inverted before the quote, right after a clause boundary)
    const opensClause = k === floor || !isWord(tokens[k - 1]);
    const inverted = opensClause ? phraseStartingAt(tokens, k + 1, quote, text) : null;
    if (inverted && inverted.kind === 'name') {
      return { subject: inverted, cue, position: 'before' };
    }
  }
  if (weakNoun) {
    return weakNoun;
  }
  // a bare colon: "Rutte on Ukraine: “…”"
  if (tokens[quote - 1]?.text === ':') {
    const subject = sentenceSubject(context, floor, quote - 1);
    if (subject) {
      return { subject, cue: null, position: 'before' };
    }
  }
  return null;
}

/** "Smith, who said …": keep "who" as the attributing mention and remember what it stands for. */
function withAntecedent(match: CueMatch, tokens: readonly Token[], verb: number, floor: number, text: string): CueMatch {
  if (match.subject.kind !== 'pronoun' || (match.subject.text.toLowerCase() !== 'who' && match.subject.text.toLowerCase() !== 'which')) {
    return match;
  }
  let k = lastIndexOf(tokens, match.subject.start, verb) - 1;
  if (tokens[k]?.text === ',') {
    k--;
  }
  const antecedent = k >= floor ? phraseEndingAt(tokens, k, floor, text) : null;
  return antecedent ? { ...match, antecedent } : match;
}

/** Cue after the quote: "“…,” Rutte said", "“…,” said Rutte, the NATO chief", "“…,” according to X", "“…” — X". */
export function cueAfter(context: ClauseContext, quote: number): CueMatch | null {
  const { tokens, text } = context;
  if (tokens[quote].sentenceEnd && !/[?!…][’'"”]?\s*$/.test(text.slice(tokens[quote].start, tokens[quote].end))) {
    return null; // “… today.” Next sentence: what follows starts a new sentence
  }
  let k = quote + 1;
  let ceiling = k;
  while (ceiling < tokens.length && tokens[ceiling].type !== 'quote' && !tokens[ceiling].sentenceEnd) {
    ceiling++;
  }
  let dashed = false;
  while (k < ceiling && tokens[k].type === 'punct' && tokens[k].text !== '(') {
    dashed ||= DASHES.has(tokens[k].text);
    k++;
  }
  const first = tokens[k];
  if (!isWord(first)) {
    return null;
  }
  if (first.lower === 'according' && tokens[k + 1]?.lower === 'to') {
    const subject = phraseStartingAt(tokens, k + 2, ceiling, text);
    return subject ? { subject, cue: span(tokens, k, k + 1, text), position: 'after' } : null;
  }
  if (isCueVerb(first) && !first.lower.endsWith('ing')) {
    const subject = phraseStartingAt(tokens, k + 1, ceiling, text);
    if (subject && !OBJECT_PRONOUNS.has(subject.text.toLowerCase())) {
      return { subject, cue: cueSpan(tokens, k, ceiling, text), position: 'after' };
    }
    return null;
  }
  const subject = phraseStartingAt(tokens, k, ceiling, text);
  if (!subject) {
    return null;
  }
  const verb = skipAsides(tokens, indexOf(tokens, subject.end, k), ceiling);
  if (verb < ceiling && isCueVerb(tokens[verb]) && !(tokens[verb].lower.endsWith('ing') && !SUBJECT_PRONOUNS.has(subject.text.toLowerCase()))) {
    return { subject, cue: cueSpan(tokens, verb, ceiling, text), position: 'after' };
  }
  if (dashed && subject.kind === 'name' && (ceiling >= tokens.length || tokens[verb]?.text === '(' || verb >= ceiling)) {
    return { subject, cue: null, position: 'after' };
  }
  return null;
}

const FILLER_AFTER_SUBJECT = /^(?:also|later|then|again|has|had|have|would|once|\p{Ll}+ly)$/u;

/** Past a subject's parenthesis, apposition and adverbs: "Cruz (R-Texas) said", "Jim Bennett, 57, told". */
function skipAsides(tokens: readonly Token[], from: number, ceiling: number): number {
  let v = from;
  for (let guard = 0; v < ceiling && guard < 6; guard++) {
    const token = tokens[v];
    if (token.text === '(') {
      while (v < ceiling && tokens[v].text !== ')') {
        v++;
      }
      v++;
    } else if (token.text === ',') {
      let close = v + 1;
      while (close < ceiling && tokens[close].text !== ',' && close - v < 12) {
        close++;
      }
      if (close >= ceiling || tokens[close].text !== ',') {
        return v;
      }
      v = close + 1;
    } else if (isWord(token) && FILLER_AFTER_SUBJECT.test(token.lower)) {
      v++;
    } else {
      return v;
    }
  }
  return v;
}
