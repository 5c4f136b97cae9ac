/** The words of a cue: a phrasal verb's two words, "told" with its addressee (shared by the cues before and after a quote). */

import type { TextSpan } from '../types';
import { span } from './cueMatch';
import { PHRASAL_CUES } from './lexicon';
import { phraseStartingAt } from './phrases';
import { isWord } from './clauses';
import type { Token } from './tokens';

export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'it', 'you']);
export const TELL_FORMS = new Set(['told', 'tell', 'tells', 'telling']);
const PHRASAL_PARTICLES = new Set([...PHRASAL_CUES].map((cue) => cue.slice(cue.indexOf('_') + 1)));

/** "shot back", "pointed out": a two-word cue ending at token `index`. */
export function isPhrasalEnd(tokens: readonly Token[], index: number): boolean {
  const verb = tokens[index - 1];
  const particle = tokens[index];
  return isWord(verb) && isWord(particle) && PHRASAL_PARTICLES.has(particle.lower) && PHRASAL_CUES.has(`${verb.lower}_${particle.lower}`);
}

const NOT_IN_ADDRESSEE = new Set(['on', 'in', 'at', 'that', 'during', 'after', 'before', 'about', 'of', 'for', 'with', 'by', 'last', 'this', 'when', 'while', 'as', 'to', 'from', 'and', 'but']);

/** "told reporters", "told The Associated Press": the verb with its addressee (up to a preposition); else the verb. */
export function cueSpan(tokens: readonly Token[], verb: number, limit: number, text: string): TextSpan {
  if (!TELL_FORMS.has(tokens[verb].lower) || !phraseStartingAt(tokens, verb + 1, limit, text)) {
    return span(tokens, verb, verb, text);
  }
  let last = verb;
  while (last + 1 < limit && last - verb < 4 && isWord(tokens[last + 1]) && !NOT_IN_ADDRESSEE.has(tokens[last + 1].lower)) {
    last++;
  }
  return span(tokens, verb, last, text);
}
