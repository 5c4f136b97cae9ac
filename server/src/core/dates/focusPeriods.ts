import { isoYear } from './calendar';
import type { Candidate, ResolveContext } from './candidate';
import { around } from './around';
import { inGameContext } from './sports';

// Business news speaks of "the quarter", "the latest period", "the year-earlier quarter", "a year ago": the
// reporting period in focus (TimeML: the quarter last named, else the last completed one before the article's
// date), or that period one year back.

const QUARTER_VALUE = /^(\d{4})-(Q[1-4]|H[12])$/;
const MONTH_VALUE = /^(\d{4})(-\d{2})$/;
const SUB_YEAR_VALUE = /^(\d{4})-(?:Q[1-4]|H[12]|\d{2})/;

/** The quarter being reported on: the one named last, else the last completed quarter before the anchor. */
export function focusQuarter({ previous, anchor }: ResolveContext): string | null {
  if (previous && QUARTER_VALUE.test(previous)) {
    return previous;
  }
  if (!anchor || anchor.month === undefined) {
    return null;
  }
  const index = anchor.year * 4 + Math.floor((anchor.month - 1) / 3) - 1;
  return `${isoYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
}

const yearBack = (value: string | null): string | null => (value === null ? null : isoYear(Number(value.slice(0, 4)) - 1) + value.slice(4));

/** The period named last one year back, when it is a quarter, half or month ("sales rose in the third quarter from a year earlier"). */
export function periodYearBefore(previous: string | null): string | null {
  return previous && (QUARTER_VALUE.test(previous) || MONTH_VALUE.test(previous)) ? yearBack(previous) : null;
}

const FOCUS =
  /\b(?:the|its|their|this|that)\s+(?:(latest|most recent|recent|current|same|year-earlier|year-ago|comparable(?:\s+year-(?:earlier|ago))?|previous|prior|full|entire|whole|(?:current |latest |previous |prior |same )?fiscal)\s+)?(quarter|period|fiscal year|year)\b(?!-)/gi;
const YEAR_BACK = /^(?:year-earlier|year-ago|comparable year-(?:earlier|ago))$/i;
// "the year" and "the period" alone are too often not a time ("the year's best", "the period of mourning").
const BARE_WORDS = /^(?:period|year)$/i;
// "the year ended Sept. 30", "the fiscal year ending June 30": a year measured back from its end, TimeML's
// duration P1Y anchored by an endPoint (the date that follows is a timex of its own).
const ENDED_AFTER = /^\s+(?:ended|ending)\b/;
const BARE_ADJECTIVE = /\b(year-earlier|year-ago)\b(?!\s+(?:quarter|period)\b)/gi;

export function findFocusPeriods(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of around(text, /\b(?:[Qq]uarter|[Pp]eriod|[Yy]ear)\b/g, FOCUS, 48, 12)) {
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
      found.push({
        start,
        end,
        type: 'DATE',
        priority: 1,
        ...(back ? { backReference: true } : {}),
        resolve: (context) => (back ? yearBack(focusQuarter(context)) : focusQuarter(context)),
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
    found.push({
      start,
      end,
      type: 'DATE',
      priority: 1,
      resolve: ({ anchor, previous }) => {
        const reported = whole && previous ? SUB_YEAR_VALUE.exec(previous) : null;
        return reported ? reported[1] : anchor ? isoYear(anchor.year - (back ? 1 : 0)) : null;
      },
      unresolvedValue: 'XXXX',
    });
  }
  for (const match of around(text, /\b[Yy]ear-(?:earlier|ago)\b/g, BARE_ADJECTIVE, 0, 16)) {
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      priority: 0,
      backReference: true,
      resolve: (context) => yearBack(focusQuarter(context)),
      unresolvedValue: 'XXXX-QX',
    });
  }
  return found;
}
