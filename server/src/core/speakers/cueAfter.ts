import { MAX_SENTENCE_TOKENS, SOURCE_DASHES, sentenceStart, span, type CueMatch } from './cueMatch';
import { REPORTING_VERBS, SUBJECT_PRONOUNS } from './lexicon';
import { isCueVerb, phraseStartingAt } from './phrases';
import { participleSubject, type ClauseContext } from './subjects';
import { FINITE, indexOf, MAX_APPOSITION_TOKENS, namedInApposition, skipAsides, verbAfterLongApposition } from './asides';
import { isWord } from './clauses';
import { dashedSignature } from './signatures';
import { closesSentence } from './closingClause';
import { cueSpan, isPhrasalEnd, OBJECT_PRONOUNS, TELL_FORMS } from './cueWords';
import { possessedAt } from './sentenceSubject';

/** Cue after the quote: "“…,” Rutte said", "“…,” said Rutte, the NATO chief", "“…,” according to X", "“…” — X". */
export function cueAfter(context: ClauseContext, quote: number): CueMatch | null {
  const { tokens, text } = context;
  if (tokens[quote].sentenceEnd && !/[?!…][’'"”]*\s*$/.test(text.slice(tokens[quote].start, tokens[quote].end))) {
    // “… today.” Next sentence: what follows starts a new sentence, unless it is a dashed signature
    return dashedSignature(context, quote);
  }
  let ceiling = quote + 1;
  // up to the sentence end or the next quote of a split ("“A,” he said, “B.”"); a quoted term inside an
  // apposition ("Bill Eastland, wearing “Ted Cruz” pins, said") does not stop it
  while (ceiling < tokens.length && ceiling - quote < MAX_SENTENCE_TOKENS && !tokens[ceiling].sentenceEnd) {
    const token = tokens[ceiling];
    if (token.type === 'quote' && (ceiling === quote + 1 || tokens[ceiling - 1].type === 'punct')) {
      break;
    }
    ceiling++;
  }
  const direct = attributionAt(context, quote, quote + 1, ceiling);
  if (direct?.cue && !direct.weak && tokens[ceiling]?.sentenceEnd && closesSentence(tokens, direct.subject, direct.cue, ceiling)) {
    return { ...direct, final: true };
  }
  if (direct || ceiling >= tokens.length || !tokens[ceiling].sentenceEnd) {
    return direct;
  }
  // "“arbitrarily detained” by Britain since 2010, and should be freed, the rights group says.", "… “building
  // bridges” to Mr. Sanders, said David Axelrod, a former strategist.": the attribution closing the sentence
  for (let comma = ceiling - 1; comma > quote + 1 && ceiling - comma <= MAX_APPOSITION_TOKENS; comma--) {
    if (tokens[comma].text === ',') {
      const final = attributionAt(context, quote, comma, ceiling);
      if (final && !final.weak && final.cue) {
        return { ...final, weak: true, closes: closesSentence(tokens, final.subject, final.cue, ceiling) };
      }
    }
  }
  return null;
}

/** Nouns of voices heard: "“…,” came shouts from the crowd", "came the reply from the chair". */
const VOICES = new Set(['shout', 'shouts', 'cry', 'cries', 'chant', 'chants', 'call', 'calls', 'reply', 'response', 'answer', 'voice', 'voices', 'yell', 'yells', 'jeers', 'retort']);

/** "“…,” came shouts from the crowd": after an inverted "came", the source of the voices is the speaker. */
function voicesFrom(context: ClauseContext, from: number, ceiling: number): CueMatch | null {
  const { tokens, text } = context;
  for (let k = from; k < ceiling - 1 && k - from < 4; k++) {
    if (tokens[k].lower === 'from' && VOICES.has(tokens[k - 1]?.lower ?? '')) {
      const subject = phraseStartingAt(tokens, k + 1, ceiling, text);
      return subject ? { subject, cue: span(tokens, from - 1, k, text), position: 'after' } : null;
    }
  }
  return null;
}

/** Reads "…, Rutte said" / "said Rutte" / "according to X" / "— X" from token `from` on, up to `ceiling`. */
function attributionAt(context: ClauseContext, quote: number, from: number, ceiling: number): CueMatch | null {
  const { tokens, text } = context;
  let k = from;
  let dashed = false;
  while (k < ceiling && tokens[k].type === 'punct' && tokens[k].text !== '(') {
    dashed ||= SOURCE_DASHES.has(tokens[k].text);
    k++;
  }
  if (tokens[k]?.lower === 'as') {
    // "“…,” as one aide put it." (not "“…,” as the crowd cheered": a clause of its own)
    const putIt = attributionAt(context, quote, k + 1, ceiling);
    return putIt?.cue && /^puts? it$/i.test(putIt.cue.text) ? putIt : null;
  }
  const first = tokens[k];
  if (!isWord(first)) {
    return null;
  }
  if (first.lower === 'according' && tokens[k + 1]?.lower === 'to') {
    const subject = phraseStartingAt(tokens, k + 2, ceiling, text);
    return subject ? { subject, cue: span(tokens, k, k + 1, text), position: 'after' } : null;
  }
  const heard = first.lower === 'came' || first.lower === 'comes' ? voicesFrom(context, k + 1, ceiling) : null;
  if (heard) {
    return heard;
  }
  if (isCueVerb(first) && first.lower.endsWith('ing') && tokens[k - 1]?.text === ',') {
    // "“…,” saying …" after a quote in mid-sentence: the sentence's subject speaks
    const subject = participleSubject(context, sentenceStart(tokens, quote), quote);
    return subject ? { subject, cue: span(tokens, k, k, text), position: 'after', weak: true } : null;
  }
  if (isCueVerb(first) && FINITE.test(first.lower)) {
    if (TELL_FORMS.has(first.lower)) {
      return null; // "…, told the Gazette": who is told is never the speaker
    }
    // "“…,” exhorted Quill’s introducer, …": a name read with its possessive
    const subject = phraseStartingAt(tokens, k + 1, ceiling, text) ?? possessedAt(context, k + 1, ceiling);
    if (subject && !OBJECT_PRONOUNS.has(subject.text.toLowerCase())) {
      return { subject, cue: cueSpan(tokens, k, ceiling, text), position: 'after' };
    }
    return null;
  }
  // "“…,” Ryan’s office said": a name read with its possessive
  const phrase = phraseStartingAt(tokens, k, ceiling, text) ?? possessedAt(context, k, ceiling);
  if (!phrase) {
    return null;
  }
  const subject = phrase.kind === 'role' ? (namedInApposition(tokens, indexOf(tokens, phrase.end, k), ceiling, text) ?? phrase) : phrase;
  const verb = skipAsides(tokens, indexOf(tokens, phrase.end, k), ceiling);
  if (verb + 1 < ceiling && isPhrasalEnd(tokens, verb + 1)) {
    return { subject, cue: span(tokens, verb, verb + 1, text), position: 'after' };
  }
  // "Murphy, the head of the group, Tweeted on Friday": a capitalised verb after an apposition
  const capitalizedVerb = tokens[verb - 1]?.text === ',' && isWord(tokens[verb]) && REPORTING_VERBS.has(tokens[verb].lower) && /(?:ed|s)$/.test(tokens[verb].lower);
  if (capitalizedVerb) {
    return { subject, cue: span(tokens, verb, verb, text), position: 'after' };
  }
  if (verb < ceiling && isCueVerb(tokens[verb]) && !(tokens[verb].lower.endsWith('ing') && !SUBJECT_PRONOUNS.has(subject.text.toLowerCase()))) {
    return { subject, cue: cueSpan(tokens, verb, ceiling, text), position: 'after' };
  }
  const afterApposition = subject.kind === 'name' ? verbAfterLongApposition(tokens, indexOf(tokens, subject.end, k), ceiling) : -1;
  if (afterApposition >= 0) {
    return { subject, cue: cueSpan(tokens, afterApposition, ceiling, text), position: 'after' };
  }
  if (dashed && subject.kind === 'name' && (ceiling >= tokens.length || tokens[verb]?.text === '(' || verb >= ceiling)) {
    return { subject, cue: null, position: 'after' };
  }
  return null;
}
