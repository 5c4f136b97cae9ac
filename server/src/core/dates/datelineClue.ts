import type { TextStructure } from '../types';
import { isoDay, isValidDay, parseAnchor } from './calendar';
import { MONTH_PATTERN, monthNumber } from './lexicon';
import type { PublishedClue } from './publishedClues';

// Wire copy often datelines a story with the day but not the year: "NAIROBI, March 12 (Reuters) -". The day is the
// page's own, so a year from another clue of the text (the copyright notice, a URL path) completes it.

const YEARLESS_DATELINE = new RegExp(
  String.raw`^[ \t]*[A-Z][A-Z .'’-]{2,},(?:[ \t]+[A-Z][\w.'’ -]{1,30},)?[ \t]+(${MONTH_PATTERN})[ \t]+(\d{1,2})\b(?!(?:st|nd|rd|th)?,?[ \t]*\d{4})`,
  'd',
);
const HEAD_LINES = 6;

/** The month and day of a yearless dateline near the top, with the year the given partial clue names. */
export function yearlessDatelineClue(structure: TextStructure, yearClue: PublishedClue | undefined): PublishedClue | null {
  const known = parseAnchor(yearClue?.partial);
  if (!yearClue || !known) {
    return null;
  }
  const { text, lines } = structure;
  for (const line of lines.slice(0, HEAD_LINES)) {
    const match = YEARLESS_DATELINE.exec(text.slice(line.start, Math.min(line.end, line.start + 200)));
    const month = match ? monthNumber(match[1]) : null;
    const day = Number(match?.[2]);
    if (!match || !month || !isValidDay(known.year, month, day) || (known.month !== undefined && known.month !== month)) {
      continue;
    }
    const start = line.start + (match.indices?.[1]?.[0] ?? 0);
    const end = line.start + match[0].length;
    return {
      basis: 'inferred',
      value: isoDay({ year: known.year, month, day }),
      evidence: { start, end, text: text.slice(start, end) },
      reason: `a dateline without a year; the year from ${yearClue.reason}`,
    };
  }
  return null;
}
