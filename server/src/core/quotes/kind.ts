import type { QuoteKind } from '../types';

/** What the classifier sees of a quote: its text and the text of its line around the marks. */
export interface KindContext {
  /** The quoted text (between the marks). */
  inner: string;
  /** Line text before the opening mark. */
  before: string;
  /** Line text after the closing mark ('' when unclosed). */
  after: string;
  /** Nested inside another quote. */
  nested: boolean;
  /** Part of a quote continued over several paragraphs. */
  continued: boolean;
}

// Common English reporting verbs (a closed class of the language, not names from any data set).
const SPEECH_VERB =
  '(?:said|says|say|saying|told|tells|tell|telling|added|adds|adding|asked|asks|asking|wrote|writes|writing|tweeted|tweets|posted|' +
  'stated|states|declared|declares|explained|explains|insisted|insists|argued|argues|noted|notes|continued|continues|' +
  'replied|replies|responded|responds|recalled|recalls|warned|warns|claimed|claims|announced|announces|' +
  'remarked|observed|concluded|conceded|acknowledged|admitted|suggested|emphasized|emphasised|stressed|' +
  'shouted|yelled|joked|quipped|mused|predicted|vowed|promised|pledged|urged|countered|summarized|summarised|' +
  'reiterated|affirmed|asserted|asserting|announced|commented|confirmed|denied|thundered|cautioned|boasted|' +
  'complained|lamented|wondered|demanded|reads|read|reading|according to)';
// Verbs that cite someone's words about something ("called it “absurd”", "described him as a “reformer”").
const CITING_VERB =
  '(?:call|calls|called|calling|describe|describes|described|describing|deem|deems|deemed|dub|dubs|dubbed|' +
  'label|labels|labeled|labelled|brand|brands|branded|term|termed|refer|refers|referred|referring|characterized|' +
  'characterised|accuse|accuses|accused|accusing|blast|blasts|blasted|slam|slams|slammed|praise|praises|praised|' +
  'criticize|criticizes|criticized|criticise|criticised|denounce|denounces|denounced|mock|mocks|mocked|' +
  'promise|promises|pledge|pledges|vow|vows|urge|urges|suggest|suggests|argue|argue|ask|quote|quotes|quoted|' +
  'cite|cites|cited|citing|describe|insist|warn|claim|predict|tell|say|speak|spoke|speaks|speaking|' +
  'statement|interview|remarks|tweet|speech|words|told|testified|wrote|write)';
const VERB_AT_END = new RegExp(`\\b(?:${SPEECH_VERB}|${CITING_VERB})(?:\\s+(?:[\\p{L}’']+\\s+){0,3}[\\p{L}’']+)?\\s*[,:]?\\s*$`, 'iu');
const VERB_RIGHT_BEFORE = new RegExp(`\\b${SPEECH_VERB}\\s*[,:]?\\s*$`, 'iu');
// ", Rutte said" / " said the minister" / ", he added" right after the closing mark
const ATTRIBUTION_AFTER = new RegExp(
  `^\\s*[,—–-]?\\s*(?:${SPEECH_VERB}\\b|(?:\\p{Lu}|(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|one|another)\\s)(?:[\\p{L}.'’-]*\\s+){0,6}?${SPEECH_VERB}\\b)`,
  'u',
);
const VERB_IN_SENTENCE = new RegExp(`\\b(?:${SPEECH_VERB}|${CITING_VERB})\\b`, 'iu');
const SENTENCE_START_BEFORE = /(?:^|[.!?…:;]|[.!?…]["”’'»)]+|["”’»]\s*[-—–])\s*$/u;
// names of works and laws follow these words; the quoted text is then in title case
const TITLE_CUE =
  /\b(?:law|laws|act|bill|code|decree|resolution|treaty|book|books|novel|memoir|film|movie|documentary|programme|program|show|series|episode|song|album|play|poem|article|essay|column|report|paper|magazine|newspaper|campaign|operation|project|initiative|doctrine|called|titled|entitled|named|dubbed|headlined|hashtag)(?:\s+[\p{L}\p{N}.’'-]+){0,3}\s*$/iu;
const SCARE_LEAD = /\b(?:so-called|the|a|an|its|their|his|her|our|this|these|those|of|on|as|term|word|phrase|label)(?:\s+[\p{Ll}\p{N}][\p{L}\p{N}-]*)?\s*$/iu;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'on', 'in', 'to', 'for', 'at', 'by', 'with', 'from', 'as', 'de', 'la', 'vs', 'nor', 'but']);

function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

function isTitleCase(words: string[]): boolean {
  if (words.length === 0) {
    return false;
  }
  return words.every((word, index) => /^[\p{Lu}\p{N}]/u.test(word) || (index > 0 && MINOR_WORDS.has(word.toLowerCase())));
}

function startsWithCapital(text: string): boolean {
  const first = /[\p{L}\p{N}]/u.exec(text);
  return first !== null && /[\p{Lu}\p{N}]/u.test(first[0]);
}

/** The part of `lead` after the last sentence end. */
function sentenceLead(lead: string): string {
  // not after an abbreviation or initial: Sen. Gov. Mr. U.S.
  const boundary = /(?:[!?…]|(?<!\b\p{Lu}\p{Ll}{0,3})\.)["”’»)]*\s+(?=["“‘'«(]?\p{Lu})/gu;
  let from = 0;
  for (let match = boundary.exec(lead); match; match = boundary.exec(lead)) {
    from = match.index + match[0].length;
  }
  return lead.slice(from);
}

/** Initial kind of a quote from its shape and its place in the sentence; the speakers module may refine it. */
export function classifyKind(context: KindContext): QuoteKind {
  const inner = context.inner.trim();
  const words = wordsOf(inner);
  const lead = context.before.trimEnd();
  const sentence = sentenceLead(lead);
  const titleCase = isTitleCase(words) && words.length <= 12 && !/[.!?…]\s+\p{Lu}/u.test(inner);
  const endsWithStop = /[.!?…]["'”’)\]]*$/u.test(inner);
  const endsLikeSentence = endsWithStop || /[,;:]["'”’)\]]*$/u.test(inner);
  const capital = startsWithCapital(inner);

  if (titleCase && TITLE_CUE.test(lead)) {
    return 'title';
  }
  if (context.continued) {
    return 'direct';
  }
  const atSentenceStart = SENTENCE_START_BEFORE.test(lead) || VERB_RIGHT_BEFORE.test(lead);
  const attributedAfter = ATTRIBUTION_AFTER.test(context.after);
  if (capital && words.length >= 3 && !titleCase && (atSentenceStart || (attributedAfter && endsLikeSentence))) {
    return 'direct';
  }
  if (titleCase && !atSentenceStart && !attributedAfter && (words.length >= 2 || /\p{L}['’]s$|\btold$/u.test(lead))) {
    return 'title'; // CNN’s “State of the Union”, told “Fox and Friends”
  }
  if (capital && words.length >= 3 && (atSentenceStart || attributedAfter)) {
    return 'direct';
  }
  if (words.length <= 4) {
    if (words.length === 1 && capital && /\p{Lu}[\p{L}.]*$/u.test(lead) && /^\s*\p{Lu}/u.test(context.after)) {
      return 'scare'; // a nickname: George “Jay” Keyworth
    }
    if (SCARE_LEAD.test(lead) && !VERB_AT_END.test(lead)) {
      return 'scare';
    }
    const speech = attributedAfter || VERB_IN_SENTENCE.test(sentence);
    if (!speech && (!endsWithStop || words.length <= 2)) {
      return 'scare';
    }
  }
  return 'partial';
}
