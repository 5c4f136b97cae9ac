import type { QuoteKind } from '../types';
import { CITING_WORDS, SCARE_DETERMINERS, SPEECH_NOUNS, SPEECH_VERBS, SUBJECT_STARTERS, TITLE_CUES, TITLE_MINOR_WORDS } from './vocabulary';
import { isLetterOrDigitCode } from '../codeUnits';

/** What the classifier sees of a quote: its text and the text of its line around the marks. */
export interface KindContext {
  /** The quoted text (between the marks). */
  inner: string;
  /** Line text before the opening mark (a bounded stretch). */
  before: string;
  /** Line text after the closing mark ('' when unclosed; a bounded stretch). */
  after: string;
  /** Part of a quote continued over several paragraphs. */
  continued: boolean;
}

/** Beyond this many characters a quote is long: more than a dozen words, not a title. */
const LONG_QUOTE = 160;

/** Memoised per code unit: text made of thousands of quote marks would otherwise run the Unicode regex on every
 * mark of every quote's context. */
const isWordCode = isLetterOrDigitCode;

/** Words (letters and digits, with inner apostrophes and hyphens: it’s, so-called) in text order. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let index = 0;
  while (index < text.length) {
    if (!isWordCode(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    index++;
    // never reading past the text (charCodeAt there made V8 drop this function's optimised code)
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (isWordCode(code)) {
        index++;
      } else if ((code === 0x27 || code === 0x2019 || code === 0x2d) && index + 1 < text.length && isWordCode(text.charCodeAt(index + 1))) {
        index += 2;
      } else {
        break;
      }
    }
    words.push(text.slice(start, index));
  }
  return words;
}

const NON_ASCII = /[^\0-\x7f]/;

function lowerWordsOf(text: string): string[] {
  if (!NON_ASCII.test(text)) {
    return wordsOf(text.toLowerCase()); // one call for the whole text: ASCII lower-cases char by char
  }
  const words = wordsOf(text);
  for (let index = 0; index < words.length; index++) {
    words[index] = words[index].toLowerCase();
  }
  return words;
}

const isCue = (word: string): boolean => SPEECH_VERBS.has(word) || CITING_WORDS.has(word);
const isCueOrSpeechNoun = (word: string): boolean => isCue(word) || SPEECH_NOUNS.has(word);

// Patterns live at module level: esbuild turns a \p{…} literal inside a function into a `new RegExp` per call.
const CAPITAL_START = /^[\p{Lu}\p{N}]/u;
const LETTER = /[\p{L}\p{N}]/u;
const CAPITAL = /[\p{Lu}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;
const SENTENCE_INSIDE = /[.!?…]\s+\p{Lu}/u;
const ENDS_WITH_STOP = /[.!?…]["'”’)\]]*$/u;
const ENDS_WITH_PAUSE = /[,;:]["'”’)\]]*$/u;
const ENDS_IN_WORD = /[\p{L}\p{N}][,:]?$/u;
const POSSESSIVE_END = /\p{L}['’]s$/u;
const BY_AUTHOR = /^\s*,?\s*by\s+(?:the\s+)?\p{Lu}/u;
const SENTENCE_GOES_ON = /^\s*,?\s*\p{Ll}/u;
const DASH_END = /[—–-]$/;
const PAUSE_OR_END = /^\s*(?:[,–—-]|$)/u;
const NAME_END = /\p{Lu}[\p{L}.]*$/u;
const NAME_AFTER = /^\s*\p{Lu}/u;
const NICKNAME = /^\p{Lu}[\p{L}'’-]*$/u;
const NAME_FOLLOWS = /^[ \t]+(\p{Lu}[\p{L}'’-]*)/u;
const COMPOUND_MODIFIER = /^[\p{Ll}\p{N}][\p{L}]*[-\p{N}]/u;
const SENTENCE_BOUNDARY = /(?:[!?…]|(?<!\b\p{Lu}\p{Ll}{0,3})\.)["”’»)]*\s+(?=["“‘'«(]?\p{Lu})/gu;
const SENTENCE_END = /[.!?…]["”’»)]*\s+["“‘'«(]?\p{Lu}/u;
const CLOSER_OR_SPACE = /^["”’'»)\s]$/u;
const QUOTE_THEN_DASH = /["”’»]\s*[-—–]$/u;
const ATTRIBUTION_CLAUSE = /^\s*[,—–-]?\s*([\p{L}.'’\s-]{0,80})/u;

function isTitleCase(words: string[]): boolean {
  return (
    words.length > 0 &&
    words.length <= 12 &&
    words.every((word, index) => CAPITAL_START.test(word) || (index > 0 && TITLE_MINOR_WORDS.has(word.toLowerCase())))
  );
}

function startsWithCapital(text: string): boolean {
  const first = LETTER.exec(text.slice(0, 24));
  return first !== null && CAPITAL.test(first[0]);
}

/** The part of `lead` after its last sentence end (not after an abbreviation or initial: Sen. Gov. Mr. U.S.). */
function sentenceLead(lead: string): string {
  const boundary = SENTENCE_BOUNDARY;
  boundary.lastIndex = 0;
  let from = 0;
  for (let match = boundary.exec(lead); match; match = boundary.exec(lead)) {
    from = match.index + match[0].length;
  }
  return lead.slice(from);
}

/** The part of `after` up to the end of its sentence. */
function sentenceTail(after: string): string {
  const end = SENTENCE_END.exec(after);
  return end ? after.slice(0, end.index) : after;
}

/** The quote starts a sentence: nothing before it, or a sentence end, a colon or a dash after a quote. */
function opensSentence(lead: string): boolean {
  if (lead === '') {
    return true;
  }
  const last = lead[lead.length - 1];
  if ('.!?…:;'.includes(last)) {
    return true;
  }
  let coreEnd = lead.length;
  while (coreEnd > 0 && CLOSER_OR_SPACE.test(lead[coreEnd - 1])) {
    coreEnd--;
  }
  if (coreEnd < lead.length && coreEnd > 0 && '.!?…'.includes(lead[coreEnd - 1])) {
    return true;
  }
  return QUOTE_THEN_DASH.test(lead.slice(-4));
}

/** “…,” Rutte said / “…,” said the minister / “…,” he added: an attribution right after the closing mark. */
function attributedAfter(after: string): boolean {
  const clause = ATTRIBUTION_CLAUSE.exec(after)?.[1] ?? '';
  const words = wordsOf(clause).slice(0, 7);
  if (words.length === 0) {
    return false;
  }
  const first = words[0];
  const mayStart = SPEECH_VERBS.has(first) || UPPER_START.test(first) || SUBJECT_STARTERS.has(first.toLowerCase());
  return mayStart && words.some((word) => SPEECH_VERBS.has(word));
}

/** A citing word among the last few words before the quote ("called it a", "described him as the"), but not
 * one that speaks about the thing ("commented on the"). */
function citesRightBefore(leadWords: string[]): boolean {
  const recent = leadWords.slice(-5);
  for (let index = recent.length - 1; index >= 0; index--) {
    if (isCue(recent[index])) {
      return recent[index + 1] !== 'on' && recent[index + 1] !== 'about';
    }
  }
  return false;
}

/** The line around a quote as the rules read it; the costlier parts are worked out on first use, as most quotes
 * are decided by the first rules. */
class Surroundings {
  private leadWordsRead: string[] | undefined;
  private attributedRead: boolean | undefined;

  constructor(
    readonly lead: string,
    readonly after: string,
  ) {}

  /** Lower-cased words just before the quote. */
  get leadWords(): string[] {
    this.leadWordsRead ??= lowerWordsOf(this.lead.slice(-60));
    return this.leadWordsRead;
  }

  /** The word right before the quote, or '' when something else stands there. */
  get lastWord(): string {
    const words = this.leadWords;
    // the pattern reads at most a surrogate pair and a comma: testing the tail spares scanning the whole lead
    return words.length > 0 && ENDS_IN_WORD.test(this.lead.slice(-3)) ? words[words.length - 1] : '';
  }

  get attributed(): boolean {
    this.attributedRead ??= attributedAfter(this.after);
    return this.attributedRead;
  }
}

// A possessive (ABC’s “This Week”), "on" (on “Face the Nation”), "told" (told “Fox and Friends”) or a noun that is
// being named (a play called “…”, a memo titled “…”) right before a quoted title makes it the name of a programme or
// a work: no one's words, whatever cue stands beside it. "He called “…”" and "Roe has called “…”" cite someone.
const TITLE_ANCHOR =
  /(?:\p{L}['’]s|\b(?:on|told|tells|telling|titled|entitled)|\b(?!(?:he|she|they|we|i|you|it|who|which|that|has|have|had|was|were|is|are|be|been|also|then|later|once|not|never|often|repeatedly|publicly|previously)\s)\p{Ll}+\s+(?:called|named|dubbed))\s*$/u;

/** Whether the text right before a title's opening mark names it as a programme or a work. */
export function anchorsTitle(lead: string): boolean {
  return TITLE_ANCHOR.test(lead);
}

/**
 * One capitalised word quoted between two parts of a name on one line (George “Jay” Keyworth, C.L. "Butch" Otter): a
 * nickname, no one's words, however the sentence attributes. Neither neighbour may be a word the text also writes in
 * lower case (a headline's “Feel “Invisible” By …”). `lead` is the text before the quote without trailing spaces.
 */
export function isNickname(inner: string, lead: string, after: string, isCommonWord: (lower: string) => boolean): boolean {
  if (!NICKNAME.test(inner)) {
    return false; // most quotes: tested first, before the two neighbours are read
  }
  const before = NAME_END.exec(lead)?.[0];
  const next = NAME_FOLLOWS.exec(after)?.[1];
  return before !== undefined && next !== undefined && !isCommonWord(before.toLowerCase()) && !isCommonWord(next.toLowerCase());
}

/** Initial kind of a quote from its shape and its place in the sentence; the speakers module may refine it. */
export function classifyKind(context: KindContext): QuoteKind {
  const inner = context.inner.length > LONG_QUOTE ? context.inner.trimStart() : context.inner.trim();
  // only the first words matter (counts up to a dozen, title case): a long quote is read from its start
  const long = inner.length > LONG_QUOTE;
  const words = long ? [] : wordsOf(inner);
  const count = long ? Number.POSITIVE_INFINITY : words.length;
  const lead = context.before.trimEnd();
  const around = new Surroundings(lead, context.after);
  const titleCase = !long && isTitleCase(words) && !SENTENCE_INSIDE.test(inner);
  const ending = inner.slice(-6);
  const endsWithStop = ENDS_WITH_STOP.test(ending);
  const endsLikeSentence = endsWithStop || ENDS_WITH_PAUSE.test(ending);
  const capital = startsWithCapital(inner);

  if (titleCase && (anchorsTitle(lead) || around.leadWords.slice(-4).some((word) => TITLE_CUES.has(word)))) {
    return 'title';
  }
  if (context.continued) {
    return 'direct';
  }
  const atSentenceStart = opensSentence(lead) || SPEECH_VERBS.has(around.lastWord);
  if (capital && count >= 3 && !titleCase && (atSentenceStart || (endsLikeSentence && around.attributed))) {
    return 'direct';
  }
  const possessiveLead = POSSESSIVE_END.test(lead.slice(-4));
  if (titleCase && (possessiveLead || BY_AUTHOR.test(context.after))) {
    return 'title'; // ABC’s “This Week”, “Trump and Me,” by a reporter
  }
  if (inner.endsWith(',') && BY_AUTHOR.test(context.after) && (opensSentence(lead) || DASH_END.test(lead))) {
    return 'title'; // a piece's headline and its author: “Harbour to close at the end of May,” by Jane Roe
  }
  if (titleCase && count >= 2 && !endsWithStop && !around.attributed && SENTENCE_GOES_ON.test(context.after)) {
    return 'title'; // a title that is the subject of its sentence: “The Quiet Harbour” was nominated, “Tide Tables,” a series
  }
  if (titleCase && !atSentenceStart && !around.attributed && (count >= 2 || around.lastWord === 'told')) {
    return 'title'; // a name in title case inside a sentence: starred in “Parks and Recreation”, told “Fox and Friends”
  }
  if (capital && (count >= 3 || (count === 2 && lead === '' && (endsLikeSentence || PAUSE_OR_END.test(context.after)))) && (atSentenceStart || around.attributed)) {
    return 'direct';
  }
  if (count <= 4) {
    if (count === 1 && capital && NAME_END.test(lead) && NAME_AFTER.test(context.after)) {
      return 'scare'; // a nickname: George “Jay” Keyworth
    }
    const { leadWords, lastWord } = around;
    const determiner =
      SCARE_DETERMINERS.has(lastWord) ||
      // the 28-point “peace plan”: a determiner and a compound modifier
      (leadWords.length >= 2 && SCARE_DETERMINERS.has(leadWords[leadWords.length - 2]) && COMPOUND_MODIFIER.test(lastWord));
    if (determiner && !citesRightBefore(leadWords)) {
      return 'scare';
    }
    const speech =
      around.attributed ||
      lowerWordsOf(sentenceLead(lead)).some(isCueOrSpeechNoun) ||
      lowerWordsOf(sentenceTail(context.after)).some(isCueOrSpeechNoun);
    if (!speech && (!endsWithStop || count <= 2)) {
      return 'scare';
    }
  }
  return 'partial';
}
