import { isoQuarter, isoYear, type Anchor } from './calendar';
import type { Candidate, ResolveContext } from './candidate';
import { MONTH_PATTERN, monthNumber, type UnitWord } from './lexicon';
import { around, wordHits } from './around';
import { inGameContext } from './sports';

// Business news speaks of "the quarter", "the latest period", "the year-earlier quarter", "a year ago": the
// reporting period in focus (TimeML: the quarter last named, else the last completed one before the article's
// date), or that period one year back.

const QUARTER_VALUE = /^(\d{4})-(Q[1-4]|H[12])$/;
const MONTH_VALUE = /^(\d{4})(-\d{2})$/;
const SUB_YEAR_VALUE = /^(\d{4})-(?:Q[1-4]|H[12]|\d{2})/;

/** The last quarter completed before the anchor. */
function lastCompletedQuarter(anchor: Anchor | null): string | null {
  if (!anchor || anchor.month === undefined) {
    return null;
  }
  return quarterOfMonth(anchor.year * 12 + anchor.month - 1 - 3);
}

/** The quarter holding a month counted from year 0 (year * 12 + month - 1). */
const quarterOfMonth = (monthIndex: number): string => isoQuarter(Math.floor(monthIndex / 3));

/** The quarter being reported on: the one named last (that had ended by the anchor), else the last completed one. */
export function focusQuarter({ reportedQuarter, anchor }: ResolveContext): string | null {
  return reportedQuarter ?? lastCompletedQuarter(anchor);
}

/** The period being reported on ("the latest period", "year-ago results"): a quarter, or a year after "the nine months". */
export function focusPeriod({ reportedPeriod, anchor }: ResolveContext): string | null {
  return reportedPeriod ?? lastCompletedQuarter(anchor);
}

const INDEFINITE_BEFORE = /\ban?\s+(?:[a-z]+\s+)?$/i;

export interface ReportingFocus {
  quarter: string | null;
  period: string | null;
}

/** Whether a quarter or half had ended by the anchor's month: results are reported on periods that are over. */
function endedBy(value: string, anchor: Anchor | null): boolean {
  const match = QUARTER_VALUE.exec(value);
  if (!match || !anchor) {
    return true;
  }
  const number = Number(match[2].slice(1));
  const endMonth = Number(match[1]) * 12 + (match[2][0] === 'Q' ? number * 3 : number * 6);
  return anchor.month === undefined ? anchor.year > Number(match[1]) : anchor.year * 12 + anchor.month > endMonth;
}

/**
 * The reporting period after a date: a quarter or half named (not one a year back) becomes the focus, which a day
 * or month named after it does not change; one still to come ("a fourth-quarter charge" in November) only when none
 * is in focus yet (a fiscal quarter reported on first); "the first nine months" make the periods compared with them
 * years.
 */
export function nextFocus(focus: ReportingFocus, value: string, candidate: Candidate, anchor: Anchor | null, text: string): ReportingFocus {
  if (candidate.reportingSpan) {
    const year = focus.quarter?.slice(0, 4) ?? (anchor ? isoYear(anchor.year) : null);
    return year ? { quarter: focus.quarter, period: year } : focus;
  }
  if (candidate.type !== 'DATE' || candidate.backReference || !QUARTER_VALUE.test(value) || (focus.quarter && !endedBy(value, anchor))) {
    return focus;
  }
  if (INDEFINITE_BEFORE.test(text.slice(Math.max(0, candidate.start - 24), candidate.start)) && !text.slice(candidate.start, candidate.end).includes('-')) {
    return focus; // "After a flat second quarter, …": a quarter described in passing, not the one reported on
  }
  return { quarter: value, period: value };
}

// "the quarter ended July 31": a fiscal quarter told by its end, the calendar quarter holding most of its months
// (the one of the month before the end), unless a quarter was named before it (the same quarter, by its label).
const ENDED_MONTH_AFTER = new RegExp(`^\\s+(?:ended|ending)\\s+(${MONTH_PATTERN})\\.?\\s+\\d{1,2}\\b(?:,?\\s+((?:19|20)\\d\\d))?`);

function quarterEndedResolver(monthWord: string, year: string | undefined): (context: ResolveContext) => string | null {
  const month = monthNumber(monthWord);
  return (context) => {
    if (context.reportedQuarter || month === null) {
      return focusQuarter(context);
    }
    const { anchor } = context;
    const endYear = year ? Number(year) : anchor ? anchor.year - (anchor.month !== undefined && month > anchor.month ? 1 : 0) : null;
    return endYear === null ? null : quarterOfMonth(endYear * 12 + month - 2);
  };
}

const yearBack = (value: string | null): string | null => (value === null ? null : isoYear(Number(value.slice(0, 4)) - 1) + value.slice(4));

/** The period named last one year back, when it is a quarter, half or month ("sales rose in the third quarter from a year earlier"). */
export function periodYearBefore({ previous, reportedPeriod, reportedQuarter }: ResolveContext): string | null {
  // A quarter named in passing ("after a flat second quarter") is not the one compared: the reported one is.
  const passing = previous !== null && QUARTER_VALUE.test(previous) && reportedQuarter !== null && previous !== reportedQuarter;
  const compared = passing ? reportedPeriod : previous;
  return compared && (QUARTER_VALUE.test(compared) || MONTH_VALUE.test(compared)) ? yearBack(compared) : null;
}

const FOCUS =
  /\b(?:the|its|their|this|that)\s+(?:(latest|most recent|recent|current|same|year-earlier|year-ago|comparable(?:\s+year-(?:earlier|ago))?|previous|prior|full|entire|whole|(?:current |latest |previous |prior |same )?fiscal)\s+)?(quarter|period|fiscal year|year)\b(?!-)/gi;
const YEAR_BACK = /^(?:year-earlier|year-ago|comparable year-(?:earlier|ago))$/i;
// "the year" and "the period" alone are too often not a time ("the year's best", "the period of mourning").
const BARE_WORDS = /^(?:period|year)$/i;
// "the year ended Sept. 30", "the fiscal year ending June 30": a year measured back from its end, TimeML's
// duration P1Y anchored by an endPoint (the date that follows is a timex of its own).
const ENDED_AFTER = /^\s+(?:ended|ending)\b/;
// "the year-earlier nine months" is the span counted after it (P9M).
const BARE_ADJECTIVE = /\b(year-earlier|year-ago)\b(?!\s+(?:quarter|period|(?:[a-z]+[\s-]+)?months)\b)/gi;

export function findFocusPeriods(text: string, _units: readonly UnitWord[], words: readonly UnitWord[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of around(text, wordHits(text, words, /^(?:[Qq]uarter|[Pp]eriod|[Yy]ear)$/), FOCUS, 48, 12)) {
    const qualifier = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unit = match[2].toLowerCase();
    const start = match.index;
    const end = match.index + match[0].length;
    if (/year$/.test(unit) && (!qualifier || qualifier === 'fiscal') && ENDED_AFTER.test(text.slice(end, end + 8))) {
      found.push({ start, end, type: 'DURATION', priority: 1, value: 'P1Y' });
      continue;
    }
    if (!qualifier && BARE_WORDS.test(unit)) {
      continue;
    }
    const back = YEAR_BACK.test(qualifier);
    if ((unit === 'quarter' || unit === 'period') && !inGameContext(text, start)) {
      if (/^(?:same|previous|prior|full|entire|whole)$/.test(qualifier) || qualifier.includes('fiscal')) {
        continue; // "the same quarter a year ago", "the previous quarter": other rules
      }
      const ended = unit === 'quarter' && !qualifier ? ENDED_MONTH_AFTER.exec(text.slice(end, end + 32)) : null;
      const focus = ended ? quarterEndedResolver(ended[1], ended[2]) : unit === 'quarter' ? focusQuarter : focusPeriod;
      found.push({
        start,
        end,
        type: 'DATE',
        priority: 1,
        ...(back ? { backReference: true } : {}),
        resolve: (context) => (back ? yearBack(focus(context)) : focus(context)),
        unresolvedValue: 'XXXX-QX',
      });
      continue;
    }
    if (unit === 'quarter' || unit === 'period' || /^(?:same|recent|previous|prior)$/.test(qualifier)) {
      continue;
    }
    // the current or fiscal year, the year-earlier year: the anchor's year (or the one before); the full year:
    // the year of the quarter or month just reported on ("a loss in the fourth quarter of 2005 and for the full year").
    const whole = /^(?:full|entire|whole)$/.test(qualifier);
    // "the latest fiscal year", "the most recent year": the last one completed, the year before the article's.
    const latest = /^(?:latest|most recent)(?: fiscal)?$/.test(qualifier);
    found.push({
      start,
      end,
      type: 'DATE',
      priority: 1,
      resolve: ({ anchor, previous }) => {
        const reported = whole && previous ? SUB_YEAR_VALUE.exec(previous) : null;
        return reported ? reported[1] : anchor ? isoYear(anchor.year - (back || latest ? 1 : 0)) : null;
      },
      unresolvedValue: 'XXXX',
    });
  }
  for (const match of around(text, wordHits(text, words, /^[Yy]ear$/, /-(?:earlier|ago)\b/y), BARE_ADJECTIVE, 0, 16)) {
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      priority: 0,
      backReference: true,
      resolve: (context) => yearBack(focusPeriod(context)),
      unresolvedValue: 'XXXX-QX',
    });
  }
  return found;
}
