import { MAX_SENTENCE_TOKENS, sentenceStart, type CueMatch } from './cueMatch';
import { DETERMINERS, DOCUMENT_NOUNS, isPersonNoun, ORG_NOUNS } from './lexicon';
import { isCueVerb, isHeadlineVerb, phraseEndingAt, phraseStartingAt, type Phrase } from './phrases';
import { isCapitalized, type Token } from './tokens';
import { isWord } from './clauses';
import { isNounUse } from './nounCues';
import { participleSubject, sentenceSubject, subjectBefore, type ClauseContext } from './subjects';
import { lowerWords } from './lowerWords';
import { headlineLine } from './subheads';

// Attributions read beyond the quote's own clause: from the sentence before it, or from its sentence's subject.

/**
 * "Lynch announced the lawsuit on Monday. “We are seeking …”": a quote opening a sentence with no cue of its own
 * continues the speech reported by the sentence before it, if that sentence has a cue and holds no quote. A role
 * phrase ("The ministry said …") is taken only when `roles` is set.
 */
export function previousSentenceCue(context: ClauseContext, sentenceFirst: number, roles = false): CueMatch | null {
  const { tokens, text } = context;
  const last = sentenceFirst - 1;
  if (last < 0) {
    return null;
  }
  const from = sentenceStart(tokens, last);
  for (let k = last; k >= from; k--) {
    const token = tokens[k];
    if (token.type === 'quote') {
      return null;
    }
    if (!isCueVerb(token) || isNounUse(tokens, k)) {
      continue;
    }
    const subject = token.lower.endsWith('ing') ? participleSubject(context, from, k) : subjectBefore(context, k, from);
    if (subject && (roles || subject.kind !== 'role')) {
      return { subject, cue: { start: token.start, end: token.end, text: text.slice(token.start, token.end) }, position: 'carried' };
    }
  }
  return null;
}

/**
 * "Reid has gone after Trump as a “human leech”": a quoted fragment in a sentence with no cue at all is taken to be
 * the words of the sentence's subject, when that subject is a named person or organisation, or a pronoun.
 */
export function subjectFallback(context: ClauseContext, quote: number): CueMatch | null {
  const floor = sentenceStart(context.tokens, quote);
  const subject = sentenceSubject(context, floor, quote);
  // a role phrase only when definite and headed by a person noun ("The GOP candidate sent …")
  const definiteRole = subject?.kind === 'role' && /^the\s/i.test(subject.text) && isPersonNoun(subject.words[subject.words.length - 1] ?? '');
  if (!subject || (subject.kind === 'role' && !definiteRole) || (subject.name && subject.name.kind !== 'person' && subject.name.kind !== 'org' && subject.name.kind !== 'single')) {
    return null;
  }
  return subject.end <= context.tokens[quote].start ? { subject, cue: null, position: 'before', weak: true } : null;
}

const SOURCE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * "The news service pointed to the board’s “repeated requests”", "Roe stood by her comment that “…”": where neither a
 * cue nor the ranker gives a scare or partial quote a source, the sentence's subject is still its probable source when
 * it names a person or an organisation: a personal pronoun, a name the body gives in full (not a capitalised opener
 * such as "One such" nor an all-capitals teaser line), or a phrase headed by a person, organisation or document noun.
 */
export function probableSubject(context: ClauseContext, quote: number, isFullyNamed: (phrase: Phrase) => boolean): CueMatch | null {
  const subject = sentenceSubject(context, sentenceStart(context.tokens, quote), quote);
  if (!subject || subject.end > context.tokens[quote].start) {
    return null;
  }
  const head = subject.words[subject.words.length - 1] ?? '';
  const source =
    subject.kind === 'pronoun'
      ? SOURCE_PRONOUNS.has(head)
      : subject.kind === 'role'
        ? isPersonNoun(head) || ORG_NOUNS.has(head) || DOCUMENT_NOUNS.has(head)
        : isFullyNamed(subject) && HAS_LOWER.test(subject.text) && !DETERMINERS.has(subject.text.split(' ')[0].toLowerCase());
  return source ? { subject, cue: null, position: 'before', weak: true } : null;
}

const HAS_LOWER = /\p{Ll}/u;

/**
 * "The fisheries ministry said in a statement that … “…,” it said.": an "it" attributing a quote that opens its
 * sentence stands for the organisation named by a role phrase that reported speech in the sentence before.
 */
export function organisationBefore(context: ClauseContext, quote: number, match: CueMatch): Phrase | null {
  if (match.subject.kind !== 'pronoun' || match.subject.text.toLowerCase() !== 'it' || match.antecedent || sentenceStart(context.tokens, quote) !== quote) {
    return null;
  }
  const earlier = quote > 0 ? previousSentenceCue(context, quote, true) : null;
  const subject = earlier?.subject;
  // a short definite phrase headed by an organisation noun: "The fisheries ministry", "the agency"
  const definite = subject?.kind === 'role' && /^the\s/i.test(subject.text) && subject.words.length <= 3;
  return subject && definite && ORG_NOUNS.has(subject.words[subject.words.length - 1] ?? '') ? subject : null;
}

const SIGNATURE_DASHES = new Set(['—', '–', '―', '-', '--']);

/**
 * "“…”⏎⏎— Jane Roe, Springfield." / "- Jane Roe.": a line that opens with a dash and a name signs the quote
 * standing alone in the paragraph above it (fact-check and quotable-quote layouts).
 */
export function signatureBelow(context: ClauseContext): CueMatch | null {
  const { tokens, text } = context;
  if (!SIGNATURE_DASHES.has(tokens[0]?.text ?? '')) {
    return null;
  }
  const subject = phraseStartingAt(tokens, 1, tokens.length, text);
  return subject && subject.kind !== 'pronoun' && (subject.kind === 'name' || subject.words.length > 0) ? { subject, cue: null, position: 'after' } : null;
}

/** How far past "according to" a "by" may stand and still name the source: "audio provided by X", "a study by X". */
const MAX_BY_DISTANCE = 6;
const MAX_SOURCE_TOKENS = 8;

/** The last token of the quote's sentence (at most MAX_SENTENCE_TOKENS on): a quote ending in "?" or "!" may run on. */
function sentenceLast(tokens: readonly Token[], quote: number, text: string): number {
  const quoteEnds = tokens[quote].sentenceEnd && !/[?!…][’'"”]*\s*$/.test(text.slice(tokens[quote].start, tokens[quote].end));
  const limit = Math.min(tokens.length - 1, quote + MAX_SENTENCE_TOKENS);
  let last = quote;
  while (!quoteEnds && last < limit && (last === quote || !tokens[last].sentenceEnd)) {
    last++;
  }
  return last;
}

/** What "according to" names from token `first` on: a mention, a possessor ("Roe's account"), or a plain noun phrase. */
function sourceAt(tokens: readonly Token[], first: number, last: number, text: string): Phrase | null {
  let by = first;
  while (by <= last && by - first < MAX_BY_DISTANCE && isWord(tokens[by]) && tokens[by].lower !== 'by') {
    by++;
  }
  const agent = tokens[by]?.lower === 'by' ? phraseStartingAt(tokens, by + 1, last + 1, text) : null;
  const phrase = agent ?? phraseStartingAt(tokens, first, last + 1, text);
  if (phrase) {
    return phrase;
  }
  if (tokens[first + 1]?.type === 'possessive') {
    return phraseEndingAt(tokens, first, first, text);
  }
  // "according to multiple intelligence sources", "according to audio provided to the Times": the words up to a stop
  let end = first;
  while (end + 1 <= last && end + 1 - first < MAX_SOURCE_TOKENS && isWord(tokens[end + 1]) && tokens[end + 1].lower !== 'who') {
    end++;
  }
  if (!isWord(tokens[first])) {
    return null;
  }
  const words = lowerWords(tokens, first, end + 1);
  return { start: tokens[first].start, end: tokens[end].end, text: text.slice(tokens[first].start, tokens[end].end), kind: 'role', name: null, words };
}

const citing = new WeakMap<readonly Token[], boolean>();

/** Whether a paragraph's tokens hold "according to" at all (read once per paragraph, not once per quote). */
function citesSource(tokens: readonly Token[]): boolean {
  let cites = citing.get(tokens);
  if (cites === undefined) {
    cites = tokens.some((token, k) => token.lower === 'according' && tokens[k + 1]?.lower === 'to');
    citing.set(tokens, cites);
  }
  return cites;
}

/**
 * "“…,” Jane Roe said, according to the Daily Example.", "According to Example News, Roe praised her “donors”": the
 * source named by "according to" in the quote's own sentence is the quote's source, outranking the cue it cites
 * (the outer attribution of nested reported speech). "according to audio provided by Radio Example" names the radio.
 */
export function accordingToSource(context: ClauseContext, quote: number): CueMatch | null {
  const { tokens, text } = context;
  if (!citesSource(tokens)) {
    return null;
  }
  const last = sentenceLast(tokens, quote, text);
  for (let k = sentenceStart(tokens, quote); k < last; k++) {
    if (tokens[k].lower !== 'according' || tokens[k + 1]?.lower !== 'to') {
      continue;
    }
    if (k < quote && tokens.slice(k + 2, quote).every(isWord) && quote - k <= MAX_SOURCE_TOKENS) {
      return null; // "according to her “clawback” plan": the quote is part of what is cited, not its words
    }
    const subject = sourceAt(tokens, k + 2, last, text);
    const cue = { start: tokens[k].start, end: tokens[k + 1].end, text: text.slice(tokens[k].start, tokens[k + 1].end) };
    return subject ? { subject, cue, position: k < quote ? 'before' : 'after' } : null;
  }
  return null;
}

/** Title-case words that end a headline's subject ("Roe Is …", "Roe Just Announced …", "Roe To Frame …"). */
const HEADLINE_STOPS = new Set(['is', 'are', 'was', 'were', 'just', 'to', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'may', 'might', 'now', 'also', 'on', 'in', 'at', 'for', 'of', 'with', 'and', 'but', 'not']);

/**
 * "Jane Roe Takes the Plan ‘Very Seriously.’", "The Plan Is ‘A Disgrace,’ Jane Roe Says.": a quote in the article's
 * headline with no cue of its own is the words of the headline's subject, the name closing it before a verb of
 * saying or else the name opening it, when the article's body names it too (title case makes any word look a name).
 */
export function headlineSubject(context: ClauseContext, quote: number, isBodyName: (phrase: Phrase) => boolean): CueMatch | null {
  const { tokens, text } = context;
  const line = headlineLine(tokens, quote);
  if (line < 0) {
    return null;
  }
  for (let k = quote + 1; k < tokens.length; k++) {
    const verb = tokens[k];
    if (isHeadlineVerb(verb) && tokens[k - 1]?.type === 'word') {
      const subject = phraseEndingAt(tokens, k - 1, quote + 1, text);
      if (subject && isBodyName(subject)) {
        return { subject, cue: null, position: 'after' };
      }
    }
  }
  let first = line;
  while (first < quote && !isWord(tokens[first])) {
    first++;
  }
  let stop = first + 1;
  while (stop < quote && isWord(tokens[stop]) && isCapitalized(tokens[stop]) && !HEADLINE_STOPS.has(tokens[stop].lower) && !isHeadlineVerb(tokens[stop])) {
    stop++;
  }
  // the longest opening run of words that the body names ("Jane Roe Takes Talk …" → "Jane Roe")
  for (; stop > first; stop--) {
    const subject = phraseStartingAt(tokens, first, stop, text);
    if (subject && isBodyName(subject)) {
      return { subject, cue: null, position: 'before' };
    }
  }
  return null;
}
