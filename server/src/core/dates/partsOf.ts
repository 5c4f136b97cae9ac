import { addDays, anchorDay, isoDay, isoWeek, isoYear, weekdayOf, type Ymd } from './calendar';
import type { Candidate, ResolveContext } from './candidate';
import { around, wordHits } from './around';
import { yearByTense } from './chronoCandidate';
import { MONTH_PATTERN, monthNumber, type UnitWord } from './lexicon';

// Parts of a named period told by their rank: "the first two quarters of 1990" (its first half, one TIMEX),
// "the last week of March" (an ISO week), "the second day of the strike" (a day). chrono reads none of them; the
// unit rules would read "the first two quarters" and "the last week" as spans of their own.

const YEAR = '((?:1[5-9]|20)\\d\\d)';
const HALF_BY_PARTS = new RegExp(`\\b(?:the\\s+)?(first|last|final|second|latter)\\s+(?:two\\s+quarters|six\\s+months)\\s+of\\s+(?:${YEAR}|(this|last|next)\\s+year)\\b`, 'gi');
const WEEK_RANKS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };
const WEEK_OF_MONTH = new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(${MONTH_PATTERN})(?!\\w)(?:,?\\s+${YEAR}\\b)?`, 'gi');
const DAY_RANKS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
// "the second day of an offensive": the day in focus, told as the rank of a day of some event (not of a month:
// "the first day of March" is chrono's).
const DAY_OF_EVENT = new RegExp(`\\b(the\\s+(?:${Object.keys(DAY_RANKS).join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+(?:straight\\s+)?day)\\s+of\\s+(?!(?:${MONTH_PATTERN})\\b)`, 'gi');

const yearShift = (word: string | undefined): number => (word?.toLowerCase() === 'last' ? -1 : word?.toLowerCase() === 'next' ? 1 : 0);

/** The ISO week holding the given rank's Thursday of the month: ISO weeks belong to the month of their Thursday. */
export function weekOfMonth(year: number, month: number, rank: number): string {
  const first: Ymd = { year, month, day: 1 };
  const firstThursday = addDays(first, (4 - weekdayOf(first) + 7) % 7);
  if (rank > 0) {
    return isoWeek(addDays(firstThursday, (rank - 1) * 7));
  }
  const nextMonthFirst: Ymd = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  const lastDay = addDays(nextMonthFirst, -1);
  return isoWeek(addDays(lastDay, -((weekdayOf(lastDay) - 4 + 7) % 7)));
}

const OF_AFTER = /\s+of\b/iy;

function halves(text: string, units: readonly UnitWord[], found: Candidate[]): void {
  for (const match of around(text, wordHits(text, units, /^(?:quarters|months)$/i, OF_AFTER), HALF_BY_PARTS, 24, 20)) {
    const [whole, rank, year, relative] = match;
    const half = /^first$/i.test(rank) ? 'H1' : 'H2';
    const span = { start: match.index, end: match.index + whole.length, type: 'DATE' as const, priority: 4 };
    if (year) {
      found.push({ ...span, value: `${year}-${half}` });
    } else {
      found.push({ ...span, resolve: ({ anchor }) => (anchor ? `${isoYear(anchor.year + yearShift(relative))}-${half}` : null), unresolvedValue: `XXXX-${half}` });
    }
  }
}

function weeks(text: string, units: readonly UnitWord[], found: Candidate[]): void {
  for (const match of around(text, wordHits(text, units, /^week$/i, OF_AFTER), WEEK_OF_MONTH, 16, 20)) {
    const [whole, rankWord, monthWord, year] = match;
    const month = monthNumber(monthWord);
    if (month === null) {
      continue;
    }
    const rank = WEEK_RANKS[rankWord.toLowerCase()];
    const span = { start: match.index, end: match.index + whole.length, type: 'DATE' as const, priority: 4 };
    if (year) {
      found.push({ ...span, value: weekOfMonth(Number(year), month, rank) });
      continue;
    }
    const monthOfYear = yearByTense(month, null);
    found.push({
      ...span,
      resolve: (context: ResolveContext) => {
        const named = monthOfYear(context);
        return named ? weekOfMonth(Number(named.slice(0, 4)), month, rank) : null;
      },
      unresolvedValue: 'XXXX-WXX',
    });
  }
}

function daysOfEvents(text: string, units: readonly UnitWord[], found: Candidate[]): void {
  for (const match of around(text, wordHits(text, units, /^day$/i, OF_AFTER), DAY_OF_EVENT, 24, 4)) {
    found.push({
      start: match.index,
      end: match.index + match[1].length,
      type: 'DATE',
      priority: 2,
      narrative: true,
      resolve: (context) => {
        const day = context.narrative ?? anchorDay(context.anchor);
        return day ? isoDay(day) : null;
      },
      unresolvedValue: 'XXXX-XX-XX',
    });
  }
}

export function findPartsOf(text: string, units: readonly UnitWord[]): Candidate[] {
  const found: Candidate[] = [];
  halves(text, units, found);
  weeks(text, units, found);
  daysOfEvents(text, units, found);
  return found;
}
