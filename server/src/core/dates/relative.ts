import { addDays, addMonths, anchorDay, isoDay, isoMonth, isoQuarter, isoWeek, isoYear, parseAnchor, weekdayNear, weekdayOf, type Anchor } from './calendar';
import type { Candidate, ResolveContext } from './candidate';
import { focusQuarter } from './focusPeriods';
import { durationValue, monthNumber, MONTH_PATTERN, unitCode, type UnitWord } from './lexicon';
import { stickyAt } from './around';

// chrono turns "last week" or "next month" into a single day; TIMEX wants the week (2004-W47) or month, and chrono
// has no notion of the narrative "the previous day", so these are recognised here.

export type Shift = -1 | 0 | 1;

/** -1 for last/past/previous, +1 for next/coming/following, 0 for this. */
export function shiftOf(word: string): Shift {
  const lower = word.toLowerCase();
  if (/^(?:last|past|previous)$/.test(lower)) {
    return -1;
  }
  return /^(?:next|coming|following)$/.test(lower) ? 1 : 0;
}

/** The anchor's year, month, quarter, week or weekend, moved by `shift` units. */
export function unitResolver(unit: string, shift: Shift): (context: ResolveContext) => string | null {
  return ({ anchor }) => {
    if (!anchor) {
      return null;
    }
    const day = anchorDay(anchor);
    switch (unit) {
      case 'year':
        return isoYear(anchor.year + shift);
      case 'decade':
        return isoYear(anchor.year + shift * 10).slice(0, 3);
      case 'century':
        return isoYear(anchor.year + shift * 100).slice(0, 2);
      case 'month': {
        if (anchor.month === undefined) {
          return null;
        }
        const moved = addMonths({ year: anchor.year, month: anchor.month, day: 1 }, shift);
        return isoMonth(moved.year, moved.month);
      }
      case 'quarter': {
        if (anchor.month === undefined) {
          return null;
        }
        return isoQuarter(anchor.year * 4 + Math.floor((anchor.month - 1) / 3) + shift);
      }
      case 'week':
        return day ? isoWeek(addDays(day, shift * 7)) : null;
      case 'weekend':
        return day ? `${isoWeek(addDays(day, shift * 7))}-WE` : null;
      default:
        return null;
    }
  };
}

// Found from the unit word backwards: a regex led by "the"/"this" would be tried at nearly every word.
const RELATIVE_UNIT = /^(?:year|month|week|weekend|quarter|decade|century)$/i;

/** "the weekend" told in the past tense on a weekday is the one just gone; otherwise the coming one. */
function bareWeekendResolver(context: ResolveContext): string | null {
  const day = anchorDay(context.anchor);
  if (!day) {
    return null;
  }
  const weekday = weekdayOf(day);
  const gone = context.direction === 'past' && weekday >= 1 && weekday <= 5;
  return `${isoWeek(addDays(day, gone ? -7 : 0))}-WE`;
}
const TITLE_OPENING = /["“‘']$/;
// "the year before", "the month previous" at the end of a clause: the period before the one last named.
const TRAILING_SHIFT = /^\s+(?:before|previous|prior)(?=\s*(?:[,.;:!?)]|$))/i;
const SHIFT_BEFORE = /(?:\b(the)\s+)?\b(last|this|next|past|previous|coming|current|following|that)\s+$/i;

// "this quarter's loss", "this quarter's results": the quarter being reported on, already ended.
const QUARTER_RESULTS_AFTER = /^['’]s\s+(?:net\s+|operating\s+)?(?:loss|losses|profit|profits|earnings|results|income|sales|revenue)\b/i;

export function findRelativeUnits(text: string, units: readonly UnitWord[]): Candidate[] {
  const found: Candidate[] = [];
  for (const { index, word } of units) {
    if (!RELATIVE_UNIT.test(word)) {
      continue;
    }
    const unit = word.toLowerCase();
    const before = text.slice(Math.max(0, index - 30), index);
    const shifted = SHIFT_BEFORE.exec(before);
    const the = shifted ? null : /\bthe\s+$/i.exec(before);
    const bareWeekend = the && unit === 'weekend' ? the : null;
    const trailing = the && unit !== 'weekend' ? TRAILING_SHIFT.exec(text.slice(index + word.length, index + word.length + 12)) : null;
    const opener = shifted ?? bareWeekend ?? (trailing ? the : null);
    if (!opener) {
      continue;
    }
    const start = index - (before.length - opener.index);
    if (TITLE_OPENING.test(text.slice(Math.max(0, start - 2), start)) && /^[A-Z]/.test(word) && /^[A-Z]/.test(text[start])) {
      continue; // ABC's "This Week": a programme's title, not the week
    }
    const which = shifted?.[2] ?? 'this';
    if (unit === 'year' && shifted && !shifted[1] && /^(?:last|next|this)$/i.test(which)) {
      const month = monthOfYear(text, start, index + word.length, shiftOf(which));
      if (month) {
        found.push(month);
      }
    }
    // "the following month", "that year": from the date last named, not from the article's date.
    const narrative = trailing !== null || /^(?:previous|following|that)$/i.test(which);
    const shift = trailing ? -1 : shiftOf(which);
    const end = index + word.length + (trailing?.[0].length ?? 0);
    // "the past year" / "the last decade" read as spans of time; the bare "last year" as a point.
    if (shifted?.[1] && /^(?:past|coming|next)$/i.test(which) && unit !== 'weekend') {
      found.push({ start, end, type: 'DURATION', priority: 2, value: durationValue(1, unitCode(unit) ?? 'Y') });
      continue;
    }
    const elided = narrative ? null : ELIDED_UNIT_AFTER.exec(text.slice(end, end + 16));
    if (elided) {
      const elidedStart = end + elided[1].length;
      const elidedShift = shiftOf(elided[2]);
      found.push({ start: elidedStart, end: elidedStart + elided[2].length, type: 'DATE', priority: 3, resolve: unitResolver(unit, elidedShift), unresolvedValue: unresolvedUnit(unit) });
    }
    found.push({
      start,
      end,
      type: 'DATE',
      priority: 3,
      resolve: narrative
        ? narrativeUnit(unit, shift)
        : bareWeekend
          ? bareWeekendResolver
          : unit === 'quarter' && shift === 0 && QUARTER_RESULTS_AFTER.test(text.slice(end, end + 24))
            ? focusQuarter
            : unitResolver(unit, shift),
      unresolvedValue: unresolvedUnit(unit),
      ...(narrative ? { narrative: true } : {}),
    });
  }
  return found;
}

const unresolvedUnit = (unit: string): string =>
  unit === 'week' ? 'XXXX-WXX' : unit === 'year' ? 'XXXX' : unit === 'century' ? 'XX' : unit === 'decade' ? 'XXX' : 'XXXX-XX';

// "twice as high this year as last", "this week and next": the unit left out after the second shift word is the
// same, and the word stands for its period (a timex of its own, TimeML's extent being the word).
const ELIDED_UNIT_AFTER = /^(\s*,?\s+(?:as|than|and|or|to|versus|vs\.?)\s+)(last|next)\b(?=\s*(?:[,.;:!?)"'”’]|$))/i;

const MONTH_BEFORE = new RegExp(`\\b(${MONTH_PATTERN})\\s+(?:of\\s+)?$`);

/** "March of last year", "June next year": a month in the year before or after the anchor's. */
function monthOfYear(text: string, start: number, end: number, shift: Shift): Candidate | null {
  const before = MONTH_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  const month = before ? monthNumber(before[1]) : null;
  if (!before || !month) {
    return null;
  }
  return {
    start: start - before[0].length,
    end,
    type: 'DATE',
    priority: 3,
    resolve: ({ anchor }) => (anchor ? isoMonth(anchor.year + shift, month) : null),
    unresolvedValue: `XXXX-${String(month).padStart(2, '0')}`,
  };
}

/** Whether an anchor is precise enough to move by the unit: a day for weeks, a month for months and quarters. */
function preciseFor(unit: string, anchor: Anchor | null): anchor is Anchor {
  if (!anchor) {
    return false;
  }
  if (unit === 'week' || unit === 'weekend') {
    return anchor.day !== undefined;
  }
  return unit === 'year' || unit === 'decade' || anchor.month !== undefined;
}

/**
 * "the following month" follows the last date named (of any precision: "In March …"), else the narrative day;
 * "that quarter", "the following quarter" the quarter named last (or reported on).
 */
function narrativeUnit(unit: string, shift: Shift): (context: ResolveContext) => string | null {
  return (context) => {
    const quarter = unit === 'quarter' ? QUARTER_VALUE.exec(context.previous ?? '') ?? QUARTER_VALUE.exec(context.reportedQuarter ?? '') : null;
    if (quarter) {
      return isoQuarter(Number(quarter[1]) * 4 + Number(quarter[2]) - 1 + shift);
    }
    const named = parseAnchor(context.previous);
    if (preciseFor(unit, named)) {
      return unitResolver(unit, shift)({ ...context, anchor: named });
    }
    const day = context.narrative ?? anchorDay(context.anchor);
    if (!day) {
      return unitResolver(unit, shift)(context);
    }
    const anchor: Anchor = { year: day.year, month: day.month, day: day.day };
    return unitResolver(unit, shift)({ ...context, anchor });
  };
}

const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;

// Found from the word "day" outwards: a regex led by "the"/"that"/"a" would be tried at nearly every word.

const NARRATIVE_BEFORE = /\b(?:(the\s+(?:previous|following|next|same))|(that(?:\s+same)?)|(the)|(a|one))\s+$/i;
const NARRATIVE_AFTER = /^\s+(?:(earlier|later)\b|(before|after)(?=\s*(?:[,.;:!?)]|$)))/i;

export function findNarrativeDays(text: string, units: readonly UnitWord[]): Candidate[] {
  const found: Candidate[] = [];
  for (const { index, word } of units) {
    if (word.toLowerCase() !== 'day') {
      continue;
    }
    const before = NARRATIVE_BEFORE.exec(text.slice(Math.max(0, index - 20), index));
    if (!before) {
      continue;
    }
    const dayEnd = index + word.length;
    const after = before[1] || before[2] ? null : NARRATIVE_AFTER.exec(text.slice(dayEnd, dayEnd + 40));
    // "the day before/after" only closing a clause, "a day earlier/later" only with that adverb.
    if (!before[1] && !before[2] && !(after && (before[3] ? true : after[1] !== undefined))) {
      continue;
    }
    if (before[4]) {
      // "a day earlier": the duration P1D, as "a month earlier" (see durations.ts).
      found.push({ start: index - before[0].length, end: dayEnd + (after ? after[0].length : 0), type: 'DURATION', priority: 3, value: 'P1D' });
      continue;
    }
    const phrase = `${before[0]}day${after ? after[0] : ''}`.toLowerCase();
    const delta = /previous|before|earlier/.test(phrase) ? -1 : /following|next|after|later/.test(phrase) ? 1 : 0;
    found.push({
      start: index - before[0].length,
      end: dayEnd + (after ? after[0].length : 0),
      type: 'DATE',
      priority: 3,
      narrative: true,
      resolve: (context) => {
        if (MONTH_VALUE.test(context.previous ?? '')) {
          return `${context.previous}-XX`;
        }
        const day = context.narrative ?? anchorDay(context.anchor);
        return day ? isoDay(addDays(day, delta)) : null;
      },
      unresolvedValue: 'XXXX-XX-XX',
    });
  }
  return found;
}

// "killed last October … that same day": when the date named last is a month, the day is one of it whose number
// the text does not give (TimeML: 1998-10-XX). After a year alone ("founded in 1987") the day in focus stays.
const MONTH_VALUE = /^\d{4}-\d{2}$/;

// Read at "today" or the unit word of the shared scan, the words before it by a lookbehind (its group gives the start).
const SAME_DAY_WORD = /^(?:today|week|month|year)$/i;
const SAME_DAY_PHRASE = /(?:(?<=(\b(?:earlier|later)\s+))today|(?<=(\b(?:earlier|later)\s+this\s+))(week|month|year))\b/iy;

export function findWithinPhrases(text: string, _units: readonly UnitWord[], words: readonly UnitWord[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of stickyAt(text, words, SAME_DAY_WORD, SAME_DAY_PHRASE)) {
    const [word, beforeToday, beforeUnit, unitWord] = match;
    const unit = unitWord?.toLowerCase() ?? null;
    found.push({
      start: match.index - (beforeToday ?? beforeUnit).length,
      end: match.index + word.length,
      type: 'DATE',
      priority: 4,
      resolve: unit ? unitResolver(unit, 0) : ({ anchor }) => {
        const day = anchorDay(anchor);
        return day ? isoDay(day) : null;
      },
      unresolvedValue: unit === 'week' ? 'XXXX-WXX' : 'XXXX-XX-XX',
    });
  }
  return found;
}

/** A weekday in the reporting week of the anchor, before or after it by tense. */
export function weekdayResolver(weekday: number): (context: ResolveContext) => string | null {
  return ({ anchor, direction }) => {
    const day = anchorDay(anchor);
    return day ? isoDay(weekdayNear(day, weekday, direction)) : null;
  };
}

