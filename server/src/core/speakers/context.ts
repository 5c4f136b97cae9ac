import { sentenceStart, type CueMatch } from './cues';
import { isPersonNoun, ORG_NOUNS } from './lexicon';
import { isCueVerb, phraseStartingAt, type Phrase } from './phrases';
import { isNounUse, participleSubject, sentenceSubject, subjectBefore, type ClauseContext } from './subjects';

// Attributions read beyond the quote's own clause: from the sentence before it, or from its sentence's subject.

/**
 * "Lynch announced the lawsuit on Monday. “We are seeking …”": a quote opening a sentence with no cue of its own
 * continues the speech reported by the sentence before it, if that sentence has a cue and holds no quote. A role
 * phrase ("The ministry said …") is taken only when `roles` is set.
 */
export function previousSentenceCue(context: ClauseContext, sentenceFirst: number, roles = false): CueMatch | null {
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
    if (subject && (roles || subject.kind !== 'role')) {
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
  // a role phrase only when definite and headed by a person noun ("The GOP candidate sent …")
  const definiteRole = subject?.kind === 'role' && /^the\s/i.test(subject.text) && isPersonNoun(subject.words[subject.words.length - 1] ?? '');
  if (!subject || (subject.kind === 'role' && !definiteRole) || (subject.name && subject.name.kind !== 'person' && subject.name.kind !== 'org' && subject.name.kind !== 'single')) {
    return null;
  }
  return subject.end <= context.tokens[quote].start ? { subject, cue: null, position: 'before', weak: true } : null;
}

/**
 * "The fisheries ministry said in a statement that … “…,” it said.": an "it" attributing a quote that opens its
 * sentence stands for the organisation named by a role phrase that reported speech in the sentence before.
 */
export function organisationBefore(context: ClauseContext, quote: number, match: CueMatch): Phrase | null {
  if (match.subject.kind !== 'pronoun' || match.subject.text.toLowerCase() !== 'it' || match.antecedent || sentenceStart(context.tokens, quote) !== quote) {
    return null;
  }
  const earlier = quote > 0 ? previousSentenceCue(context, quote, true) : null;
  const subject = earlier?.subject;
  // a short definite phrase headed by an organisation noun: "The fisheries ministry", "the agency"
  const definite = subject?.kind === 'role' && /^the\s/i.test(subject.text) && subject.words.length <= 3;
  return subject && definite && ORG_NOUNS.has(subject.words[subject.words.length - 1] ?? '') ? subject : null;
}

const SIGNATURE_DASHES = new Set(['—', '–', '―', '-', '--']);

/**
 * "“…”⏎⏎— Jane Roe, Springfield." / "- Jane Roe.": a line that opens with a dash and a name signs the quote
 * standing alone in the paragraph above it (fact-check and quotable-quote layouts).
 */
export function signatureBelow(context: ClauseContext): CueMatch | null {
  const { tokens, text } = context;
  if (!SIGNATURE_DASHES.has(tokens[0]?.text ?? '')) {
    return null;
  }
  const subject = phraseStartingAt(tokens, 1, tokens.length, text);
  return subject && subject.kind !== 'pronoun' && (subject.kind === 'name' || subject.words.length > 0) ? { subject, cue: null, position: 'after' } : null;
}
