import { isoMonth, isoYear } from './calendar';
import type { Candidate, ResolveContext } from './candidate';
import type { UnitWord } from './lexicon';
import { stickyAt } from './around';

// "Sales rose in January compared to the same month a year ago", "the corresponding period last year", "the
// quarter a year ago": the period named just before (or the one reported on), one year back.
// chrono and the unit rules would read only "a year ago" (a bare year) out of it.

// Read at the period word of the shared scan: the words before it by a lookbehind (its group gives the start).
const PERIOD_WORD = /^(?:period|month|quarter|week|day|time)$/i;
const SAME_PERIOD =
  /(?<=(\bthe\s+(?:(same|corresponding|comparable)\s+)?))(period|month|quarter|week|day|time)\s+(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:of\s+|in\s+)?(?:last|the\s+(?:previous|prior|last))\s+year)\b/iy;

/** Which values of the period mentioned before fit the unit: a month takes a month or a day; a period is longer than a day. */
const FITS: Record<string, RegExp> = {
  period: /^(\d{4})((?:-(?:\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?)$/,
  time: /^(\d{4})((?:-(?:\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?)$/,
  month: /^(\d{4})(-\d{2})(?:-\d{2})?$/,
  quarter: /^(\d{4})(-Q[1-4])$/,
  week: /^(\d{4})(-W\d{2})$/,
  day: /^(\d{4})(-\d{2}-\d{2})$/,
};

function yearBefore(unit: string): (context: ResolveContext) => string | null {
  return (context) => {
    const { previous, anchor } = context;
    const fit = previous ? FITS[unit].exec(previous) : null;
    if (fit && !fit[2].endsWith('-02-29')) {
      return isoYear(Number(fit[1]) - 1) + fit[2];
    }
    // "the third quarter ended Sept. 30 … the corresponding period last year": the quarter reported on.
    const reported = unit === 'quarter' ? context.reportedQuarter : unit === 'period' ? context.reportedPeriod : null;
    if (reported) {
      return isoYear(Number(reported.slice(0, 4)) - 1) + reported.slice(4);
    }
    if (!anchor) {
      return null;
    }
    // Nothing named before: the same period of the article's date.
    if (unit === 'month' && anchor.month !== undefined) {
      return isoMonth(anchor.year - 1, anchor.month);
    }
    return unit === 'period' || unit === 'time' ? isoYear(anchor.year - 1) : null;
  };
}

export function findSamePeriods(text: string, _units: readonly UnitWord[], words: readonly UnitWord[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of stickyAt(text, words, PERIOD_WORD, SAME_PERIOD)) {
    const [rest, before, adjective, unitWord] = match;
    const { index } = match;
    const unit = unitWord.toLowerCase();
    if (!adjective && !/^(?:period|quarter|month)$/.test(unit)) {
      continue; // "the day a year ago" names no period compared
    }
    found.push({
      start: index - before.length,
      end: index + rest.length,
      type: 'DATE',
      priority: 4,
      backReference: true,
      resolve: yearBefore(unit),
      unresolvedValue: unit === 'month' ? 'XXXX-XX' : unit === 'day' ? 'XXXX-XX-XX' : 'XXXX',
    });
  }
  return found;
}
