import { addDays, anchorDay, isoDay, isoWeek, isoYear } from './calendar';
import type { Candidate } from './candidate';
import { MONTH_PATTERN, NUMBER_PATTERN, numberValue, WEEKDAY_PATTERN, weekdayNumber, type UnitWord } from './lexicon';
import { clockCandidate } from './clock';
import { shiftOf, unitResolver } from './relative';
import { matchesOf } from '../matches';

// Parts of days, seasons, "the end of the year" and weekly recurrences: period words chrono either does not read
// or reads as single instants.

// Rules here are found from a literal word ending (a literal regex skips through the text; an alternation of
// words is tried at every word) and then checked around it.
const PART_ENDING = /(?:ning|noon|night)\b/gi;
const PART_WORD = /\b(?:(?:(this|yesterday|tomorrow|last|the next|the following|the previous|that)\s+(morning|afternoon|evening|night))|(tonight|overnight))$/i;
// "in morning trading", "in late afternoon dealings": a market session of the day in focus.
const SESSION_PART = /\bin\s+(?:(?:early|late)\s+)?(morning|afternoon|evening)$/i;
// "orders came in the morning": the part of the day in focus; "at 4 in the morning": a clock time.
const IN_THE_PART = /\b(?:(1[0-2]|[1-9])(?::([0-5]\d))?\s+)?in\s+(the\s+(morning|afternoon|evening))$/i;
const SESSION_AFTER = /^\s+(?:trading|trade|dealings|deals|session)\b/i;
const PART_CODE: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI', tonight: 'TNI', overnight: 'TNI' };

export function findPartsOfDay(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const ending of matchesOf(text, PART_ENDING)) {
    const end = ending.index + ending[0].length;
    const before = text.slice(Math.max(0, end - 30), end);
    const session = SESSION_PART.exec(before);
    if (session && SESSION_AFTER.test(text.slice(end, end + 12))) {
      found.push(partOfNarrativeDay(end - session[1].length, end, PART_CODE[session[1].toLowerCase()]));
      continue;
    }
    const inThe = IN_THE_PART.exec(before);
    if (inThe?.[1]) {
      const hour = (Number(inThe[1]) % 12) + (/morning/i.test(inThe[4]) ? 0 : 12);
      found.push(clockCandidate(end - inThe[0].length, end, `T${String(hour).padStart(2, '0')}:${inThe[2] ?? '00'}`, 3));
      continue;
    }
    if (inThe) {
      found.push(partOfNarrativeDay(end - inThe[3].length, end, PART_CODE[inThe[4].toLowerCase()]));
      continue;
    }
    const match = PART_WORD.exec(before);
    if (!match) {
      continue;
    }
    const start = end - match[0].length;
    const which = (match[1] ?? 'this').toLowerCase().replace(/\s+/g, ' ');
    const part = (match[2] ?? match[3]).toLowerCase();
    // "overnight" is the night before the day told of ("shares fell Friday after overnight losses": Thursday night).
    const overnight = part === 'overnight';
    const shift = overnight || /^(?:yesterday|last|the previous)$/.test(which) ? -1 : /^(?:tomorrow|the next|the following)$/.test(which) ? 1 : 0;
    // "the next morning", "that evening": the day of the narrative, not the article's day.
    const narrative = overnight || /^(?:the|that)\b/.test(which);
    found.push({
      start,
      end,
      type: 'TIME',
      priority: 3,
      ...(narrative ? { narrative: true } : {}),
      resolve: (context) => {
        const day = (narrative ? context.narrative : null) ?? anchorDay(context.anchor);
        return day ? isoDay(addDays(day, shift)) + PART_CODE[part] : null;
      },
      unresolvedValue: `XXXX-XX-XX${PART_CODE[part]}`,
    });
  }
  return found;
}

function partOfNarrativeDay(start: number, end: number, code: string): Candidate {
  return {
    start,
    end,
    type: 'TIME',
    priority: 3,
    narrative: true,
    resolve: (context) => {
      const day = context.narrative ?? anchorDay(context.anchor);
      return day ? isoDay(day) + code : null;
    },
    unresolvedValue: `XXXX-XX-XX${code}`,
  };
}

/** After a season, a year makes it a date of its own ("summer of 2019", "fall '08"), which another rule reads. */
const YEAR_AFTER = /\s+(?:of\s+)?['’]?\d/iy;
// "for the past three summers": counted seasons recur, one a year (TimeBank: SET XXXX-SU); never "falls".
// "two summers ago" is one summer, two years before the article's.
const COUNTED_SEASONS_BEFORE = new RegExp(`(?:\\bthe\\s+(?:past|last|next|previous|coming|first)\\s+)?\\b(${NUMBER_PATTERN}|several|few)\\s+$`, 'i');
const AGO_AFTER = /^\s+(?:ago|back)\b/i;
const SEASON_SHIFT_BEFORE = /\b(this past|this|last|next)\s+$/i;
const SEASON_CONTEXT_BEFORE = /\b(?:in|during|by|until|since|early|late|mid|the)[\s-]+$/i;
// Without a preposition the season is still a time when it is owned ("their autumn meetings") or the subject of a
// verb ("but spring shows signs"); never "fall", which is then a verb or a noun.
const SEASON_OWNER_BEFORE = /\b(?:its|their|our|his|her|my|your)\s+$/i;
const SEASON_SUBJECT_BEFORE = /(?:^|[.;:!?"“]\s*|\b(?:but|and|as|while|when|until|because|so|then)\s+)$/i;
const SEASON_VERB_AFTER =
  /^\s+(?:is|was|has|had|will|would|could|may|might|shows?|showed|brings?|brought|comes?|came|arrives?|arrived|begins?|began|starts?|started|ends?|ended|looks?|looked)\b/i;
const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Seasons and counted seasons, from the season words of the shared scan (`dateWords`). */
export function findSeasons(text: string, _units: readonly UnitWord[], _words: readonly UnitWord[], seasons: readonly UnitWord[]): Candidate[] {
  const found: Candidate[] = [];
  for (const { index, word } of seasons) {
    YEAR_AFTER.lastIndex = index + word.length;
    if (YEAR_AFTER.test(text)) {
      continue;
    }
    const plural = /s$/i.test(word);
    const season = plural ? word.slice(0, -1) : word;
    if (plural) {
      const counted = /^fall$/i.test(season) ? null : COUNTED_SEASONS_BEFORE.exec(text.slice(Math.max(0, index - 40), index));
      const code = SEASON_CODE[season.toLowerCase()];
      const start = index - (counted?.[0].length ?? 0);
      const end = index + word.length;
      const ago = counted ? AGO_AFTER.exec(text.slice(end, end + 6)) : null;
      const years = ago ? numberValue(counted?.[1] ?? '') : null;
      if (ago && years !== null) {
        found.push({ start, end: end + ago[0].length, type: 'DATE', priority: 2, resolve: ({ anchor }) => (anchor ? `${isoYear(anchor.year - years)}-${code}` : null), unresolvedValue: `XXXX-${code}` });
      } else if (counted && !ago) {
        found.push({ start, end, type: 'SET', priority: 2, value: `XXXX-${code}` });
      }
      continue;
    }
    const before = text.slice(Math.max(0, index - 12), index);
    const shifted = SEASON_SHIFT_BEFORE.exec(before);
    if (!shifted && !SEASON_CONTEXT_BEFORE.test(before) && !bareSeason(text, index, word, before)) {
      continue; // "spring" and "fall" are also a noun and a verb
    }
    const code = SEASON_CODE[season.toLowerCase()];
    const pastOne = /^this past$/i.test(shifted?.[1] ?? '');
    const shift = shifted && !pastOne ? shiftOf(shifted[1]) : 0;
    found.push({
      start: shifted ? index - (before.length - shifted.index) : index,
      end: index + word.length,
      type: 'DATE',
      priority: 2,
      // "this past spring": the last one begun before the article's month.
      resolve: ({ anchor }) => (anchor ? `${isoYear(anchor.year + shift - (pastOne && SEASON_START[code] > (anchor.month ?? 12) ? 1 : 0))}-${code}` : null),
      unresolvedValue: `XXXX-${code}`,
    });
  }
  return found;
}

function bareSeason(text: string, index: number, word: string, before: string): boolean {
  if (/^fall$/i.test(word)) {
    return false;
  }
  const after = text.slice(index + word.length, index + word.length + 12);
  return SEASON_OWNER_BEFORE.test(before) || (SEASON_SUBJECT_BEFORE.test(before) && SEASON_VERB_AFTER.test(after));
}

// "the day" is the narrative day where a verb or phrase measures it out ("closed the day", "earlier in the day").
// Not "the day after the vote" (another day), but "late in the day after falling" (a clause follows).
const THE_PERIOD = /^(?:day|week|month|year)$/i;
const THE_BEFORE = /\bthe\s+$/i;
const NOT_PERIOD_AFTER = /^\s+(?:(?:after|before)(?!\s+[a-z]+ing\b)|of(?!\s+[$\d])|when|that|on|in|to|ended|ending)\b/i;
// "For the week, the index fell", "a high for the year": the week or year being reported on; so is "the week's".
const FOR_BEFORE = /\bfor\s+$/i;
const POSSESSIVE_AFTER = /^['’]s\b/;
const PERIOD_PART_BEFORE = /\b(?:(?:start|end|beginning|middle|rest|course|remainder|months|weeks|quarters|days) of|(?:earlier|later|late|early) in)\s+$/i;
const DAY_VERB_BEFORE = /\b(?:for|over|end|ended|ending|close|closed|closing|finish|finished|finishing|start|started|starting|open|opened|opening|began|begin)\s+$/i;

/**
 * "the day" / "the year" where a phrase measures out the current period ("end the day", "by the end of the year"):
 * the narrative day, or the anchor's week, month or year.
 */
export function findThePeriod(text: string, units: readonly UnitWord[]): Candidate[] {
  const found: Candidate[] = [];
  for (const { index, word } of units) {
    const the = THE_PERIOD.test(word) ? THE_BEFORE.exec(text.slice(Math.max(0, index - 12), index)) : null;
    const end = index + word.length;
    const after = text.slice(end, end + 40);
    // "for the year-earlier nine months": the unit begins a compound, not the period.
    if (!the || after.startsWith('-')) {
      continue;
    }
    const around = RELATIVE_TO_EVENT.test(after) ? periodAroundEvent(text, index - the[0].length, end, word.toLowerCase()) : null;
    if (around) {
      found.push(around);
    }
    if (around || NOT_PERIOD_AFTER.test(after)) {
      continue;
    }
    const unit = word.toLowerCase();
    const start = index - the[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    const reported = unit !== 'day' && (FOR_BEFORE.test(before) || POSSESSIVE_AFTER.test(after));
    if (!reported && !PERIOD_PART_BEFORE.test(before) && !(unit === 'day' && DAY_VERB_BEFORE.test(before))) {
      continue;
    }
    found.push({
      start,
      end,
      type: 'DATE',
      priority: 1,
      ...(unit === 'day' || unit === 'week' ? { narrative: true } : {}),
      resolve:
        unit === 'day' || unit === 'week'
          ? (context) => {
              const day = context.narrative ?? anchorDay(context.anchor);
              return day ? (unit === 'day' ? isoDay(day) : isoWeek(day)) : null;
            }
          : unitResolver(unit, 0),
      unresolvedValue: unit === 'week' ? 'XXXX-WXX' : unit === 'year' ? 'XXXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX-XX-XX',
    });
  }
  return found;
}

// "the week following the crash", "Oct. 12, the day before the plunge": a period placed by an event rather than a date.
const RELATIVE_TO_EVENT = /^\s+(?:after|before|following|preceding)\s+(?![a-z]+ing\b)/i;
const APPOSITION_BEFORE = new RegExp(`(?:\\b${MONTH_PATTERN}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,\\s+\\d{4})?|\\b${WEEKDAY_PATTERN})\\s*,\\s+$`);
const PRECISION: Record<string, RegExp> = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/ };

/**
 * A period placed by an event is one TimeML values only with knowledge of the event, unless it stands in apposition
 * to a date ("Oct. 12, the day before the plunge", "in March, the month after …": that date). A week or month
 * alone is one of the article's year (1989-WXX); a day, unknown.
 */
function periodAroundEvent(text: string, start: number, end: number, unit: string): Candidate | null {
  const precision = PRECISION[unit];
  if (precision && APPOSITION_BEFORE.test(text.slice(Math.max(0, start - 24), start))) {
    return { start, end, type: 'DATE', priority: 1, backReference: true, resolve: ({ previous }) => (previous && precision.test(previous) ? previous : null), unresolvedValue: unit === 'day' ? 'XXXX-XX-XX' : 'XXXX-XX' };
  }
  if (unit !== 'week' && unit !== 'month') {
    return null;
  }
  const unknown = unit === 'week' ? 'WXX' : 'XX';
  return { start, end, type: 'DATE', priority: 1, backReference: true, resolve: ({ anchor }) => (anchor ? `${isoYear(anchor.year)}-${unknown}` : null), unresolvedValue: `XXXX-${unknown}` };
}

const WEEKDAY_STEM = /(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)$/;
const EVERY_BEFORE = /\b[Ee](?:very|ach)\s+$/;

/** "every Friday", "on Mondays": a weekly recurrence (TIMEX SET XXXX-WXX-5). */
export function findWeekdaySets(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const day of matchesOf(text, /day/g)) {
    const stem = WEEKDAY_STEM.exec(text.slice(Math.max(0, day.index - 6), day.index));
    const stemStart = day.index - (stem?.[0].length ?? 0);
    if (!stem || /\w/.test(text[stemStart - 1] ?? '')) {
      continue;
    }
    const plural = /^s\b/.test(text.slice(day.index + 3, day.index + 5));
    const every = plural ? null : EVERY_BEFORE.exec(text.slice(Math.max(0, stemStart - 12), stemStart));
    const wordEnd = day.index + 3;
    if (!plural && !(every && !/\w/.test(text[wordEnd] ?? ''))) {
      continue;
    }
    const weekday = weekdayNumber(`${stem[1]}day`) ?? 0;
    const start = every ? stemStart - every[0].length : stemStart;
    found.push({ start, end: plural ? wordEnd + 1 : wordEnd, type: 'SET', priority: 3, value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}` });
  }
  return found;
}

const PERIOD_END_AFTER = /^(?:-end|\s+end|['’]s\s+end)\b(?!-)/i;
const PERIOD_END_UNIT = /^(?:year|month|quarter|week)$/i;

/** "year-end", "by month's end": the end of the current period (TimeML: its value with mod END); "since" looks back. */
export function findPeriodEnds(text: string, units: readonly UnitWord[]): Candidate[] {
  const found: Candidate[] = [];
  for (const { index, word } of units) {
    const after = PERIOD_END_UNIT.test(word) ? PERIOD_END_AFTER.exec(text.slice(index + word.length, index + word.length + 8)) : null;
    if (!after) {
      continue;
    }
    const the = /\bthe\s+$/i.exec(text.slice(Math.max(0, index - 4), index));
    const since = /\bsince\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, index - 10), index));
    const unit = word.toLowerCase();
    found.push({
      start: index - (the ? the[0].length : 0),
      end: index + word.length + after[0].length,
      type: 'DATE',
      mod: 'END',
      priority: 2,
      resolve: unitResolver(unit, since ? -1 : 0),
      unresolvedValue: unit === 'week' ? 'XXXX-WXX' : unit === 'year' ? 'XXXX' : 'XXXX-XX',
    });
  }
  return found;
}
