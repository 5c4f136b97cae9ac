import { sentenceStart, type CueMatch } from './cues';
import { isCueVerb } from './phrases';
import { isNounUse, participleSubject, sentenceSubject, subjectBefore, type ClauseContext } from './subjects';

// Attributions read beyond the quote's own clause: from the sentence before it, or from its sentence's subject.

/**
 * "Lynch announced the lawsuit on Monday. “We are seeking …”": a quote opening a sentence with no cue of its own
 * continues the speech reported by the sentence before it, if that sentence has a cue and holds no quote.
 */
export function previousSentenceCue(context: ClauseContext, sentenceFirst: number): CueMatch | null {
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
    if (subject && subject.kind !== 'role') {
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
  if (!subject || subject.kind === 'role' || (subject.name && subject.name.kind !== 'person' && subject.name.kind !== 'org' && subject.name.kind !== 'single')) {
    return null;
  }
  return subject.end <= context.tokens[quote].start ? { subject, cue: null, position: 'before', weak: true } : null;
}
