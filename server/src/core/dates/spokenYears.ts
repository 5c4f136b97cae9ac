import { isoMonth, isoYear } from './calendar';
import type { Candidate } from './candidate';
import { monthNumber, numberValue } from './lexicon';

// Broadcast transcripts write years as they are spoken: "nineteen ninety-six", "the year two thousand", "January
// nineteen ninety-seven", "the winter of nineteen ninety-four". TimeML gives them the values of written years.

const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const SPOKEN_YEAR = new RegExp(
  String.raw`\b(?:(nineteen)\s+(${TENS}(?:[- ]${UNITS})?|${TEENS}|oh[- ]${UNITS})|the\s+year\s+(two\s+thousand(?:\s+(?:and\s+)?(?:${UNITS}|${TEENS}))?))\b(?![- ](?:${UNITS})\b)`,
  'iy',
);
// Read sticky where a literal scan finds "nineteen " or "year two": a regex led by an alternation would be tried
// at every position of the text.
const TRIGGERS: [string, number][] = [
  ['ineteen ', 1],
  ['year two', 4],
];
const MONTH_BEFORE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?$/;
const SEASON_BEFORE = /\b(?:the\s+)?(spring|summer|autumn|fall|winter)\s+of\s+$/i;
const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

function yearOf(century: string | undefined, rest: string | undefined, thousands: string | undefined): number | null {
  if (thousands) {
    const tail = thousands.replace(/^two\s+thousand\s*(?:and\s+)?/i, '');
    const value = tail ? numberValue(tail) : 0;
    return value === null ? null : 2000 + value;
  }
  if (!century || !rest) {
    return null;
  }
  const value = numberValue(rest.replace(/^oh[- ]/i, ''));
  return value === null ? null : 1900 + value;
}

export function findSpokenYears(text: string): Candidate[] {
  const found: Candidate[] = [];
  const starts = new Set<number>();
  for (const [literal, back] of TRIGGERS) {
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + literal.length)) {
      starts.add(Math.max(0, at - back));
    }
  }
  for (const at of [...starts].sort((a, b) => a - b)) {
    SPOKEN_YEAR.lastIndex = at;
    const match = SPOKEN_YEAR.exec(text);
    if (!match) {
      continue;
    }
    const year = yearOf(match[1], match[2], match[3]);
    if (year === null) {
      continue;
    }
    const end = match.index + match[0].length;
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    const month = MONTH_BEFORE.exec(before);
    const season = month ? null : SEASON_BEFORE.exec(before);
    const monthValue = month ? monthNumber(month[1]) : null;
    if (month && monthValue) {
      found.push({ start: match.index - month[0].length, end, type: 'DATE', priority: 3, value: isoMonth(year, monthValue) });
    } else if (season) {
      found.push({ start: match.index - season[0].length, end, type: 'DATE', priority: 3, value: `${isoYear(year)}-${SEASON_CODE[season[1].toLowerCase()]}` });
    } else {
      found.push({ start: match.index, end, type: 'DATE', priority: 3, value: isoYear(year) });
    }
  }
  return found;
}
