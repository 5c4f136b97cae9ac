import { addDays, isoDay, isoWeek, parseIsoDay, type Ymd } from './calendar';
import type { Candidate, ResolveContext } from './candidate';
import type { UnitWord } from './lexicon';

// Named holidays are dates (TimeML annotates "Thanksgiving Day" as 1999-11-25): their day follows from the year,
// which the publication date and the tense give as for a month without a year. Only holidays with one date
// wherever English news is written are listed (no "Independence Day", which every country has on its own day).

/** The Sunday of Easter in the Gregorian calendar (the anonymous Gregorian computus). */
export function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The n-th given weekday (0 = Sunday) of a month; n = -1 for the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Ymd {
  if (n < 0) {
    const last = new Date(Date.UTC(year, month, 0));
    const back = (last.getUTCDay() - weekday + 7) % 7;
    return { year, month, day: last.getUTCDate() - back };
  }
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return { year, month, day: 1 + ((weekday - first + 7) % 7) + (n - 1) * 7 };
}

const onDay = (month: number, day: number) => (year: number): Ymd => ({ year, month, day });

/** Each holiday's name and its day in a given year; `fixed` ones fall on the same month and day every year. */
const HOLIDAYS: { name: RegExp; dayIn: (year: number) => Ymd; fixed: boolean }[] = [
  { name: /^Christmas Eve$/, dayIn: onDay(12, 24), fixed: true },
  { name: /^Christmas(?: Day)?$/, dayIn: onDay(12, 25), fixed: true },
  { name: /^Boxing Day$/, dayIn: onDay(12, 26), fixed: true },
  { name: /^New Year's Eve$/, dayIn: onDay(12, 31), fixed: true },
  { name: /^New Year's Day$/, dayIn: onDay(1, 1), fixed: true },
  { name: /^Valentine's Day$/, dayIn: onDay(2, 14), fixed: true },
  { name: /^Halloween$/, dayIn: onDay(10, 31), fixed: true },
  { name: /^(?:Fourth of July|July Fourth)$/, dayIn: onDay(7, 4), fixed: true },
  { name: /^Veterans Day$/, dayIn: onDay(11, 11), fixed: true },
  { name: /^Easter(?: Sunday)?$/, dayIn: easterSunday, fixed: false },
  { name: /^Easter Monday$/, dayIn: (year) => addDays(easterSunday(year), 1), fixed: false },
  { name: /^Good Friday$/, dayIn: (year) => addDays(easterSunday(year), -2), fixed: false },
  { name: /^Thanksgiving(?: Day)?$/, dayIn: (year) => nthWeekday(year, 11, 4, 4), fixed: false },
  { name: /^Labor Day$/, dayIn: (year) => nthWeekday(year, 9, 1, 1), fixed: false },
  { name: /^Memorial Day$/, dayIn: (year) => nthWeekday(year, 5, 1, -1), fixed: false },
  { name: /^Martin Luther King(?: Jr\.?)? Day$/, dayIn: (year) => nthWeekday(year, 1, 1, 3), fixed: false },
  { name: /^Election Day$/, dayIn: (year) => addDays(nthWeekday(year, 11, 1, 1), 1), fixed: false },
];

// "the Christmas shopping season", "the Christmas and New Year sales period": the name modifies a stretch of time
// around the holiday, not the day itself.
const SEASON_AFTER =
  /^(?:\s+(?:and|or|to)\s+(?:the\s+)?[A-Z][\w']*(?:\s+[A-Z][\w']*)?)?(?:\s+[a-z]+)?\s+(?:period|season|holidays?|break|shopping|sales|rush|vacation|recess|trading|week|weekend)\b/;
// The shift word is read behind the name: a regex led by an optional word would be tried at every position.
const SHIFT_BEFORE = /\b([Ll]ast|[Nn]ext|[Tt]his)\s+$/;
// Found from literal words (one scan each costs little; an alternation of names is tried at every position) or
// from the unit word "Day", then read whole by a sticky regex at the name's start.
const HOLIDAY_AT =
  /\b(Christmas(?: Eve| Day)?|Boxing Day|New Year's (?:Eve|Day)|Valentine's Day|Halloween|Fourth of July|July Fourth|Veterans Day|Easter(?: Sunday| Monday)?|Good Friday|Thanksgiving(?: Day)?|Labor Day|Memorial Day|Martin Luther King(?: Jr\.?)? Day|Election Day)\b(?:,?\s+((?:19|20)\d\d)\b)?/y;
const LITERALS = ['Christmas', 'Easter', 'Halloween', 'Thanksgiving', 'Fourth of July', 'July Fourth', "New Year's Eve", 'Good Friday'];
const DAY_NAME_BEFORE = /(?:Boxing|Valentine's|Veterans|Labor|Memorial|Martin Luther King(?: Jr\.?)?|Election|New Year's)\s$/;

/** Where a holiday's name may start: at each literal name, and before each "Day" that closes one. */
function nameStarts(text: string, units: readonly UnitWord[]): number[] {
  const starts = new Set<number>();
  for (const literal of LITERALS) {
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + literal.length)) {
      starts.add(at);
    }
  }
  for (const { index, word } of units) {
    const before = word === 'Day' ? DAY_NAME_BEFORE.exec(text.slice(Math.max(0, index - 30), index)) : null;
    if (before) {
      starts.add(index - before[0].length);
    }
  }
  return [...starts].sort((a, b) => a - b);
}


const HOLIDAY_WEEK_AFTER = /^\s+week\b(?!end)/i;

function weekOf(day: string | null): string | null {
  const date = parseIsoDay(day);
  return date ? isoWeek(date) : null;
}

/** The holiday's day in the year before, of, or after the anchor's, as "last", "next" or the tense say. */
function holidayResolver(dayIn: (year: number) => Ymd, shift: string | undefined): (context: ResolveContext) => string | null {
  return ({ anchor, direction }) => {
    if (!anchor) {
      return null;
    }
    const anchorKey = (anchor.month ?? 7) * 31 + (anchor.day ?? 15);
    const key = (date: Ymd): number => date.month * 31 + date.day;
    const thisYear = dayIn(anchor.year);
    const lower = shift?.toLowerCase();
    let year = anchor.year;
    if (lower === 'last') {
      year = key(thisYear) < anchorKey ? anchor.year : anchor.year - 1;
    } else if (lower === 'next') {
      year = key(thisYear) > anchorKey ? anchor.year : anchor.year + 1;
    } else if (lower !== 'this') {
      // As a month without a year: more than about six weeks on the other side of the anchor is another year.
      const distance = key(thisYear) - anchorKey;
      year = direction === 'past' && distance > 45 ? anchor.year - 1 : direction === 'future' && distance < -45 ? anchor.year + 1 : anchor.year;
    }
    return isoDay(dayIn(year));
  };
}

export function findHolidays(text: string, units: readonly UnitWord[]): Candidate[] {
  const found: Candidate[] = [];
  let covered = -1;
  for (const at of nameStarts(text, units)) {
    HOLIDAY_AT.lastIndex = at;
    const match = at >= covered ? HOLIDAY_AT.exec(text) : null;
    if (!match) {
      continue;
    }
    const [whole, name, year] = match;
    covered = at + whole.length;
    const shifted = SHIFT_BEFORE.exec(text.slice(Math.max(0, match.index - 6), match.index));
    const shift = shifted?.[1];
    const start = match.index - (shifted ? shifted[0].length : 0);
    const holiday = HOLIDAYS.find((entry) => entry.name.test(name));
    if (!holiday) {
      continue;
    }
    const { dayIn } = holiday;
    const week = HOLIDAY_WEEK_AFTER.exec(text.slice(match.index + whole.length, match.index + whole.length + 8));
    const end = match.index + whole.length + (week ? week[0].length : 0);
    if (week) {
      // "Easter week", "Thanksgiving week": the week of the holiday (TimeML: its ISO week).
      const resolveDay = year ? () => isoDay(dayIn(Number(year))) : holidayResolver(dayIn, shift);
      found.push({ start, end, type: 'DATE', priority: 3, resolve: (context) => weekOf(resolveDay(context)), unresolvedValue: 'XXXX-WXX' });
      continue;
    }
    if (!year && SEASON_AFTER.test(text.slice(end, end + 40))) {
      continue;
    }
    if (year) {
      found.push({ start, end, type: 'DATE', priority: 3, value: isoDay(dayIn(Number(year))) });
      continue;
    }
    const sample = dayIn(2001);
    found.push({
      start,
      end,
      type: 'DATE',
      priority: 3,
      resolve: holidayResolver(dayIn, shift),
      unresolvedValue: !holiday.fixed ? 'XXXX-XX-XX' : `XXXX-${String(sample.month).padStart(2, '0')}-${String(sample.day).padStart(2, '0')}`,
    });
  }
  return found;
}
