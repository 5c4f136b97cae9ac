/** The cue before a quote ("X said: “…”", "according to X, “…”"), and the one right before it that outranks a cue after (the cue after: cueAfter.ts). */

import { sentenceStart, span, type CueMatch } from './cueMatch';
import { ASSERTION_NOUNS, REPORTING_BASES, REPORTING_VERBS, SINGULAR_PERSONAL, SPEECH_NOUNS, STANCE_VERBS } from './lexicon';
import { isCueVerb, isHeadlineVerb, phraseEndingAt, phraseStartingAt, skipFillersBackward, type Phrase } from './phrases';
import { pronounPhrase } from './phraseParts';
import { introducesQuote, isNounUse, nounCueSubject, wordsOwner } from './nounCues';
import { participleSubject, PREPOSITIONS, sentenceSubject, subjectBefore, type ClauseContext } from './subjects';
import { isCapitalized, type Token } from './tokens';
import { FINITE, indexOf } from './asides';
import { clauseJoinedBetween, CONJUNCTION_PREPOSITIONS, coordinated, datelineEnd, inFrontedClause, inOpeningClause, isWord } from './clauses';
import { messageSender } from './senders';
import { dashedSourceBefore, headlineSpeaker } from './signatures';
import { cueSpan, isPhrasalEnd } from './cueWords';
import { ownClauseSubject } from './clauseSubject';

function lastIndexOf(tokens: readonly Token[], start: number, from: number): number {
  let k = from;
  while (k > 0 && tokens[k].start > start) {
    k--;
  }
  return k;
}

/** Cue before the quote, nearest first: "Rutte said: “…”", "According to X, “…”", "…, saying Rubio was “…”". */
export function cueBefore(context: ClauseContext, quote: number): CueMatch | null {
  const { tokens, text } = context;
  const floor = sentenceStart(tokens, quote);
  const signed = dashedSourceBefore(context, floor, quote);
  if (signed) {
    return signed;
  }
  let weakNoun: CueMatch | null = null;
  for (let k = quote - 1; k >= floor; k--) {
    const token = tokens[k];
    if (!isWord(token)) {
      continue;
    }
    const own = weakNoun ? null : ownClauseSubject(tokens, floor, k, quote);
    if (own) {
      return { subject: own, cue: null, position: 'before', ownClause: true };
    }
    if (token.lower === 'to' && tokens[k - 1]?.lower === 'according') {
      const subject = phraseStartingAt(tokens, k + 1, tokens.length, text);
      if (subject) {
        return { subject, cue: span(tokens, k - 1, k, text), position: 'before' };
      }
      continue;
    }
    const owner = token.lower === 'of' || token.lower === 'words' ? wordsOwner(context, k, floor, quote) : null;
    if (owner) {
      return owner;
    }
    const verbal = (SPEECH_NOUNS.has(token.lower) || ASSERTION_NOUNS.has(token.lower)) && readsAsVerb(context, k, floor);
    if (SPEECH_NOUNS.has(token.lower) && !weakNoun && !verbal) {
      const noun = nounCueSubject(context, k, quote, floor);
      // "the comment by Dr. Song “was inappropriate”": a quote right after the source is the clause's predicate
      const predicate = noun !== null && tokens[quote - 1]?.end === noun.subject.end;
      if (noun?.explicit && !predicate) {
        return { subject: noun.subject, cue: null, position: 'before', byNoun: true };
      }
      // "her remark that “…”", "Roe’s statement: “…”": the possessor of the noun that introduces the quote (a verb of
      // saying in the sentence still outranks it: "Doe said Roe’s remark that “…”")
      const introduces = tokens[k + 1]?.lower === 'that' || k + 1 === quote || (k + 2 === quote && tokens[k + 1].type === 'punct');
      weakNoun = noun ? { subject: noun.subject, cue: null, position: 'before', byNoun: introduces } : null;
      continue;
    }
    if (ASSERTION_NOUNS.has(token.lower) && !weakNoun && !verbal && !coordinated(tokens, k, quote)) {
      const noun = nounCueSubject(context, k, quote, floor);
      weakNoun = noun && !noun.explicit ? { subject: noun.subject, cue: null, position: 'before', byNoun: true, keepsKind: true } : null;
      continue;
    }
    if (isPhrasalEnd(tokens, k)) {
      const subject = subjectBefore(context, k - 1, floor);
      if (subject) {
        // "Roe said that once the Senate goes on recess, “…”": a clause inside reported speech is Roe's
        return outerSpeech(context, floor, subject) ?? { subject, cue: span(tokens, k - 1, k, text), position: 'before' };
      }
      continue;
    }
    if (STANCE_VERBS.has(token.lower) && !isCapitalized(token) && !weakNoun && !isNounUse(tokens, k)) {
      const subject = subjectBefore(context, k, floor);
      weakNoun = subject ? { subject, cue: span(tokens, k, k, text), position: 'before' } : null;
      continue;
    }
    if (k === floor && isCapitalized(token) && REPORTING_VERBS.has(token.lower) && FINITE.test(token.lower)) {
      // "Said Roe: “…”", "Added Roe, “…”": a sentence opening on its verb of saying, the speaker right after it
      const inverted = phraseStartingAt(tokens, k + 1, quote, text);
      const mark = inverted ? tokens[indexOf(tokens, inverted.end, k + 1)] : undefined;
      if (inverted?.kind === 'name' && (mark?.text === ':' || mark?.text === ',')) {
        return { subject: inverted, cue: span(tokens, k, k, text), position: 'before' };
      }
    }
    if (!(isCueVerb(token) || afterAuxiliary(tokens, k, floor)) || isNounUse(tokens, k) || inOpeningClause(tokens, datelineEnd(tokens, floor, quote), k, quote)) {
      continue;
    }
    const cue = cueSpan(tokens, k, quote, text);
    if (token.lower.endsWith('ing')) {
      const sender = messageSender(context, floor, k);
      if (sender) {
        return { subject: sender, cue, position: 'before' };
      }
      // "with Gorka noting …": a name right before the participle is its subject
      const own = isWord(tokens[k - 1]) ? subjectBefore(context, k, floor) : null;
      const subject = own && own.kind !== 'role' ? own : participleSubject(context, floor, k);
      if (subject) {
        return { subject, cue, position: 'before' };
      }
      continue;
    }
    const relative = relativeThat(context, k, floor);
    if (relative) {
      return { subject: relative.pronoun, cue, position: 'before', antecedent: relative.antecedent };
    }
    const subject = subjectBefore(context, k, floor);
    if (subject) {
      // "Quill says, but she cautions that …": "he"/"she" opening a clause of its own with its verb of saying is exact
      const ownClause = SINGULAR_PERSONAL.has(subject.text.toLowerCase()) && CLAUSE_JOINERS.has(tokens[indexOf(tokens, subject.start, floor) - 1]?.lower ?? '');
      return outerSpeech(context, floor, subject) ?? withAntecedent({ subject, cue, position: 'before', ownClause }, tokens, k, floor, text);
    }
    // "…, said Rutte: “…”" (inverted before the quote, right after a clause boundary)
    const opensClause = k === floor || !isWord(tokens[k - 1]);
    const inverted = opensClause ? phraseStartingAt(tokens, k + 1, quote, text) : null;
    if (inverted && inverted.kind === 'name') {
      return { subject: inverted, cue, position: 'before' };
    }
  }
  if (weakNoun) {
    return weakNoun;
  }
  // a bare colon: "… surprise pollster Daron Shaw: “…”", "Rutte on Ukraine: “…”"
  if (tokens[quote - 1]?.text === ':') {
    // "Jane Roe Praises Jon Doe: ‘…’": in a title-case headline the name before its verb speaks, not the one before the colon
    let verb = quote - 2;
    while (verb > floor && !isHeadlineVerb(tokens[verb])) {
      verb--;
    }
    const last = verb > floor ? verb - 1 : quote - 2;
    const named = last >= floor ? phraseEndingAt(tokens, last, floor, text) : null;
    if (named?.name?.kind === 'person') {
      return { subject: named, cue: null, position: 'before' };
    }
    const subject = sentenceSubject(context, floor, quote - 1);
    if (subject) {
      return { subject, cue: null, position: 'before' };
    }
  }
  return headlineSpeaker(context, floor, quote);
}

/** Words that make a base form the verb of its clause: "could only quip", "did not claim". */
const AUXILIARIES = new Set(['could', 'would', 'will', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do']);

/**
 * "could only quip: “…”", "would say only that": the base form of a verb of saying after an auxiliary and adverbs,
 * introducing what follows ("will continue" and "would attack" are no speech).
 */
function afterAuxiliary(tokens: readonly Token[], verb: number, floor: number): boolean {
  const token = tokens[verb];
  if (!introducesQuote(tokens[verb + 1]) || !isWord(token) || isCapitalized(token) || !REPORTING_BASES.has(token.lower)) {
    return false;
  }
  const last = skipFillersBackward(tokens, verb - 1, floor);
  // "the foundation predicts will continue “…”": the auxiliary opens a clause reported by another verb
  if (isCueVerb(tokens[last])) {
    return false;
  }
  for (let k = verb - 1; k > last; k--) {
    if (AUXILIARIES.has(tokens[k].lower)) {
      return true;
    }
  }
  return false;
}

/**
 * "The ad claims “…”", "a spokesman could only quip: “…”": a word that is both a noun of saying and a verb of saying
 * is the verb when it is finite (or follows an auxiliary), introduces the quote and a subject stands right before it.
 */
function readsAsVerb(context: ClauseContext, verb: number, floor: number): boolean {
  const { tokens } = context;
  const finite = isCueVerb(tokens[verb]) && FINITE.test(tokens[verb].lower) && introducesQuote(tokens[verb + 1]);
  if (!(finite || afterAuxiliary(tokens, verb, floor)) || isNounUse(tokens, verb)) {
    return false;
  }
  const last = skipFillersBackward(tokens, verb - 1, floor);
  const subject = subjectBefore(context, verb, floor);
  return subject !== null && last >= floor && subject.end === tokens[last].end;
}

const FRAMING_VERBS = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'adds', 'argued', 'argues', 'insisted', 'insists', 'noted', 'notes', 'explained', 'explains', 'claimed', 'claims', 'stressed', 'warned', 'warns']);

/** Words that, right after a verb of saying, open a clause of what happened meanwhile ("Roe said as Doe yelled"). */
const WHILE = new Set(['as', 'while', 'when']);

/** Words that open a clause of its own beside a report rather than inside it. */
const CLAUSE_JOINERS = new Set(['and', 'but', 'though', 'although', 'which', 'whereas', 'yet']);

/**
 * "She said she asked the question “to build on …”": when the cue found sits inside what an earlier verb of saying
 * reports, the quote belongs to that outer speech.
 */
function outerSpeech(context: ClauseContext, floor: number, inner: Phrase): CueMatch | null {
  const { tokens, text } = context;
  const innerFirst = indexOf(tokens, inner.start, floor);
  if (CLAUSE_JOINERS.has(tokens[innerFirst - 1]?.lower ?? '')) {
    return null; // "Roe said …, and she called it “…”": a clause of its own, not part of what Roe said
  }
  // "…, but in a later interview said": a clause with no subject of its own (the phrase found is a preposition's object)
  const before = tokens[innerFirst - 1]?.lower ?? '';
  const ownSubject = !PREPOSITIONS.has(before) || CONJUNCTION_PREPOSITIONS.has(before);
  // "Cruz said as the heckler yelled: “…”": a clause of its own, opened right after the verb, is no part of what it reports
  const whileSaying = WHILE.has(tokens[innerFirst - 1]?.lower ?? '') ? innerFirst - 2 : -1;
  for (let k = floor; k < tokens.length && tokens[k].end <= inner.start; k++) {
    if (k !== whileSaying && FRAMING_VERBS.has(tokens[k].lower) && isCueVerb(tokens[k]) && !isNounUse(tokens, k) && !inFrontedClause(tokens, floor, k, innerFirst, text) && !(ownSubject && clauseJoinedBetween(tokens, k + 1, innerFirst, text))) {
      const subject = subjectBefore(context, k, floor);
      if (subject && subject.end <= tokens[k].start) {
        return withAntecedent({ subject, cue: cueSpan(tokens, k, tokens.length, text), position: 'before' }, tokens, k, floor, text);
      }
    }
  }
  return null;
}


/** "a message that said, “…”": a relative "that" right before the verb is its subject, standing for the phrase before it. */
function relativeThat(context: ClauseContext, verb: number, floor: number): { pronoun: Phrase; antecedent: Phrase } | null {
  const { tokens, text } = context;
  const that = skipFillersBackward(tokens, verb - 1, floor);
  if (that <= floor || tokens[that].lower !== 'that' || !isWord(tokens[that - 1])) {
    return null;
  }
  const antecedent = phraseEndingAt(tokens, that - 1, floor, text);
  if (!antecedent || antecedent.kind === 'pronoun') {
    return null;
  }
  // "Roe ran an ad that says …": what a verb's object says is its sender's (the verb's subject) to say
  const before = tokens[indexOf(tokens, antecedent.start, floor) - 1];
  const objectOfVerb = isWord(before) && !isCapitalized(before) && !PREPOSITIONS.has(before.lower);
  return objectOfVerb ? null : { pronoun: pronounPhrase(tokens[that]), antecedent };
}

/** "Smith, who said …": keep "who" as the attributing mention and remember what it stands for. */
function withAntecedent(match: CueMatch, tokens: readonly Token[], verb: number, floor: number, text: string): CueMatch {
  if (match.subject.kind !== 'pronoun' || (match.subject.text.toLowerCase() !== 'who' && match.subject.text.toLowerCase() !== 'which')) {
    return match;
  }
  let k = lastIndexOf(tokens, match.subject.start, verb) - 1;
  if (tokens[k]?.text === ',') {
    k--;
  }
  const antecedent = k >= floor ? phraseEndingAt(tokens, k, floor, text) : null;
  return antecedent ? { ...match, antecedent } : match;
}

/** "someone shouted, “Cruz,” Beck joked": a cue right before the quote (", “" or ": “") outranks one after it. */
export function adjacentCueBefore(context: ClauseContext, quote: number): CueMatch | null {
  const { tokens } = context;
  const mark = tokens[quote - 1];
  const verb = mark && (mark.text === ',' || mark.text === ':') ? quote - 2 : quote - 1;
  if (!isCueVerb(tokens[verb]) && !isPhrasalEnd(tokens, verb)) {
    return null;
  }
  const match = cueBefore(context, quote);
  return match && match.cue && match.cue.end >= tokens[verb].end ? match : null;
}
