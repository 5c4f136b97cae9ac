import { phraseEndingAt, type Phrase } from './phrases';
import { isWord } from './clauses';
import type { ClauseContext } from './subjects';
import { isCapitalized, type Token } from './tokens';

// The subject an aside stands between it and its verb of saying: "Ann Lee, during a meeting in Easton, Ohio, said",
// "Jon Doe, whose start-up, Quaydata, maps the coast, said" (the person described, not the last name before the verb).

/** Whether the phrase ending at token `last` opens its clause (an honorific or title before it is part of it). */
function opensClause(tokens: readonly Token[], phrase: Phrase, last: number, floor: number): boolean {
  let first = last;
  while (first > floor && tokens[first].start > phrase.start) {
    first--;
  }
  while (first > floor && isWord(tokens[first - 1]) && isCapitalized(tokens[first - 1])) {
    first--;
  }
  return first === floor || !isWord(tokens[first - 1]);
}

const RELATIVE_OPENERS = new Set(['who', 'whose']);
const MAX_RELATIVE_TOKENS = 40;

/**
 * "Jon Doe, whose start-up, Quaydata, maps the coast, said": the person a relative clause closed by the comma at
 * `close` describes is the subject, not a name inside the clause.
 */
export function subjectOfRelativeClause(context: ClauseContext, close: number, floor: number): Phrase | null {
  const { tokens, text } = context;
  for (let k = close - 1; k > floor && close - k < MAX_RELATIVE_TOKENS; k--) {
    const token = tokens[k];
    if (token.sentenceEnd || token.type === 'quote') {
      return null;
    }
    if (token.text !== ',' || !isWord(tokens[k + 1]) || !RELATIVE_OPENERS.has(tokens[k + 1].lower)) {
      continue;
    }
    const described = phraseEndingAt(tokens, k - 1, floor, text);
    return described && described.kind !== 'pronoun' && opensClause(tokens, described, k - 1, floor) ? described : null;
  }
  return null;
}

const MAX_ASIDES_TOKENS = 30;

/**
 * "Ann Lee, during a meeting in Easton, Ohio, said", "Bo Kent, 22, of Flint, Mich., said": the person named before the
 * asides that end in a place is the subject, not the place.
 */
export function nameBeforeAsides(context: ClauseContext, place: Phrase, last: number, floor: number): Phrase | null {
  const { tokens, text } = context;
  // a surname alone may be a place too ("in Mobile, Alabama"): only when the asides close right before the verb
  const closed = tokens[last + 1]?.text === ',';
  for (let k = last - 1, commas = 0; k > floor && last - k < MAX_ASIDES_TOKENS && commas < 3; k--) {
    const token = tokens[k];
    if (token.sentenceEnd || token.type === 'quote') {
      return null;
    }
    if (token.text !== ',' || token.end > place.start) {
      continue;
    }
    commas++;
    const named = phraseEndingAt(tokens, k - 1, floor, text);
    if (named && named.kind === 'name' && (named.name?.kind === 'person' || (closed && named.name?.kind === 'single')) && opensClause(tokens, named, k - 1, floor)) {
      return named;
    }
  }
  return null;
}
