import { addDays, anchorDay, isoDay, isoYear } from './calendar';
import type { Candidate } from './candidate';
import { WEEKDAY_PATTERN, weekdayNumber } from './lexicon';
import { shiftOf, unitResolver } from './relative';

// Parts of days, seasons, "the end of the year" and weekly recurrences: period words chrono either does not read
// or reads as single instants.

const PART_OF_DAY = /\b(?:(this|yesterday|tomorrow|last)\s+(morning|afternoon|evening|night)|(tonight|overnight))\b/gi;
const PART_CODE: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI', tonight: 'TNI', overnight: 'TNI' };

export function findPartsOfDay(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(PART_OF_DAY)) {
    const which = (match[1] ?? 'this').toLowerCase();
    const part = (match[2] ?? match[3]).toLowerCase();
    const shift = which === 'yesterday' || which === 'last' ? -1 : which === 'tomorrow' ? 1 : 0;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      type: 'TIME',
      priority: 3,
      resolve: ({ anchor }) => {
        const day = anchorDay(anchor);
        return day ? isoDay(addDays(day, shift)) + PART_CODE[part] : null;
      },
      unresolvedValue: `XXXX-XX-XX${PART_CODE[part]}`,
    });
  }
  return found;
}

const SEASON = /\b(spring|summer|autumn|winter|fall)\b(?!\s+(?:of\s+)?['’]?\d)/gi;
const SEASON_SHIFT_BEFORE = /\b(this|last|next)\s+$/i;
const SEASON_CONTEXT_BEFORE = /\b(?:in|during|by|until|since|early|late|mid|the)[\s-]+$/i;
const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

export function findSeasons(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(SEASON)) {
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    const shifted = SEASON_SHIFT_BEFORE.exec(before);
    if (!shifted && !SEASON_CONTEXT_BEFORE.test(before)) {
      continue; // "spring" and "fall" are also a noun and a verb
    }
    const shift = shifted ? shiftOf(shifted[1]) : 0;
    const code = SEASON_CODE[match[1].toLowerCase()];
    found.push({
      start: shifted ? match.index - (before.length - shifted.index) : match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      priority: 2,
      resolve: ({ anchor }) => (anchor ? `${isoYear(anchor.year + shift)}-${code}` : null),
      unresolvedValue: `XXXX-${code}`,
    });
  }
  return found;
}

// "the day" is the narrative day where a verb or phrase measures it out ("closed the day", "earlier in the day").
const THE_PERIOD = /\bthe\s+(day|week|month|year)\b(?!\s+(?:after|before|of|when|that|on|in|to)\b)/gi;
const PERIOD_PART_BEFORE = /\b(?:(?:start|end|beginning|middle|rest|course|remainder) of|(?:earlier|later|late|early) in)\s+$/i;
const DAY_VERB_BEFORE = /\b(?:for|over|end|ended|ending|close|closed|closing|finish|finished|finishing|start|started|starting|open|opened|opening|began|begin)\s+$/i;

/**
 * "the day" / "the year" where a phrase measures out the current period ("end the day", "by the end of the year"):
 * the narrative day, or the anchor's week, month or year.
 */
export function findThePeriod(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(THE_PERIOD)) {
    const unit = match[1].toLowerCase();
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    if (!PERIOD_PART_BEFORE.test(before) && !(unit === 'day' && DAY_VERB_BEFORE.test(before))) {
      continue;
    }
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      type: 'DATE',
      priority: 1,
      ...(unit === 'day' ? { narrative: true } : {}),
      resolve:
        unit === 'day'
          ? (context) => {
              const day = context.narrative ?? anchorDay(context.anchor);
              return day ? isoDay(day) : null;
            }
          : unitResolver(unit, 0),
      unresolvedValue: unit === 'week' ? 'XXXX-WXX' : unit === 'year' ? 'XXXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX-XX-XX',
    });
  }
  return found;
}

const EVERY_WEEKDAY = new RegExp(`\\b(?:(?:[Ee]very|[Ee]ach)\\s+(${WEEKDAY_PATTERN})|(${WEEKDAY_PATTERN})s)\\b`, 'g');

/** "every Friday", "on Mondays": a weekly recurrence (TIMEX SET XXXX-WXX-5). */
export function findWeekdaySets(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(EVERY_WEEKDAY)) {
    const weekday = weekdayNumber(match[1] ?? match[2]) ?? 0;
    found.push({ start: match.index, end: match.index + match[0].length, type: 'SET', priority: 3, value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}` });
  }
  return found;
}
