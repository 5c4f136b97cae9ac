import { matchesOf } from '../matches';

/** Words of English temporal expressions: numbers, units, months, weekdays and TimeML modifiers. */

const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  a: 1, an: 1, single: 1, dozen: 12, couple: 2,
};

/** Number words and numerals as a regex alternative (no groups). */
export const NUMBER_PATTERN =
  '(?:\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten)[- ])?(?:hundred|thousand)|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|(?:a )?couple of|a single|single|an?)';

/** "six months of base pay", "75 hours of video": a unit measuring an amount of pay or of recording, not a span of time. */
export const AMOUNT_OF = /^\s+of\s+(?:(?:base|basic|annual|full|his|her|their|its)\s+)?(?:pay|salary|salaries|wages|severance|rent|video|footage|tape|recordings?|audio)\b/i;

/** Vague quantities that give an X in the value (PXY). */
export const VAGUE_COUNT_PATTERN = '(?:several|a few|few|many|some|numerous|a number of)';

/** The value of a number word or numeral ("twenty-one" → 21, "2.5" → 2.5); null when not a number. */
export function numberValue(raw: string): number | null {
  const word = raw.toLowerCase().replace(/\s+of$/, '').replace(/^a /, '').trim();
  if (/^\d+(?:\.\d+)?$/.test(word)) {
    return Number(word);
  }
  const parts = word.split(/[- ]/);
  let total = 0;
  let group = 0;
  for (const part of parts) {
    if (part === 'hundred') {
      group = (group || 1) * 100;
      continue;
    }
    if (part === 'thousand') {
      total += (group || 1) * 1000;
      group = 0;
      continue;
    }
    const value = SMALL_NUMBERS[part];
    if (value === undefined) {
      return null;
    }
    group += value;
  }
  return total + group;
}

export type UnitCode = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'DE' | 'CE' | 'Q';

/** Singular unit words ("year", "months" → Y, M …); decades and centuries get their own codes. */
export function unitCode(raw: string): UnitCode | null {
  const word = raw.toLowerCase().replace(/s$/, '');
  switch (word) {
    case 'year':
      return 'Y';
    case 'month':
      return 'M';
    case 'week':
      return 'W';
    case 'day':
    case 'trading day':
      return 'D';
    case 'hour':
      return 'H';
    case 'minute':
      return 'MIN';
    case 'second':
      return 'S';
    case 'decade':
      return 'DE';
    case 'century':
    case 'centurie':
      return 'CE';
    case 'quarter':
      return 'Q';
    default:
      return null;
  }
}

export const UNIT_PATTERN = '(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies)|quarters?)';

/**
 * A word of the shared scan in the text: a unit word ("years", "weekend", "weekly") or another word some rules start
 * from ("half", "period", "mornings"). Many rules start from these, so the text is scanned once for them all.
 */
export interface UnitWord {
  index: number;
  word: string;
}

// Whole words only, so the order of the alternatives does not matter; grouped by stem, V8 scans it faster. The
// seasons (captured) are read by their own rule: one scan finds them too, a second regex over the text cost as much.
const DATE_WORD =
  /\b(?:year(?:s|ly)?|month(?:s|ly)?|week(?:s|ends?|ly)?|da(?:ys?|ily)|h(?:our(?:s|ly)?|alf)|minutes?|decades?|centur(?:y|ies)|quarter(?:s|ly)?|annual(?:ly)?|period|mornings|afternoons|evenings|nights|time|today|every|each|(?:twen|thir|for|fif|six|seven|eigh|nine)ties|(spring|summer|autumn|winter|fall)s?)\b/gi;
const NO_UNIT = /^(?:half|period|mornings|afternoons|evenings|nights|time|today|every|each|\w+ties)$/i;

/**
 * The words of the shared scan in text order (`words`), the unit words among them (`units`), and the seasons and
 * their plurals ("summer", "Falls"), which are not among `words`.
 */
export function dateWords(text: string): { words: UnitWord[]; units: UnitWord[]; seasons: UnitWord[] } {
  const words: UnitWord[] = [];
  const seasons: UnitWord[] = [];
  for (const match of matchesOf(text, DATE_WORD)) {
    (match[1] === undefined ? words : seasons).push({ index: match.index, word: match[0] });
  }
  return { words, units: words.filter(({ word }) => !NO_UNIT.test(word)), seasons };
}

/** ISO-8601 duration for a count of a unit: (3, Y) → P3Y, (30, MIN) → PT30M, (2, DE) → P20Y. */
export function durationValue(count: number | 'X', unit: UnitCode): string {
  const scaled = (factor: number): string => (count === 'X' ? 'X' : String(round(count * factor)));
  switch (unit) {
    case 'H':
      return `PT${clockParts(count, 'H', 'M')}`;
    case 'MIN':
      return `PT${clockParts(count, 'M', 'S')}`;
    case 'S':
      return `PT${scaled(1)}S`;
    case 'DE':
      // In years, as for counted decades: TimeBank and MEANTIME both write "decades-long" PXY.
      return count === 'X' ? 'PXY' : `P${scaled(10)}Y`;
    case 'CE':
      return count === 'X' ? 'PXCE' : `P${scaled(100)}Y`;
    default:
      return `P${scaled(1)}${unit}`;
  }
}

/** "5 1/2 hours" → 5H30M, "a minute and a half" → 1M30S: a fraction of an hour or minute in the next unit, as TimeBank writes it. */
function clockParts(count: number | 'X', unit: string, smaller: string): string {
  if (count === 'X' || Number.isInteger(count) || !Number.isInteger(count * 60)) {
    return `${count === 'X' ? 'X' : round(count)}${unit}`;
  }
  const whole = Math.floor(count);
  return `${whole > 0 ? `${whole}${unit}` : ''}${Math.round((count - whole) * 60)}${smaller}`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1–12 from a month name or its abbreviation ("Sept.", "dec"); null otherwise. */
export function monthNumber(raw: string): number | null {
  const word = raw.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) {
    return null;
  }
  const index = MONTHS.findIndex((month) => month.startsWith(word) || (word === 'sept' && month === 'september'));
  return index < 0 ? null : index + 1;
}

export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export const WEEKDAY_PATTERN = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

/** 0 = Sunday … 6 = Saturday, or null. */
export function weekdayNumber(raw: string): number | null {
  const index = WEEKDAYS.indexOf(raw.toLowerCase());
  return index < 0 ? null : index;
}

/** Modifier words that open a temporal expression, with their TimeML mod (or none). */
export const MODIFIER_PATTERN =
  '(?:almost|nearly|about|around|approximately|roughly|some|over|more than|less than|under|at least|at most|up to|no more than|just over|just under|well over|early|late|mid-?|the end of|the start of|the beginning of|the middle of|the turn of|the first half of|the second half of)';

export function modifierMod(raw: string): string | undefined {
  const word = raw.toLowerCase().replace(/\s+/g, ' ').replace(/-$/, '').trim();
  switch (word) {
    case 'almost':
    case 'nearly':
    case 'less than':
    case 'under':
    case 'just under':
      return 'LESS_THAN';
    case 'about':
    case 'around':
    case 'approximately':
    case 'roughly':
    case 'some':
      return 'APPROX';
    case 'over':
    case 'more than':
    case 'just over':
    case 'well over':
      return 'MORE_THAN';
    case 'at least':
      return 'EQUAL_OR_MORE';
    case 'at most':
    case 'up to':
    case 'no more than':
      return 'EQUAL_OR_LESS';
    case 'early':
    case 'the start of':
    case 'the beginning of':
    case 'the first half of':
      return 'START';
    case 'late':
    case 'the end of':
    case 'the second half of':
      return 'END';
    case 'mid':
    case 'the middle of':
      return 'MID';
    default:
      return undefined;
  }
}
