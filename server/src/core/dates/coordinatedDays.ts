import type { Candidate, ResolveContext } from './candidate';

// "April 24 and 25", "24 or 25 April": two days of one month, two TIMEX expressions in TimeML. chrono reads the
// day that stands by the month and drops the other (it joins only ranges written with "-", "to", "through").

const DAY_AFTER = /^\s+(?:and|or|&)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![-/.,]\d)/;
const DAY_BEFORE = /\b((?:on|from|between|by|until|till|for|of),?\s+)(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|or|&)\s+$/;
// The bare number is a day only where nothing makes it a count: "April 24 and 25 delegates" counts delegates.
const NOT_COUNTED_AFTER = /^(?:\s*(?:$|[,.;:)'"”’]|--)|\s+(?:in|at|on|to|for|and|or|when|while|with|by|the|was|were|is|are|will|would|respectively|[A-Z]))/;
const MONTH_DAY_SURFACE = /^[A-Z][a-z]{2,8}\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?$/;
const DAY_MONTH_SURFACE = /^\d{1,2}(?:st|nd|rd|th)?\s{1,2}(?:of\s+)?[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?$/;
const DAY_VALUE = /^(\d{4}|XXXX)-(\d{2})-\d{2}$/;

function withDay(value: string | null | undefined, day: number): string | undefined {
  const match = value ? DAY_VALUE.exec(value) : null;
  return match ? `${match[1]}-${match[2]}-${String(day).padStart(2, '0')}` : undefined;
}

/** The other day of the pair, valued as the named date with its day number changed. */
function otherDay(named: Candidate, start: number, end: number, day: number): Candidate | null {
  if (day < 1 || day > 31 || (named.value === undefined && named.unresolvedValue === undefined) || !withDay(named.value ?? named.unresolvedValue, day)) {
    return null;
  }
  const resolveNamed = named.resolve;
  return {
    start,
    end,
    type: 'DATE',
    priority: named.priority,
    value: withDay(named.value, day),
    resolve: resolveNamed ? (context: ResolveContext) => withDay(resolveNamed(context), day) ?? null : undefined,
    unresolvedValue: withDay(named.unresolvedValue, day),
  };
}

const YEAR_AFTER = /^,\s+((?:1[5-9]|20)\d\d)\b/;

function inYear(date: Candidate, year: string, end: number): Candidate {
  const value = (date.value ?? date.unresolvedValue ?? '').replace(/^(?:\d{4}|XXXX)/, year);
  return { start: date.start, end, type: 'DATE', priority: date.priority, value };
}

/** The second (or first) day of coordinated days next to the dates chrono read. */
export function findCoordinatedDays(text: string, dates: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const date of dates) {
    if (date.type !== 'DATE' || date.clock !== undefined) {
      continue;
    }
    const surface = text.slice(date.start, date.end);
    if (MONTH_DAY_SURFACE.test(surface)) {
      const after = DAY_AFTER.exec(text.slice(date.end, date.end + 16));
      const dayEnd = after ? date.end + after[0].length : 0;
      const day = after && NOT_COUNTED_AFTER.test(text.slice(dayEnd, dayEnd + 16)) ? otherDay(date, dayEnd - after[0].length + after[0].lastIndexOf(after[1]), dayEnd, Number(after[1])) : null;
      const year = day ? YEAR_AFTER.exec(text.slice(dayEnd, dayEnd + 8)) : null;
      if (day && year) {
        // "Jan. 3 or 4, 2002": the year closing the pair dates both days.
        found.push(inYear(day, year[1], dayEnd + year[0].length), inYear({ ...date, priority: date.priority + 1 }, year[1], date.end));
      } else if (day) {
        found.push(day);
      }
    } else if (DAY_MONTH_SURFACE.test(surface)) {
      const before = DAY_BEFORE.exec(text.slice(Math.max(0, date.start - 24), date.start));
      const dayStart = before ? date.start - before[0].length + before[1].length : 0;
      const day = before ? otherDay(date, dayStart, dayStart + before[2].length, Number(before[2])) : null;
      if (day) {
        found.push(day);
      }
    }
  }
  return found;
}
