import type { Direction } from './calendar';
import { matchesOf } from '../matches';

// The tense of the verb that governs a date decides whether a bare weekday or month lies before or after the
// article's date (TimeML resolves "Friday" by it, as HeidelTime does from its tagger's tenses). Without a parser
// the nearest tense cue stands in for the governing verb: the last one in the date's clause, else the first one
// after the date in its sentence ("the ministry on Friday issued …"), else the last one earlier in the sentence.

// "a planned rally", "the plan" are nouns, not plans for the future. An agreement to do something ("agreed to buy
// the unit in February", "an agreement to acquire it in January") looks ahead to the deed, past as the agreeing is. A present passive ("when the case is heard in
// May", "the bonds are redeemed in June") tells what is to happen.
const FUTURE_WORDS = String.raw`(?:is|are) (?:[a-z]{3,}ed|heard|held|paid|sold|made|taken|given)|will|'ll|shall|should|must|might|can|going to|is to|are to|to be|due|payable|expires?|scheduled|effective|supposed to|expects?|expected|anticipated?|set (?:to|for)|plans? to|hopes? to|aims? to|agree(?:s|d|ments?)? to|as (?:soon|early) as|(?<!\b(?:a|an|the|its|his|her|their)\s)planned|planning|would|upcoming|next(?! to)|coming|ahead of|until|till|to be held|to attend|to meet|to visit|to travel|to hold`;
// A participle after "be" ("should be completed") is passive, not past; "succeed" and "hundred" are no past forms,
// nor an -ed adjective after a determiner ("a still unspecified date");
// common irregular past forms count too.
const PAST_WORDS = String.raw`said|says|told|was|were|had|did|has|have|last|ago|(?<!\b(?:be|been|being)\s)(?:(?<!\b(?:a|an|the|still|its|his|her|their|this|that|these|those)\s)(?!(?:hundred|indeed|need|[a-z]*ceed)\b)[a-z]{3,}ed|came|went|met|left|took|gave|made|began|found|saw|got|ran|won|lost|sent|spent|fell|rose|led|brought|bought|thought|fought|caught|kept|felt|struck|spoke|wrote|chose|drove|flew|knew|grew|threw|broke|stood|sat|paid|sold|heard|held|became)`;

// Case-sensitive: "United" is no -ed verb. The greedy lead finds the last cue in the text before the date.
const LAST_FUTURE = new RegExp(String.raw`^[\s\S]*\b(?:${FUTURE_WORDS})\b`);
const LAST_PAST = new RegExp(String.raw`^[\s\S]*\b(?:${PAST_WORDS})\b`);
const FIRST_FUTURE = new RegExp(String.raw`\b(?:${FUTURE_WORDS})\b`);
const FIRST_PAST = new RegExp(String.raw`\b(?:${PAST_WORDS})\b`);
// A sentence-opening "Until" says nothing of tense ("Until Thursday, they had not called").
const OPENING_UNTIL = /^\s*(?:Until|Till)\s*$/;
const CLAUSE_BREAK = /[,;:]|\s[-–—]+\s/g;
// A plan told in the past perfect ("had been due to expire Friday", "had been scheduled to vote Monday") was for
// a day before the article's: the plan changed since.
const PAST_PLAN = /\bhad\s+(?:been\s+)?(?:due|scheduled|set|expected|supposed|planned|meant)\b/;

// "A service planned for Saturday was canceled": the date ends the subject, and the main verb after it is past.
const SUBJECT_THEN_PAST = /^\s+(?:was|were)\b/;
// "They meet Monday", "the court convenes separately Tuesday": a timetable told in the present is to come.
const SCHEDULED_PRESENT =
  /\b(?:meet|meets|arrives?|departs?|begins?|convenes?|resumes?|reconvenes?|votes?|testif(?:y|ies)|goes\s+on\s+trial|takes?\s+office)\s+(?:[a-z]+ly\s+)?(?:on\s+)?$/;

// "has extended the loans through January": an extension runs forward, past or not the verb that tells it.
const EXTENDED_TO = /\bextend(?:s|ed|ing)?\b[^.]*\b(?:through|until|till|into)\s+$/i;

// A full stop ends a sentence unless it closes an initial ("Daniel P. Davison") or a common abbreviation.
const SENTENCE_END = /(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Corp|Inc|Co|Ltd|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|U\.S|vs))[.!?]["'”’)]*\s+(?=["'“‘(`]*[A-Z0-9])|\n/g;

const BEFORE = 150;
const AFTER = 90;

/** The part of the sentence before `start`, within BEFORE characters. */
function sentenceBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - BEFORE), start);
  let cut = 0;
  for (const match of matchesOf(window, SENTENCE_END)) {
    cut = match.index + match[0].length;
  }
  return window.slice(cut);
}

/** The part of the sentence after `end`, within AFTER characters. */
function sentenceAfter(text: string, end: number): string {
  const window = text.slice(end, end + AFTER);
  SENTENCE_END.lastIndex = 0;
  const match = SENTENCE_END.exec(window);
  SENTENCE_END.lastIndex = 0;
  return match ? window.slice(0, match.index) : window;
}

/** How far before the end of `text` its last future and past cues end (Infinity when none). */
function cuesBefore(text: string): { future: number; past: number } {
  const future = LAST_FUTURE.exec(text);
  const past = LAST_PAST.exec(text);
  return { future: future ? text.length - future[0].length : Infinity, past: past ? text.length - past[0].length : Infinity };
}

/** Past or future for the date at [start, end); news mostly looks back, so past is the default. */
export function tenseAround(text: string, start: number, end = start): Direction {
  const sentence = sentenceBefore(text, start);
  const before = OPENING_UNTIL.test(sentence) ? '' : sentence;
  let clauseStart = 0;
  for (const match of matchesOf(before, CLAUSE_BREAK)) {
    clauseStart = match.index + match[0].length;
  }
  if (PAST_PLAN.test(before.slice(clauseStart)) || SUBJECT_THEN_PAST.test(text.slice(end, end + 12))) {
    return 'past';
  }
  if (SCHEDULED_PRESENT.test(before) || EXTENDED_TO.test(before.slice(clauseStart))) {
    return 'future';
  }
  // ">=" before the date: "is expected to … Friday" is future, though "expected" is also an -ed word.
  const clause = cuesBefore(before.slice(clauseStart));
  if (clause.future !== Infinity || clause.past !== Infinity) {
    return clause.future <= clause.past ? 'future' : 'past';
  }
  const after = sentenceAfter(text, end);
  const futureAfter = FIRST_FUTURE.exec(after)?.index ?? Infinity;
  const pastAfter = FIRST_PAST.exec(after)?.index ?? Infinity;
  if (futureAfter !== Infinity || pastAfter !== Infinity) {
    return futureAfter < pastAfter ? 'future' : 'past';
  }
  const sentenceCues = cuesBefore(before);
  return sentenceCues.future !== Infinity && sentenceCues.future <= sentenceCues.past ? 'future' : 'past';
}
