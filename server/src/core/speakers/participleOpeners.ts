import { REPORTING_VERBS, STANCE_VERBS, SUBJECT_VERB_FILLERS } from './lexicon';
import { isAllCaps, opensSentence } from './nameWords';
import { isCapitalized, type Token } from './tokens';

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
