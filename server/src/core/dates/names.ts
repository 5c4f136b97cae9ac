import type { Candidate } from './candidate';

// "USA Today", "the film High Noon", CBS's "60 Minutes": a time word written with a capital in the middle of a
// running sentence is part of a title or a name (TimeML leaves times in proper names unannotated). Weekdays,
// months and holidays ("Christmas Day") are capitalised anyway and are not in the list.
const CAPITALISED_TIME_WORD = /(?<![\w-])(?:Today|Tonight|Tomorrow|Yesterday|Noon|Midnight|Midday|Minutes|Hours|Days|Weeks|Months|Years)(?![\w-])/;
// What may stand between a sentence's (or a quotation's) opening and its first word.
const OPENING_BEFORE = /(?:^|[.!?:;,\n([]|--)[\s"'`“‘]*$/;
// A line in Title Case (a headline, a menu) has no lower-case word of four letters or more.
const RUNNING_TEXT = /(?:^|\s)[a-z]{4,}/;
const LOOK_BEHIND = 40;

/** Whether the candidate's time word is capitalised in mid-sentence of running text: a name, not a time. */
export function isInName(text: string, candidate: Candidate): boolean {
  const word = CAPITALISED_TIME_WORD.exec(text.slice(candidate.start, candidate.end));
  if (!word) {
    return false;
  }
  const at = candidate.start + word.index;
  if (OPENING_BEFORE.test(text.slice(Math.max(0, at - LOOK_BEHIND), at))) {
    return false;
  }
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at);
  return RUNNING_TEXT.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}
