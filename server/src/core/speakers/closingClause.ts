import type { TextSpan } from '../types';
import type { CueMatch } from './cueMatch';
import { indexOf } from './asides';
import { SUBJECT_PRONOUNS } from './lexicon';
import { isCueVerb, type Phrase } from './phrases';
import { PREPOSITIONS } from './subjects';
import { isTimeHead } from './timePhrases';
import type { Token } from './tokens';

const MAX_CLOSING_TAIL = 4;
const ADVERB = /^\p{Ll}+ly$/u;

/**
 * "…, the group says.", "…, Example News reported Tuesday.", "…, said Jon Doe, a founder of the party.": nothing but
 * the attribution (a time or an apposition) follows its cue up to the sentence end, no clause of its own ("…, Roe
 * said none were added").
 */
export function closesSentence(tokens: readonly Token[], subject: Phrase, cue: TextSpan, ceiling: number): boolean {
  if (tokens[ceiling]?.type === 'quote' || /^according/i.test(cue.text) || subject.text.toLowerCase() === 'who') {
    return false;
  }
  const inverted = cue.end <= subject.start;
  const from = indexOf(tokens, Math.max(cue.end, subject.end), 0);
  // "…, the Times reported on Tuesday", not "…, a supporter who has criticized Roe"
  const adverbial = from >= ceiling || inverted || PREPOSITIONS.has(tokens[from].lower) || isTimeHead(tokens[from].lower) || ADVERB.test(tokens[from].lower);
  if (!adverbial || (!inverted && ceiling - from > MAX_CLOSING_TAIL)) {
    return false;
  }
  for (let k = from; k < ceiling; k++) {
    if (isCueVerb(tokens[k]) || SUBJECT_PRONOUNS.has(tokens[k].lower) || tokens[k].lower === 'that' || tokens[k].type === 'quote') {
      return false;
    }
  }
  return true;
}

/** Verbs that report what was said, as opposed to a reaction beside it ("“Resign,” Quill laughed"). */
const REPORTING = new Set(['said', 'says', 'reported', 'reports', 'wrote', 'writes', 'told', 'tells', 'added', 'adds', 'noted', 'notes']);

/**
 * "Roe said: “…,” the Times reported.": whether an attribution closing the sentence reports the quote from another
 * source than the cue right before it (neither a pronoun, their last words differ), so that the report wrapping the
 * sentence is the source; not a reaction ("When a man shouted, “Resign,” Quill laughed").
 */
export function wrapsReport(before: CueMatch, after: CueMatch): boolean {
  const last = (phrase: Phrase): string => phrase.text.toLowerCase().split(/\s+/).pop() ?? '';
  const verb = after.cue?.text.toLowerCase().split(/\s+/)[0] ?? '';
  return REPORTING.has(verb) && before.subject.kind !== 'pronoun' && after.subject.kind !== 'pronoun' && last(before.subject) !== last(after.subject);
}
