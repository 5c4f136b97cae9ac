import type { QuoteKind } from '../types';
import { sentenceStart, type CueMatch, type CuePosition } from './cueMatch';
import { DETERMINERS, ORG_NOUNS } from './lexicon';
import { isCueVerb, type Phrase } from './phrases';
import { isWord } from './clauses';
import { mentionsAround, nextWord, sentenceEndAt } from './rankerWindow';
import type { ClauseContext } from './subjects';
import { isCapitalized, type Token } from './tokens';

/**
 * Attribution as ranking (O'Keefe et al. 2012; Pareti 2015): every mention near a quote — names, role phrases,
 * pronouns — and "nobody" are candidates; a linear model over local features (where the mention stands, how far,
 * which cue is next to it, what the rules chose, what the previous quote's speaker was) picks one. The weights are
 * fitted by scripts/train-ranker.ts on PolNeAR's train split only.
 */

export interface Candidate {
  /** null for the "nobody speaks" candidate. */
  phrase: Phrase | null;
  features: string[];
  /** The token of a cue verb right next to the mention, if any. */
  cue: Token | null;
  position: CuePosition;
  rule: boolean;
}

/** What the ranker sees of one quote. */
export interface RankerInput {
  context: ClauseContext;
  /** Index of the quote's token in its paragraph's tokens. */
  quote: number;
  kind: QuoteKind;
  words: number;
  rule: CueMatch | null;
  /** The rules' cue right beside the quote ("“…,” he said", "he said: “…”"), when that is what they chose. */
  adjacent?: CueMatch | null;
  /** The attributing mention of the quote before, when it was in this paragraph or the one before. */
  previous: Phrase | null;
}

const WINDOW = 40;
const COMMON_CUES = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'asked', 'called', 'tweeted', 'noted', 'explained', 'continued', 'saying', 'according']);
const TIME_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'week', 'month', 'year', 'summer', 'winter', 'spring', 'fall', 'autumn', 'morning', 'evening', 'night',
]);
const TELL = new Set(['told', 'tell', 'tells', 'telling', 'asked', 'asks', 'urged', 'wrote', 'informed']);
const LINKS = new Set(['to', 'by', 'of', 'with', 'from', 'for', 'at', 'in', 'on', 'about', 'against', 'like', 'than']);

/**
 * Feature names, each spelled once: a name made anew for every candidate cost its concatenation and, at each weight
 * lookup, hashing the new string; a name kept here is hashed once. Every part is one of few values (cue and link
 * words only from their short lists), so this stays small.
 */
const spelled = new Map<string, Map<string, string>>();

function feature(prefix: string, value: string): string {
  let byValue = spelled.get(prefix);
  if (byValue === undefined) {
    byValue = new Map();
    spelled.set(prefix, byValue);
  }
  let name = byValue.get(value);
  if (name === undefined) {
    name = `${prefix}:${value}`;
    byValue.set(value, name);
  }
  return name;
}

/** A count's bucket: the first bound it does not exceed, or ">" the last. */
class Buckets {
  private readonly labels: string[];

  constructor(private readonly bounds: readonly number[]) {
    this.labels = [...bounds.map(String), `>${bounds[bounds.length - 1]}`];
  }

  of(value: number): string {
    const index = this.bounds.findIndex((bound) => value <= bound);
    return this.labels[index < 0 ? this.bounds.length : index];
  }
}

const DISTANCES = new Buckets([1, 2, 4, 8, 16]);
const QUOTE_WORDS = new Buckets([1, 3, 8]);

function kindOf(phrase: Phrase): string {
  if (phrase.kind === 'pronoun') {
    return feature('p', phrase.text.toLowerCase());
  }
  if (phrase.kind === 'role') {
    return phrase.words.length === 1 && DETERMINERS.has(phrase.words[0]) ? 'quant' : phrase.words.some((word) => ORG_NOUNS.has(word)) ? 'org-role' : 'role';
  }
  return phrase.name?.kind === 'org' ? 'org' : 'name';
}

const lastWord = (phrase: Phrase): string => phrase.words[phrase.words.length - 1] ?? phrase.text.toLowerCase();

/** The candidates for one quote with their features; the rules' choice among them is marked. */
export function rankerCandidates(input: RankerInput): Candidate[] {
  const { context, quote, kind, rule, previous } = input;
  const { tokens } = context;
  const quoteSentence = sentenceStart(tokens, quote);
  const from = Math.max(quoteSentence > 0 ? sentenceStart(tokens, quoteSentence - 1) : 0, quote - WINDOW);
  const quoteEnd = sentenceEndAt(tokens, quote, tokens.length);
  const to = Math.min(quoteEnd + 1 < tokens.length ? sentenceEndAt(tokens, quoteEnd + 1, tokens.length) : quoteEnd, quote + WINDOW, tokens.length - 1);
  const before = tokens[quote - 1]?.text ?? '^';
  const after = tokens[quote + 1]?.text ?? '$';
  const quoteFeatures = [
    feature('qk', kind),
    feature('qpre', /^[,:]$/.test(before) ? before : before === '^' ? '^' : 'w'),
    feature('qpost', after === ',' || after === '$' ? after : isWord(tokens[quote + 1]) ? 'w' : 'p'),
  ];
  if (quote === quoteSentence) {
    quoteFeatures.push('qs');
  }
  const candidates: Candidate[] = [];
  let ruleTaken = false;
  const mentions = mentionsAround(context, from, to, quote);
  // the other quotes nearest this one: a mention beyond them has a quote between
  let quoteBefore = quote - 1;
  while (quoteBefore >= from && tokens[quoteBefore].type !== 'quote') {
    quoteBefore--;
  }
  let quoteAfter = quote + 1;
  while (quoteAfter <= to && tokens[quoteAfter].type !== 'quote') {
    quoteAfter++;
  }
  const nearestBefore = mentions.findLastIndex((mention) => mention.last < quote);
  const nearestAfter = mentions.findIndex((mention) => mention.first > quote);
  mentions.forEach(({ phrase, first, last }, position) => {
    const isRule = rule !== null && rule.subject.start < phrase.end && phrase.start < rule.subject.end;
    ruleTaken ||= isRule;
    const sentence = first > quote ? (first > quoteEnd ? quoteEnd + 1 : quoteSentence) : first >= quoteSentence ? quoteSentence : from;
    const rel = last < quote ? (first >= quoteSentence ? 'sb' : 'pb') : first <= quoteEnd ? 'sa' : 'na';
    const distance = first > quote ? first - quote : quote - last;
    const kindKey = kindOf(phrase);
    const following = nextWord(tokens, last + 1);
    const next = tokens[following];
    const prior = tokens[first - 1];
    const cueNext = isCueVerb(next) ? next : null;
    const cuePrior = isCueVerb(prior) ? prior : null;
    const distanceBucket = DISTANCES.of(distance);
    const features = [feature('k', kindKey), feature('r', rel), feature('d', distanceBucket), feature(feature('rd', rel), distanceBucket), feature(feature('kr', kindKey), rel)];
    if (cueNext) {
      features.push('cv>', feature('cv>', rel), feature('cv>', kindKey), cueNext.lower.endsWith('ing') ? 'cv>:ing' : 'cv>:fin');
    }
    if (next?.text === ':') {
      features.push(feature('colon>', rel));
    }
    if (next?.type === 'possessive') {
      features.push('poss');
    }
    if (next?.text === ',') {
      features.push(feature('comma>', rel));
    }
    if (cuePrior) {
      features.push('cv<', feature('cv<', rel), feature('cv<', kindKey));
      if (TELL.has(cuePrior.lower)) {
        features.push('told<');
      }
    } else if (isWord(prior) && LINKS.has(prior.lower)) {
      features.push(feature('link<', prior.lower), 'link<');
    }
    if (first === sentence || (prior?.text === ',' && first - sentence < 12)) {
      features.push(feature(first === sentence ? 'first' : 'clause', rel));
    }
    if (first < quoteBefore || last > quoteAfter) {
      features.push('quote-between');
    }
    if (previous && (previous.start === phrase.start || (phrase.kind !== 'pronoun' && previous.kind !== 'pronoun' && lastWord(previous) === lastWord(phrase)))) {
      features.push('prev', feature('prev', rel));
    }
    if (isRule && rule) {
      features.push('rule', feature('rule', rule.position), rule.cue ? 'rule:cue' : 'rule:nocue', feature('rule', rel), feature('rule', kindKey));
    }
    for (const quoteFeature of quoteFeatures) {
      features.push(feature(quoteFeature, rel));
    }
    if (position === nearestBefore || position === nearestAfter) {
      features.push(feature('nearest', rel), feature(feature('nearest', kindKey), rel));
    }
    if (cueNext && COMMON_CUES.has(cueNext.lower)) {
      features.push(feature(feature('cue>', cueNext.lower), rel));
    }
    if (cuePrior && COMMON_CUES.has(cuePrior.lower)) {
      features.push(feature(feature('cue<', cuePrior.lower), rel));
    }
    if (phrase.words.some((word) => TIME_WORDS.has(word))) {
      features.push('time');
    }
    if (isWord(prior) && !cuePrior && !LINKS.has(prior.lower) && !isCapitalized(prior) && !DETERMINERS.has(prior.lower)) {
      features.push('after-word');
    }
    if (prior?.text === '(') {
      features.push('paren');
    }
    candidates.push({ phrase: isRule && rule ? rule.subject : phrase, features, cue: cueNext ?? cuePrior, position: last < quote ? 'before' : 'after', rule: isRule });
  });
  if (rule && !ruleTaken) {
    const features = ['rule', feature('rule', rule.position), rule.cue ? 'rule:cue' : 'rule:nocue', 'rule:far', feature('k', kindOf(rule.subject)), 'r:far'];
    candidates.push({ phrase: rule.subject, features, cue: null, position: rule.position, rule: true });
  }
  const wordsBucket = QUOTE_WORDS.of(input.words);
  const none = [
    'none',
    feature('none:rule', rule ? rule.position : 'null'),
    rule?.cue ? 'none:rulecue:cue' : 'none:rulecue:nocue',
    feature(feature('none:qk', kind), wordsBucket),
    feature('none:words', wordsBucket),
  ];
  // pushed, not spread from a `map`: its holey result made V8 drop this function's optimised code
  for (const quoteFeature of quoteFeatures) {
    none.push(feature('none', quoteFeature));
  }
  if (!rule?.cue && !rule?.byNoun) {
    // a quote the rules tie to a verb or noun of saying is somebody's: "nobody" is a candidate only where none was found
    candidates.push({ phrase: null, features: none, cue: null, position: 'before', rule: rule === null });
  }
  return candidates;
}
