/** A noun phrase read left to right from its first word: "the Republican lawmaker", "finance director Jon Doe". */
import {
  DETERMINERS,
  ORG_NOUNS,
  PERSON_NOUNS,
  isPersonNoun,
  PHRASAL_CUES,
  POSSESSIVE_DETERMINERS,
  QUANTIFIER_SUBJECTS,
  REPORTING_VERBS,
  SUBJECT_PRONOUNS,
  SUBJECT_VERB_FILLERS,
  TITLE_QUALIFIERS,
} from './lexicon';
import { capitalRunEnd, surnameEnd } from './capitalRuns';
import { isNonName, startsName } from './nameWords';
import { isParticipleOpener } from './participleOpeners';
import { isWrittenSurname } from './surnames';
import { isTimeHead } from './timePhrases';
import type { Token } from './tokens';
import {
  BOUNDARY_WORDS,
  isCap,
  isCueVerb,
  isLowerWord,
  isPersonOrOrgHead,
  isWord,
  MAX_PHRASE_TOKENS,
  namePhrase,
  PAST_TENSE,
  PP_LINKS,
  pronounPhrase,
  rolePhrase,
  type Phrase,
} from './phraseParts';

/** End (exclusive) of the capitalised run starting at `start`, or `start` when there is none. */
function runEndAfter(tokens: readonly Token[], start: number, ceiling: number): number {
  return capitalRunEnd(tokens, start, ceiling, MAX_PHRASE_TOKENS);
}

/** "… chairman Rence Priebus", "… press secretary Josh Earnest": a name after up to three lower-case title words. */
function nameAfterTitleWords(tokens: readonly Token[], from: number, ceiling: number): [number, number] | null {
  let k = from;
  while (k < ceiling && k - from < 3 && isLowerWord(tokens[k]) && !isCueVerb(tokens[k]) && !BOUNDARY_WORDS.has(tokens[k].lower)) {
    k++;
  }
  if (k === from || !isCap(tokens[k]) || !isPersonOrOrgHead(tokens[k - 1].lower) || ORG_NOUNS.has(tokens[k - 1].lower)) {
    return null;
  }
  const end = runEndAfter(tokens, k, ceiling);
  return end > k ? [k, end] : null;
}

/** Index of the role noun right after a capitalised run ending before `end` ("Republican [lawmaker]"), or -1. */
function roleHeadAfter(tokens: readonly Token[], end: number, ceiling: number): number {
  for (let k = end; k < ceiling && k - end < 2 && isLowerWord(tokens[k]); k++) {
    if (isPersonNoun(tokens[k].lower) && !isCap(tokens[k + 1])) {
      return k;
    }
    if (REPORTING_VERBS.has(tokens[k].lower) || BOUNDARY_WORDS.has(tokens[k].lower) || SUBJECT_VERB_FILLERS.has(tokens[k].lower) || PP_LINKS.has(tokens[k].lower)) {
      return -1;
    }
  }
  return -1;
}

const NEGATED = /n['’]t$/;

/**
 * Whether token `k` of a role phrase starts what is said of it rather than the phrase itself: a second determiner
 * ("the house my husband bought"), a negated auxiliary ("the results aren't in") or an infinitive ("a way to create
 * jobs"; not "the envoy to the talks", "adviser to president Roe").
 */
function startsPredicate(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  if (!isLowerWord(next)) {
    return false;
  }
  const { lower } = next;
  if (lower === 'to') {
    const after = tokens[k + 1];
    return isLowerWord(after) && !DETERMINERS.has(after.lower) && !POSSESSIVE_DETERMINERS.has(after.lower) && !isPersonOrOrgHead(after.lower);
  }
  return POSSESSIVE_DETERMINERS.has(lower) || NEGATED.test(lower);
}

/** Numbers that stand for the people counted after "the" ("the two said"). */
const COUNTED = new Set(['two', 'three', 'four', 'five']);

const FINITE_SHAPE = /\p{Ll}(?:s|ed)$/u;

/** A lower-case verb of saying or a word shaped like a finite verb ("urged", "claims"): what follows a subject. */
function isFiniteVerb(token: Token | undefined): boolean {
  return token !== undefined && isLowerWord(token) && (isCueVerb(token) || FINITE_SHAPE.test(token.lower));
}

/** The noun phrase starting at token `first`, read left to right, not crossing `ceiling` (exclusive). */
export function phraseStartingAt(tokens: readonly Token[], first: number, ceiling: number, text: string): Phrase | null {
  const token = tokens[first];
  if (!isWord(token) || first >= ceiling) {
    return null;
  }
  if (SUBJECT_PRONOUNS.has(token.lower)) {
    return token.lower === 'who' ? null : pronounPhrase(token);
  }
  if (isCap(token) && isNonName(token) && isFiniteVerb(tokens[first + 1]) && isWrittenSurname(token, text)) {
    // "From said", "Will wrote": the surname of "Al From", "George Will" named in the text
    const phrase = namePhrase(tokens, first, first + 1, text);
    if (phrase) {
      return phrase;
    }
  }
  if (TITLE_QUALIFIERS.has(token.lower) && isLowerWord(token) && isCap(tokens[first + 1])) {
    // "said retired Army Lt. Gen. Jane Roe", "said former Gov. Jon Doe": a qualifier of the title the name carries
    const titled = phraseStartingAt(tokens, first + 1, ceiling, text);
    if (titled?.kind === 'name' && titled.name?.title) {
      return titled;
    }
  }
  const start = token.lower === 'the' && isCap(tokens[first + 1]) ? first + 1 : first;
  if (startsName(tokens, start) && !isParticipleOpener(tokens, start)) {
    const run = runEndAfter(tokens, start, ceiling);
    const end = run > start && run < ceiling ? surnameEnd(tokens, run, text) : run;
    const bridged = end > start ? nameAfterTitleWords(tokens, end, ceiling) : null;
    if (bridged) {
      return namePhrase(tokens, bridged[0], bridged[1], text);
    }
    // "the Republican lawmaker", "Democratic strategists": capitalised modifiers of a role noun
    const head = end > start ? roleHeadAfter(tokens, end, ceiling) : -1;
    if (head >= 0) {
      return rolePhrase(tokens, first, head + 1, text);
    }
    const phrase = end > start ? namePhrase(tokens, start, end, text) : null;
    if (phrase && tokens[end]?.type !== 'possessive') {
      return phrase;
    }
  }
  if (QUANTIFIER_SUBJECTS.has(token.lower) && !isWord(tokens[first + 1]) || (QUANTIFIER_SUBJECTS.has(token.lower) && isCueVerb(tokens[first + 1]))) {
    // "“…,” said another.", "“…,” one said."
    return rolePhrase(tokens, first, first + 1, text);
  }
  if (isLowerWord(token) && !DETERMINERS.has(token.lower)) {
    // "psychologist Jane Roe", "finance director Jon Doe"
    const bridged = nameAfterTitleWords(tokens, first, ceiling);
    if (bridged) {
      return namePhrase(tokens, bridged[0], bridged[1], text);
    }
  }
  // a role phrase: determiner … head noun, up to a verb or punctuation
  if (!DETERMINERS.has(token.lower) && !PERSON_NOUNS.has(token.lower)) {
    return null;
  }
  let last = first;
  let lastHead = PERSON_NOUNS.has(token.lower) ? first : -1;
  let beforeVerb = false;
  for (let k = first + 1; k < ceiling && k - first < MAX_PHRASE_TOKENS; k++) {
    const next = tokens[k];
    if (next.type === 'possessive') {
      continue;
    }
    // "the harbour master put it": a two-word cue ends the phrase as a verb of saying does;
    // "The mayor rejected a report": a past-tense word after the head noun is the clause's verb, not a modifier
    const phrasal = isWord(tokens[k + 1]) && PHRASAL_CUES.has(`${next.lower}_${tokens[k + 1].lower}`);
    const verb = isCueVerb(next) || phrasal || (lastHead >= 0 && isLowerWord(next) && PAST_TENSE.test(next.lower));
    if (!isWord(next) || verb || BOUNDARY_WORDS.has(next.lower) || SUBJECT_VERB_FILLERS.has(next.lower) || startsPredicate(tokens, k)) {
      beforeVerb = verb || SUBJECT_VERB_FILLERS.has(next.lower);
      break;
    }
    last = k;
    if ((isPersonOrOrgHead(next.lower) || isCap(next)) && !isTimeHead(next.lower)) {
      lastHead = k;
    }
  }
  if (beforeVerb && last === first + 1 && token.lower === 'the' && COUNTED.has(tokens[last].lower)) {
    // "“…,” the two wrote": a number standing for the people counted
    return { ...rolePhrase(tokens, first, last + 1, text), words: [tokens[last].lower] };
  }
  // "a narrator in the Clinton ad asks": up to the verb; otherwise up to the last head noun
  let end = beforeVerb || lastHead < 0 ? last : lastHead;
  while (end > first && (PP_LINKS.has(tokens[end].lower) || DETERMINERS.has(tokens[end].lower) || tokens[end].lower === 'by')) {
    end--;
  }
  if (isTimeHead(tokens[end].lower)) {
    return null; // "this year", "the next day": a time, no one's mention
  }
  return end > first || PERSON_NOUNS.has(token.lower) ? rolePhrase(tokens, first, end + 1, text) : null;
}
