import { expandTwoDigitYear, isoYear } from './calendar';
import type { Candidate } from './candidate';
import { monthNumber } from './lexicon';
import { inGameContext } from './sports';
import { matchesOf } from '../matches';

// chrono parses a year only next to a month ("September 2022"); bare years, year ranges, decades, seasons,
// quarters and two-digit years ('91) are recognised here, with filters for the numbers that are not years.

const YEAR_MODIFIER = '(?:early|late|mid-?|pre(?=-)|post(?=-)|the (?:end|start|beginning|middle|turn|first half|second half) of)';
const SEASON = '(?:spring|summer|autumn|fall|winter)';

const YEAR_DIGITS = /\b(?:1[5-9]|20)\d\d\b/g;
const YEAR_PREFIX = new RegExp(`(?:(${YEAR_MODIFIER})[\\s-]+)?(?:(?:the\\s+)?(${SEASON})\\s+(?:of\\s+)?)?$`, 'i');
const NOT_YEAR_BEFORE = /[\w$€£#/.,:+]/;
const NOT_YEAR_AFTER = /^(?:[\w%/]|-(?!(?:1[5-9]|20)\d\d\b)|[.,]\d|\.[a-z])/i;

/** Words after a number that make it a count, not a year ("2000 troops", "1500 km"). */
const COUNT_NOUN =
  /^\s+(?:(?:new|more|extra|additional|other|fewer)\s+)?(?:people|berths|persons|men|women|children|troops|soldiers|workers|employees|jobs|staff|members|residents|families|homes|houses|households|cars|vehicles|units|copies|tonnes|tons|barrels|km|kilometres|kilometers|miles|metres|meters|feet|acres|hectares|euros|dollars|pounds|yuan|rubles|roubles|hryvnias|votes|seats|points|shares|cases|deaths|victims|casualties|dead|injured|deputies|delegates|participants|students|pupils|patients|users|customers|flights|passengers|visitors|tourists|refugees|migrants|prisoners|hostages|weapons|missiles|drones|tanks|aircraft|planes|ships|rounds|pages|words|times|calories|degrees|mph|kph|kg|mg|mw|gw|kwh)\b/i;

// "his 1987 Chevrolet Cavalier": a model year is part of the vehicle's name, not a time TimeML annotates.
const VEHICLE_MAKE =
  /^\s+(?:Chevrolet|Chevy|Ford|Toyota|Honda|Buick|Cadillac|Dodge|Chrysler|Pontiac|Oldsmobile|Plymouth|Mercedes(?:-Benz)?|BMW|Volkswagen|Nissan|Datsun|Mazda|Jeep|Volvo|Porsche|Ferrari|Jaguar|Subaru|Hyundai|Audi|Saab|Peugeot|Renault|Fiat|Harley-Davidson)\b/;
const OWNER_BEFORE = /(?:['’]s|\b(?:an?|the|his|her|their|my|our|your|its))\s+$/i;
const STREET = /^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Square|Court)\b/;

const BEFORE_NOT_YEAR = /(?:\b(?:No|Nos|no|number|page|pages|p|pp|flight|route|room|model|version|v|article|section|clause|resolution|item|code|rule|chapter|paragraph|platform|gate|exit|bus|highway|interstate)\.?|[\d,])\s*$/;

// "the Russell 2000 index", "the Russel 2000 Index": a number in the name of a market index.
const INDEX_NAME_BEFORE = /(?:\bRussell?|[A-Z][A-Za-z&]*)\s+$/;
const INDEX_AFTER = /^\s+[Ii]nd(?:ex|ices)\b/;
// "a venture called Orion 1980", "the plan named Vision 2030": a number in a name (TimeML leaves names unannotated).
const NAMED_BEFORE = /\b(?:called|named|dubbed|christened|titled|entitled)\s+(?:[A-Z][\w&'-]*\s+){1,3}$/;
// "in 1994, 1995 and 1997": a year after a listed year is a year too, not a number after a comma.
const YEAR_LIST_BEFORE = /(?:^|[^\d,.])(?:1[5-9]|20)\d\d,\s+$/;

function seasonCode(season: string): string {
  const lower = season.toLowerCase();
  return lower === 'spring' ? 'SP' : lower === 'summer' ? 'SU' : lower === 'winter' ? 'WI' : 'FA';
}

function yearModifierMod(raw: string): string {
  const lower = raw.toLowerCase();
  if (lower === 'pre' || lower === 'post') {
    return lower === 'pre' ? 'BEFORE' : 'AFTER'; // "pre-1990 rules", "the post-1959 politics"
  }
  if (/early|start|beginning|first half/.test(lower)) {
    return 'START';
  }
  if (/late|end|second half/.test(lower)) {
    return 'END';
  }
  return 'MID';
}

function isPlausibleYear(text: string, start: number, end: number, year: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 40);
  const indexName = INDEX_NAME_BEFORE.test(before) && (INDEX_AFTER.test(after) || /\bRussell?\s+$/.test(before));
  if ((BEFORE_NOT_YEAR.test(before) && !YEAR_LIST_BEFORE.test(before)) || COUNT_NOUN.test(after) || STREET.test(after) || (VEHICLE_MAKE.test(after) && OWNER_BEFORE.test(before)) || indexName || NAMED_BEFORE.test(text.slice(Math.max(0, start - 48), start))) {
    return false;
  }
  // Years before 1800 are rare in news; accept them only behind a word that introduces a year.
  if (year < 1800 && !/\b(?:in|since|from|until|of|by|year|before|after|around|circa|c\.)\s+$/i.test(before)) {
    return false;
  }
  return true;
}

export function findYears(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(text, YEAR_DIGITS)) {
    const yearStart = match.index;
    const yearEnd = yearStart + 4;
    const previous = text[yearStart - 1] ?? ' ';
    const before = text.slice(Math.max(0, yearStart - 40), yearStart);
    // "2015-2025" is a range of two years; "mid-2011" a modified year; "files/2025.02" or "$2025" no year at all.
    const rangeEnd = previous === '-' && /(?:^|[^\w])(?:1[5-9]|20)\d\d-$/.test(before);
    const prefix = YEAR_PREFIX.exec(before);
    const modified = previous === '-' && prefix?.[1] !== undefined;
    if ((NOT_YEAR_BEFORE.test(previous) || previous === '-') && !rangeEnd && !modified) {
      continue;
    }
    if (NOT_YEAR_AFTER.test(text.slice(yearEnd, yearEnd + 6))) {
      continue;
    }
    const year = Number(match[0]);
    if (!isPlausibleYear(text, yearStart, yearEnd, year)) {
      continue;
    }
    const modifier = rangeEnd ? undefined : prefix?.[1];
    const season = rangeEnd ? undefined : prefix?.[2];
    const start = rangeEnd || !prefix ? yearStart : yearStart - prefix[0].length;
    found.push({
      start,
      end: yearEnd,
      type: 'DATE',
      ...(modifier ? { mod: yearModifierMod(modifier) } : {}),
      priority: 1,
      value: season ? `${isoYear(year)}-${seasonCode(season)}` : isoYear(year),
    });
  }
  return found;
}

const DECADE = /\b(?:(1[5-9]|20)(\d)0s|(\d)0s)\b/g;
const AGE_BEFORE = /\b(?:his|her|their|my|your|our|one's)\s+(?:(?:early|mid|late)[\s-]+)?$/i;
const DECADE_PREFIX = /(?:\bthe\s+)?(?:\b(early|mid|late)[\s-]+)?['’]?$/i;

export function findDecades(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(text, DECADE)) {
    const [whole, century, decadeDigit, shortDigit] = match;
    const prefix = DECADE_PREFIX.exec(text.slice(Math.max(0, match.index - 20), match.index));
    if (shortDigit && AGE_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index))) {
      continue; // "in his 30s": an age
    }
    const decade = decadeDigit ?? shortDigit;
    // "the 70s" without a century: the twentieth century is the reading news mostly means.
    const value = century ? `${century}${decade}` : `19${decade}`;
    const modifier = prefix?.[1];
    found.push({
      start: match.index - (prefix ? prefix[0].length : 0),
      end: match.index + whole.length,
      type: 'DATE',
      ...(modifier ? { mod: yearModifierMod(modifier) } : {}),
      priority: 1,
      value,
    });
  }
  return found;
}

const TWO_DIGIT_YEAR = /(?<![\d'’])['’](\d\d)(?![\w'’])|\bfrom\s+(\d\d)(?=\s+(?:to|until|till)\s+(?:\w+\s+)?(?:1[5-9]|20)\d\d\b)/g;

const PREVIOUS_WORD = /([\w.]+)\s*$/;

/** '91 and "from 91 to 2014": two-digit years, expanded against the anchor year. */
export function findTwoDigitYears(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(text, TWO_DIGIT_YEAR)) {
    const word = match[1] ? PREVIOUS_WORD.exec(text.slice(Math.max(0, match.index - 24), match.index))?.[1] : undefined;
    if (word && /[A-Z]/.test(word) && monthNumber(word) === null) {
      continue; // a version in a product name ("Suite '11"), not a year
    }
    const digits = match[1] ?? match[2];
    const start = match[1] ? match.index : match.index + match[0].length - 2;
    const twoDigits = Number(digits);
    found.push({
      start,
      end: match.index + match[0].length,
      type: 'DATE',
      priority: 1,
      resolve: ({ anchor }) => isoYear(expandTwoDigitYear(twoDigits, anchor?.year)),
    });
  }
  return found;
}

const QUARTER_WORD = /\bquarters?\b|\b(Q[1-4])\s+(\d{4})\b/gi;
// "the second and fourth quarters": the first ordinal stands for a quarter of its own (two TIMEX3, as TimeML has it).
const COORDINATED_ORDINALS_BEFORE = /\b(first|second|third|fourth|1st|2nd|3rd|4th),?\s+(?:and|or|&)\s+(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+$/i;
// "is usually conducted in the second and fourth quarters": every year's (SET XXXX-Q2), not this year's.
const HABITUAL_BEFORE = /\b(?:usually|typically|normally|generally|traditionally|customarily|tends?\s+to)\b[^.;!?]*$/i;
const ORDINAL_BEFORE = /(?:\bthe\s+)?\b(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+$/i;
const YEAR_AFTER = /^\s+of\s+(?:(\d{4})|(this|last|next)\s+year)\b/i;

const QUARTER_NUMBER: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };

export function findQuarters(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(text, QUARTER_WORD)) {
    const [word, shortQuarter, shortYear] = match;
    if (shortQuarter) {
      found.push({ start: match.index, end: match.index + word.length, type: 'DATE', priority: 2, value: `${shortYear}-${shortQuarter.toUpperCase()}` });
      continue;
    }
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    if (word.length > 'quarter'.length) {
      found.push(...coordinatedQuarters(text, match.index, word));
      continue;
    }
    const ordinalMatch = ORDINAL_BEFORE.exec(before);
    if (!ordinalMatch) {
      continue;
    }
    const after = YEAR_AFTER.exec(text.slice(match.index + word.length, match.index + word.length + 24));
    const [, year, relativeYear] = after ?? [];
    const start = match.index - (before.length - ordinalMatch.index);
    const end = match.index + word.length + (after ? after[0].length : 0);
    const lower = ordinalMatch[1].toLowerCase();
    if (lower === 'last' && !year && !relativeYear) {
      continue; // "the last quarter" is left to the relative rules
    }
    if (!year && !relativeYear && inGameContext(text, match.index)) {
      continue; // the third quarter of a game
    }
    const quarter = QUARTER_NUMBER[lower] ?? 4;
    if (year) {
      found.push({ start, end, type: 'DATE', priority: 2, value: `${year}-Q${quarter}` });
      continue;
    }
    const shift = relativeYear ? (relativeYear.toLowerCase() === 'last' ? -1 : relativeYear.toLowerCase() === 'next' ? 1 : 0) : null;
    found.push(quarterOfYear(start, end, quarter, shift));
  }
  return found;
}

function quarterOfYear(start: number, end: number, quarter: number, shift: number | null): Candidate {
  return {
    start,
    end,
    type: 'DATE',
    priority: 2,
    resolve: ({ anchor, direction }) => {
      if (!anchor) {
        return null;
      }
      if (shift !== null) {
        return `${isoYear(anchor.year + shift)}-Q${quarter}`;
      }
      // Reported in the past tense, a quarter at least two ahead of the anchor's is last year's; the current or
      // the next quarter is this year's ("has announced cuts during the fourth quarter" in August).
      const current = anchor.month === undefined ? 4 : Math.floor((anchor.month - 1) / 3) + 1;
      const year = quarter - current >= 2 && direction === 'past' ? anchor.year - 1 : anchor.year;
      return `${isoYear(year)}-Q${quarter}`;
    },
    unresolvedValue: `XXXX-Q${quarter}`,
  };
}

/** "the second and fourth quarters": "second" and "fourth quarters", each a quarter of the year, or of every year. */
function coordinatedQuarters(text: string, index: number, word: string): Candidate[] {
  const before = text.slice(Math.max(0, index - 30), index);
  const ordinals = COORDINATED_ORDINALS_BEFORE.exec(before);
  if (!ordinals || inGameContext(text, index)) {
    return [];
  }
  const firstStart = index - before.length + ordinals.index;
  const secondStart = index - ordinals[2].length - (before.length - before.trimEnd().length);
  const habitual = HABITUAL_BEFORE.test(text.slice(Math.max(0, firstStart - 80), firstStart));
  const quarters: [number, number, number][] = [
    [firstStart, firstStart + ordinals[1].length, QUARTER_NUMBER[ordinals[1].toLowerCase()]],
    [secondStart, index + word.length, QUARTER_NUMBER[ordinals[2].toLowerCase()]],
  ];
  return quarters.map(([start, end, quarter]) =>
    habitual ? { start, end, type: 'SET', priority: 2, value: `XXXX-Q${quarter}` } : quarterOfYear(start, end, quarter, null),
  );
}
