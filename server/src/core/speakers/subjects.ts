import { DETERMINERS, isPersonNoun, ORG_NOUNS, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from './lexicon';
import { isCueVerb, phraseEndingAt, phraseStartingAt, skipFillersBackward, type Phrase } from './phrases';
import { skipTimeBackward } from './timePhrases';
import { isCapitalized, type Token } from './tokens';
import { DASHES, datelineEnd, inOpeningClause, isWord, opensSubordinate } from './clauses';
import { nameBeforeAsides, subjectOfRelativeClause } from './describedSubjects';
import { countedSubject, pollFraming } from './countedSubjects';
import { indexOf, MAX_APPOSITION_TOKENS } from './asides';
import { isCommonOpener, sentenceSubject } from './sentenceSubject';

export { sentenceSubject } from './sentenceSubject';

/** What clause scanning works on: one paragraph's tokens (quotes collapsed) and the document's lower-case words. */
export interface ClauseContext {
  tokens: readonly Token[];
  text: string;
  /** Words the document writes in lower case: a capitalised sentence opener among them is not a name. */
  commonWords: ReadonlySet<string>;
}

export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'of', 'to', 'for', 'from', 'with', 'on', 'at', 'by', 'about', 'against', 'after', 'before', 'during',
  'over', 'under', 'into', 'like', 'than', 'as', 'toward', 'towards', 'between', 'among', 'despite', 'via', 'per',
  'following', 'including', 'regarding', 'concerning', 'amid', 'through', 'across', 'near', 'within', 'without',
  'outside', 'inside', 'around', 'along', 'behind', 'beside', 'throughout',
]);

/** The index of the first token after `phrase`, searching from `from`. */
export function tokenAfter(tokens: readonly Token[], phrase: Phrase, from: number): number {
  let k = from;
  while (k < tokens.length && tokens[k].start < phrase.end) {
    k++;
  }
  return k;
}
const COORDINATORS = new Set(['and', 'but', 'or', 'yet']);

/** True when token `at` (past fillers and a comma- or dash-delimited aside) looks like a verb. */
export function followedByVerb(tokens: readonly Token[], at: number, to: number): boolean {
  let k = at;
  const delimiter = tokens[k]?.text;
  if (delimiter === ',' || (delimiter !== undefined && DASHES.has(delimiter))) {
    let close = k + 1;
    while (close < to && tokens[close].text !== delimiter && close - k < 16) {
      close++;
    }
    if (close >= to) {
      return false;
    }
    k = close + 1;
  }
  while (k < to && isWord(tokens[k]) && FILLERS.test(tokens[k].lower)) {
    k++;
  }
  const next = tokens[k];
  return isWord(next) && !isCapitalized(next) && !PREPOSITIONS.has(next.lower) && !DETERMINERS.has(next.lower) && !COORDINATORS.has(next.lower) && next.lower !== 'who';
}

const FILLERS = /^(?:also|later|then|again|has|had|have|would|will|once|\p{Ll}+ly)$/u;

const SUBORDINATORS = new Set(['when', 'while', 'as', 'after', 'because', 'since', 'although', 'though', 'where', 'whereas', 'but', 'before', 'until', 'once']);

/** The subject an "-ing" cue hangs on: that of the last clause opened before it ("…, when protesters interrupted, shouting"). */
export function participleSubject(context: ClauseContext, from: number, participle: number): Phrase | null {
  const reporter = reportingSubjectBefore(context, from, participle);
  if (reporter) {
    return reporter;
  }
  const opening = opensSubordinate(context.tokens, from);
  for (let k = participle - 1; k > from; k--) {
    const token = context.tokens[k];
    if (k === opening && inOpeningClause(context.tokens, from, k + 1, participle)) {
      break; // "Ever since Roe endorsed Doe, Lee has been …, attacking": the fronted clause is not what the participle hangs on
    }
    if (isWord(token) && SUBORDINATORS.has(token.lower)) {
      // "when protesters interrupted her, shouting": a clause; "went after Bush, calling": a preposition
      const subject = sentenceSubject(context, k + 1, participle);
      const clause = subject !== null && followedByVerb(context.tokens, tokenAfter(context.tokens, subject, k + 1), participle);
      if (subject && clause) {
        return subject;
      }
    }
  }
  return sentenceSubject(context, from, participle);
}

/**
 * "…, Roe said on Friday, adding that …": a participle right after a verb of saying and its comma shares that verb's
 * subject, not the subject of the words reported before it.
 */
function reportingSubjectBefore(context: ClauseContext, from: number, participle: number): Phrase | null {
  const { tokens } = context;
  if (tokens[participle - 1]?.text !== ',' || participle - 2 <= from) {
    return null;
  }
  const verb = skipTimeBackward(tokens, participle - 2, from);
  const token = tokens[verb];
  if (verb <= from || !isCueVerb(token) || token.lower.endsWith('ing')) {
    return null;
  }
  return subjectBefore(context, verb, from);
}

/** The subject left of a finite cue verb at `verb`: "Rutte said", "Mark Rutte, NATO's secretary general, said". */
export function subjectBefore(context: ClauseContext, verb: number, floor: number): Phrase | null {
  const { tokens } = context;
  const k = skipFillersBackward(tokens, verb - 1, floor);
  // "Roe on Friday also said": a time adverbial stands between the subject and its verb (unless the reading fails)
  const beforeTime = k >= floor ? skipTimeBackward(tokens, k, floor) : k;
  const pastTime = beforeTime < k ? subjectEndingAt(context, skipFillersBackward(tokens, beforeTime, floor), floor) : null;
  const subject = pastTime ?? subjectEndingAt(context, k, floor);
  return subject && (pollFraming(context, floor, subject) ?? subject);
}

/** Words that open a clause with a subject of its own: "… when he brought up the strike and later said". */
const CLAUSE_OPENERS = new Set(['when', 'while', 'because', 'although', 'though', 'whereas', 'if']);

/** The subject of the clause (after the last comma or clause opener) that ends at the coordinator `k`, when it has one. */
function lastClauseSubject(context: ClauseContext, floor: number, k: number): Phrase | null {
  const { tokens } = context;
  let start = k - 1;
  while (start > floor && tokens[start - 1].text !== ',' && !(isWord(tokens[start - 1]) && CLAUSE_OPENERS.has(tokens[start - 1].lower))) {
    start--;
  }
  if (start <= floor) {
    return null;
  }
  const subject = sentenceSubject(context, start, k);
  return subject && subject.start === tokens[start].start && followedByVerb(tokens, tokenAfter(tokens, subject, start), k) ? subject : null;
}

/** The subject phrase whose last token (past an apposition or a parenthesis) is `last`. */
function subjectEndingAt(context: ClauseContext, last: number, floor: number): Phrase | null {
  const { tokens, text } = context;
  let k = last;
  if (k < floor) {
    return null;
  }
  if (isWord(tokens[k]) && (COORDINATORS.has(tokens[k].lower) || tokens[k].lower === 'to')) {
    // "Bush praised Rubio … but described …", "Trump took to Twitter to accuse …": the sentence's subject, or that of
    // the last clause when it has its own ("When Doe was asked, he laughed and said …")
    return (COORDINATORS.has(tokens[k].lower) ? lastClauseSubject(context, floor, k) : null) ?? sentenceSubject(context, floor, k);
  }
  const delimiter = tokens[k].text;
  if (delimiter === ',' && tokens[k - 1]?.text === ')' && k - 1 > floor) {
    // "Sen. Ada Quill (D-N.H.), said": a stray comma after the parenthesis of party and state
    const named = subjectEndingAt(context, k - 1, floor);
    if (named) {
      return named;
    }
  }
  const relative = delimiter === ',' ? subjectOfRelativeClause(context, k, floor) : null;
  if (relative) {
    return relative;
  }
  if (delimiter === ',' || DASHES.has(delimiter)) {
    // "Mark Rutte, NATO's secretary general, said", "Jason Sims — a teacher — says"
    let open = k - 1;
    while (open > floor && tokens[open].text !== delimiter && !tokens[open].sentenceEnd && tokens[open].type !== 'quote' && k - open < 16) {
      open--;
    }
    if (open <= floor || tokens[open].text !== delimiter) {
      return delimiter === ',' ? nameBeforeLongApposition(context, floor, k) : null;
    }
    // "Ruiz's spokesman, Daniel Okafor, said": the name in the apposition is the better mention
    const inner = phraseStartingAt(tokens, open + 1, k, text);
    if (inner && inner.kind === 'name' && inner.end === tokens[k - 1].end && inner.name?.kind === 'person') {
      return inner;
    }
    k = open - 1;
  }
  if (isWord(tokens[k]) && POSSESSIVE_DETERMINERS.has(tokens[k].lower) && !SUBJECT_PRONOUNS.has(tokens[k].lower)) {
    return null;
  }
  const counted = countedSubject(context, k, floor);
  if (counted) {
    return counted;
  }
  let phrase = phraseEndingAt(tokens, k, floor, text);
  // "Beck, who has in the past described": a prepositional phrase before the verb is not its subject
  for (let guard = 0; phrase && guard < 2; guard++) {
    let start = k;
    while (start > floor && tokens[start].start > phrase.start) {
      start--;
    }
    const preposition = tokens[start - 1];
    if (!isWord(preposition) || !PREPOSITIONS.has(preposition.lower)) {
      break;
    }
    const before = skipFillersBackward(tokens, start - 2, floor);
    const outer = before >= floor ? phraseEndingAt(tokens, before, floor, text) : null;
    const participle = tokens[before];
    // ("Another source speaking to the Times said": the phrase read back from the participle ends in it)
    const participleEnds = outer === null || (outer.kind === 'role' && outer.words[outer.words.length - 1] === participle.lower);
    if (participleEnds && before - 1 >= floor && isWord(participle) && !isCapitalized(participle) && participle.lower.endsWith('ing')) {
      // "Protesters marching through the streets chanted": the subject is who the participle describes
      const walker = phraseEndingAt(tokens, before - 1, floor, text);
      // (not "during a town hall meeting in Ohio": a noun in "-ing" after a preposition's object)
      if (walker && walker.kind !== 'pronoun' && (outer === null || !afterPreposition(tokens, walker, before - 1))) {
        phrase = walker;
        k = before - 1;
        continue;
      }
    }
    if (outer?.kind === 'role' && before === start - 2 && isRoleHead(outer) && phrase.kind === 'name') {
      // "A spokesman for Jon Doe said", "The council in Easton said": the role speaks, not the name it hangs on
      // (unless it is in apposition to a name: "Jon Doe, the mayor of Easton said")
      const role: Phrase = { start: outer.start, end: phrase.end, text: text.slice(outer.start, phrase.end), kind: 'role', name: null, words: [...outer.words, ...phrase.words] };
      return nameBeforeAsides(context, role, k, floor) ?? role;
    }
    if (!outer || outer.kind === 'role') {
      break;
    }
    phrase = outer;
    k = before;
  }
  if (phrase && phrase.kind === 'name' && phrase.start === tokens[floor]?.start && isCommonOpener(context, floor) && phrase.name?.words.length === 1) {
    return null;
  }
  return (phrase && objectOfPreposition(tokens, phrase, k) && nameBeforeAsides(context, phrase, k, floor)) || phrase;
}

/**
 * "Representative Jane Roe, a Democrat of Easton and a member of the House's … committee, said": past an apposition
 * too long for the comma search, the person named at the start of the sentence, a comma right after the name.
 */
function nameBeforeLongApposition(context: ClauseContext, floor: number, comma: number): Phrase | null {
  const { tokens, text } = context;
  const start = datelineEnd(tokens, floor, comma);
  const phrase = phraseStartingAt(tokens, start, comma, text);
  const kind = phrase?.name?.kind;
  if (!phrase || phrase.kind !== 'name' || (kind !== 'person' && kind !== 'single')) {
    return null;
  }
  const after = indexOf(tokens, phrase.end, start);
  if (tokens[after]?.text !== ',' || comma - after > MAX_APPOSITION_TOKENS) {
    return null;
  }
  for (let k = after + 1; k < comma; k++) {
    if (tokens[k].type === 'quote' || tokens[k].sentenceEnd) {
      return null;
    }
  }
  return phrase;
}

const isRoleHead = (phrase: Phrase): boolean => {
  const head = phrase.words[phrase.words.length - 1] ?? '';
  return isPersonNoun(head) || ORG_NOUNS.has(head);
};

/** True when the phrase ending at token `last` (inclusive) follows a preposition ("in Easton", "during a meeting"). */
function afterPreposition(tokens: readonly Token[], phrase: Phrase, last: number): boolean {
  let first = last;
  while (first > 0 && tokens[first].start > phrase.start) {
    first--;
  }
  const preposition = tokens[first - 1];
  return isWord(preposition) && PREPOSITIONS.has(preposition.lower);
}

/** True when the name ending at token `last` is the object of a preposition ("in Easton", "of Flint"). */
function objectOfPreposition(tokens: readonly Token[], phrase: Phrase, last: number): boolean {
  return phrase.kind === 'name' && afterPreposition(tokens, phrase, last);
}
