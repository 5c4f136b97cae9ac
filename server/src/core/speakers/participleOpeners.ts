import { REPORTING_VERBS, STANCE_VERBS, SUBJECT_VERB_FILLERS } from './lexicon';
import { isAllCaps, opensSentence } from './nameWords';
import { isCapitalized, type Token } from './tokens';

const PARTICIPLE_OBJECTS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'that', 'these', 'those', 'so', 'up']);

const PAST_PARTICIPLE = /^\p{Ll}{2,}ed$/u;
const PRESENT_PARTICIPLE = /^\p{Ll}{2,}ing$/u;
const ADVERB = /^\p{Ll}{4,}ly$/u;
const IRREGULAR_PARTICIPLES = new Set(['led', 'driven', 'known', 'given', 'shown', 'seen', 'taken', 'written', 'held', 'chosen', 'beaten', 'sworn', 'bound', 'caught', 'hit', 'struck', 'told', 'run', 'won', 'paid', 'built']);

/**
 * A capitalised word opening a sentence as a participle or gerund, not a name: an "-ing" word before its object
 * ("Following Monday's vote, …", "Citing the report", "Doing so …"), a past participle before "by" ("Led by …") or
 * an "-ly" adverb before its participle ("Hastily blaming …"). "Manning said" stays a name; a heading in capitals is
 * left alone.
 */
export function isParticipleOpener(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (isAllCaps(token.text) || next === undefined || next.type !== 'word' || !opensSentence(tokens, index)) {
    return false;
  }
  if (next.text === 'by' && (PAST_PARTICIPLE.test(token.lower) || IRREGULAR_PARTICIPLES.has(token.lower))) {
    return true; // "Led by the speaker, the rally …", "Backed by donors, …"
  }
  if (ADVERB.test(token.lower) && PRESENT_PARTICIPLE.test(next.text)) {
    return true; // "Hastily blaming the mayor, …": an adverb before its participle
  }
  if (token.lower.length < 6 || !token.lower.endsWith('ing')) {
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
