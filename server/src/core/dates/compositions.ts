import { expandTwoDigitYear, isoDay, isValidDay, isoYear } from './calendar';
import type { Candidate, ResolveContext } from './candidate';
import { around, stickyAt, wordHits } from './around';
import { focusPeriod, focusQuarter } from './focusPeriods';
import { MONTH_PATTERN, monthNumber, WEEKDAY_PATTERN, weekdayNumber, type UnitWord } from './lexicon';
import { matchesOf } from '../matches';

// TimeML values of composed calendar expressions: a year with its quarter or half ("the 1988 third quarter",
// "this year's first half"), fiscal years ("fiscal 1989" → 1989: TimeML has no fiscal value, and TimeBank, its
// reference corpus, writes the year; TIDES's FY1989 is TIMEX2), two-digit range ends ("1998-99": two timexes), centuries
// ("the 20th century" → 19), spelled decades ("the nineties" → 199) and recurrences of a named period
// ("each July" → XXXX-07, "every morning" → XXXX-XX-XXTMO, "Tuesday nights" → XXXX-WXX-2TNI).

const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4, final: 4, latter: 2,
  fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13,
  fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty-first': 21,
};
const ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th|last|final|latter)';
const YEAR = '((?:1[5-9]|20)\\d\\d)';
const RELATIVE_YEAR = "(this|last|next) year['’]s";

const YEAR_PERIOD = new RegExp(
  `\\b(?:the\\s+)?(?:${YEAR}|${RELATIVE_YEAR}|(?:fiscal|fiscal year)\\s+${YEAR})\\s+(?:${ORDINAL}[\\s-]+)?(quarter|half|period)\\b`,
  'gi',
);
const YEAR_BACK_PERIOD = new RegExp(`\\b(?:the\\s+)?(?:comparable\\s+)?year-(?:ago|earlier)\\s+${ORDINAL}[\\s-]+(quarter|half)\\b`, 'gi');
const HALF_OF = new RegExp(`\\b(?:the\\s+)?${ORDINAL}\\s+half\\s+of\\s+(?:${YEAR}|(this|last|next)\\s+year)\\b`, 'gi');
const FISCAL = new RegExp(`\\b[Ff]iscal(?:\\s+year)?\\s+(?:${YEAR}|['’](\\d\\d))\\b(?!\\s+(?:${ORDINAL}[\\s-]+)?(?:quarter|half|period))`, 'g');
const SHORT_RANGE = /\b((?:1[5-9]|20)(\d\d))[-–/](\d\d)\b(?![-–/.]?\d)/g;
const CENTURY = new RegExp(`(?:\\bthe\\s+)?\\b(?:(\\d{1,2})(?:st|nd|rd|th)|(${Object.keys(ORDINALS).filter((word) => /^[a-z-]+$/.test(word)).join('|')}))[\\s-]+century\\b`, 'gi');
const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
// Read at the decade word of the shared scan, the words before it by a lookbehind (its group gives the start).
const DECADE_WORD = /^(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/;
const SPELLED_DECADE = /(?<=(\b[Tt]he\s+(?:(early|mid|late)[\s-]+)?))(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/y;
const PART_CODE: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI', weekend: 'WE' };
const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
const EVERY_PERIOD = new RegExp(`(?:[Ee]very|[Ee]ach)\\s+(${MONTH_PATTERN}|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|weekend)\\b`, 'y');
const WEEKDAY_PARTS = new RegExp(`\\b${WEEKDAY_PATTERN}\\s+(mornings|afternoons|evenings|nights)\\b`, 'g');

// "9th, Jan 2008", "Thursday, 10, January, 2008": day, month and year with commas where chrono expects none.
const COMMA_DATE = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?(${MONTH_PATTERN}),?\\s+((?:1[5-9]|20)\\d\\d)\\b`,
  'g',
);
const WEEKDAY_BEFORE = new RegExp(`\\b${WEEKDAY_PATTERN},?\\s+$`);

function commaDates(text: string, found: Candidate[]): void {
  for (const match of matchesOf(text, COMMA_DATE)) {
    const [whole, day, monthWord, year] = match;
    const month = monthNumber(monthWord);
    if (month === null || !isValidDay(Number(year), month, Number(day))) {
      continue;
    }
    const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, match.index - 12), match.index));
    const start = match.index - (weekday ? weekday[0].length : 0);
    found.push({ start, end: match.index + whole.length, type: 'DATE', priority: 3, value: isoDay({ year: Number(year), month, day: Number(day) }) });
  }
}

const yearOf = (shift: string | undefined, anchor: ResolveContext['anchor']): number | null =>
  anchor ? anchor.year + (shift?.toLowerCase() === 'last' ? -1 : shift?.toLowerCase() === 'next' ? 1 : 0) : null;

function periodValue(year: number, ordinal: string | undefined, unit: string): string {
  const prefix = isoYear(year);
  const number = ordinal ? ORDINALS[ordinal.toLowerCase()] : undefined;
  if (/^half$/i.test(unit)) {
    return `${prefix}-H${number === undefined ? 'X' : Math.min(number, 2)}`;
  }
  return `${prefix}-Q${number === undefined ? 'X' : number}`;
}

function yearPeriods(text: string, words: readonly UnitWord[], found: Candidate[]): void {
  for (const match of around(text, wordHits(text, words, /^(?:[Qq]uarter|[Hh]alf|[Pp]eriod)$/), YEAR_PERIOD, 40, 0)) {
    const [whole, year, relative, fiscalYear, ordinal, unit] = match;
    const span = { start: match.index, end: match.index + whole.length, type: 'DATE' as const, priority: 3 };
    if ((year ?? fiscalYear) && (ordinal || /^half$/i.test(unit))) {
      found.push({ ...span, value: periodValue(Number(year ?? fiscalYear), ordinal, unit) });
    } else {
      // "the 1988 quarter", "last year's period": the quarter in focus, in that year (which stays the focus)
      found.push({
        ...span,
        ...(ordinal || /^half$/i.test(unit) ? {} : { backReference: true }),
        resolve: (context) => {
          const shifted = year ?? fiscalYear ? Number(year ?? fiscalYear) : yearOf(relative, context.anchor);
          const focus = ordinal || /^half$/i.test(unit) ? null : /^period$/i.test(unit) ? focusPeriod(context) : focusQuarter(context);
          if (shifted === null) {
            return null;
          }
          return focus ? `${isoYear(shifted)}${focus.slice(4)}` : periodValue(shifted, ordinal, unit);
        },
        unresolvedValue: `XXXX-${/^half$/i.test(unit) ? 'H' : 'Q'}X`,
      });
    }
  }
  for (const match of around(text, wordHits(text, words, /^[Hh]alf$/, /\s+of\b/y), HALF_OF, 24, 20)) {
    const [whole, ordinal, year, relative] = match;
    const span = { start: match.index, end: match.index + whole.length, type: 'DATE' as const, priority: 3 };
    if (year) {
      found.push({ ...span, value: periodValue(Number(year), ordinal, 'half') });
    } else {
      found.push({ ...span, resolve: ({ anchor }) => { const shifted = yearOf(relative, anchor); return shifted === null ? null : periodValue(shifted, ordinal, 'half'); }, unresolvedValue: 'XXXX-HX' });
    }
  }
  for (const match of around(text, wordHits(text, words, /^[Yy]ear$/, /-(?:ago|earlier)\b/y), YEAR_BACK_PERIOD, 24, 24)) {
    const [whole, ordinal, unit] = match;
    // "the year-ago third quarter": that quarter in the year before the one reported on.
    found.push({
      start: match.index,
      end: match.index + whole.length,
      type: 'DATE',
      priority: 3,
      backReference: true,
      resolve: (context) => {
        const reported = focusQuarter(context);
        const year = reported ? Number(reported.slice(0, 4)) : context.anchor?.year;
        return year === undefined ? null : periodValue(year - 1, ordinal, unit);
      },
      unresolvedValue: `XXXX-${/^half$/i.test(unit) ? 'H' : 'Q'}X`,
    });
  }
  for (const match of matchesOf(text, FISCAL)) {
    const [whole, year, short] = match;
    const span = { start: match.index, end: match.index + whole.length, type: 'DATE' as const, priority: 3 };
    if (year) {
      found.push({ ...span, value: year });
    } else {
      found.push({ ...span, resolve: ({ anchor }) => isoYear(expandTwoDigitYear(Number(short), anchor?.year)), unresolvedValue: 'XXXX' });
    }
  }
}

function rangesAndEras(text: string, words: readonly UnitWord[], found: Candidate[]): void {
  for (const match of matchesOf(text, SHORT_RANGE)) {
    const [whole, first, firstTwo, second] = match;
    if (Number(second) <= Number(firstTwo)) {
      continue; // "2008-01" is a month, not a range of years
    }
    const century = Number(first.slice(0, 2)) * 100;
    found.push({ start: match.index, end: match.index + 4, type: 'DATE', priority: 1, value: first });
    found.push({ start: match.index + whole.length - 2, end: match.index + whole.length, type: 'DATE', priority: 1, value: isoYear(century + Number(second)) });
  }
  for (const match of around(text, wordHits(text, words, /^[Cc]entur(?:y|ies)$/), CENTURY, 32, 0)) {
    const number = match[1] ? Number(match[1]) : ORDINALS[match[2].toLowerCase()];
    if (!number || number > 21) {
      continue;
    }
    found.push({ start: match.index, end: match.index + match[0].length, type: 'DATE', priority: 3, value: String(number - 1).padStart(2, '0') });
  }
  for (const match of stickyAt(text, words, DECADE_WORD, SPELLED_DECADE)) {
    const [decade, before, modifier] = match;
    const mod = modifier ? { early: 'START', mid: 'MID', late: 'END' }[modifier.toLowerCase()] : undefined;
    const end = match.index + decade.length;
    found.push({ start: end - decade.length - before.length, end, type: 'DATE', priority: 2, value: `19${DECADE_WORDS[decade]}`, ...(mod ? { mod } : {}) });
  }
}

function recurrences(text: string, words: readonly UnitWord[], found: Candidate[]): void {
  for (const match of stickyAt(text, words, /^(?:every|each)$/i, EVERY_PERIOD)) {
    const word = match[1].toLowerCase();
    const month = monthNumber(word);
    const value =
      month !== null && !(word === 'may' && match[1] === 'may')
        ? `XXXX-${String(month).padStart(2, '0')}`
        : SEASON_CODE[word]
          ? `XXXX-${SEASON_CODE[word]}`
          : word === 'weekend'
            ? 'XXXX-WXX-WE'
            : `XXXX-XX-XX${PART_CODE[word]}`;
    found.push({ start: match.index, end: match.index + match[0].length, type: 'SET', priority: 3, value });
  }
  for (const match of around(text, wordHits(text, words, /^(?:mornings|afternoons|evenings|nights)$/), WEEKDAY_PARTS, 12, 0)) {
    const weekday = weekdayNumber(match[0].split(/\s+/)[0]) ?? 0;
    const part = PART_CODE[match[1].toLowerCase().replace(/s$/, '')];
    found.push({ start: match.index, end: match.index + match[0].length, type: 'SET', priority: 4, value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}${part}` });
    // "on Monday and Tuesday nights": the weekday before the conjunction recurs the same way.
    const coordinated = COORDINATED_WEEKDAY_BEFORE.exec(text.slice(Math.max(0, match.index - 16), match.index));
    const first = coordinated ? weekdayNumber(coordinated[1]) : null;
    if (coordinated && first !== null) {
      const start = match.index - coordinated[0].length;
      found.push({ start, end: start + coordinated[1].length, type: 'SET', priority: 4, value: `XXXX-WXX-${first === 0 ? 7 : first}${part}` });
    }
  }
}

const COORDINATED_WEEKDAY_BEFORE = new RegExp(`\\b(${WEEKDAY_PATTERN}),?\\s+(?:and|or)\\s+$`);

export function findCompositions(text: string, _units: readonly UnitWord[], words: readonly UnitWord[]): Candidate[] {
  const found: Candidate[] = [];
  yearPeriods(text, words, found);
  rangesAndEras(text, words, found);
  recurrences(text, words, found);
  commaDates(text, found);
  return found;
}
