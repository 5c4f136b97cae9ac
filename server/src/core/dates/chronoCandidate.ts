import type * as chrono from 'chrono-node';
import { addDays, anchorDay, isoDay, isoMonth, isValidDay, type Ymd } from './calendar';
import type { Candidate, ResolveContext } from './candidate';
import { weekdayResolver } from './relative';

// What chrono (or a trigger word read directly) found, turned into a candidate with a TIMEX value or resolver.

/** Month names that are also common words or names ("march", "may", "Theresa May", "April" the name). */
const AMBIGUOUS_MONTH = /^(?:March|May|April|June|August)$/;
const MONTH_CONTEXT_BEFORE =
  /\b(?:in|since|until|till|by|of|from|through|last|next|this|early|late|mid|during|before|after|end|beginning|start|middle|between|and|to|or|until|every|each|that)\s*-?$/i;

// "a June agreement", "the March accession": a determiner makes the month a modifier of a noun, not a person
// ("June", "April") nor a verb ("march"); "the May government" is Theresa May's, so May needs another cue.
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|our)\s+$/i;
const determinedMonth = (surface: string, textBefore: string): boolean => surface !== 'May' && DETERMINER_BEFORE.test(textBefore);

/**
 * A month (and day) without a year: the anchor's year, unless the tense puts it more than a month on the other
 * side of the anchor ("said in November" in a March article is last November).
 */
export function yearByTense(month: number, day: number | null): (context: ResolveContext) => string | null {
  return ({ anchor, direction }) => {
    if (!anchor) {
      return null;
    }
    const anchorMonth = anchor.month ?? month;
    const anchorDayOfMonth = anchor.day ?? 15;
    const distance = (month - anchorMonth) * 31 + ((day ?? 15) - anchorDayOfMonth);
    const year = direction === 'past' && distance > 45 ? anchor.year - 1 : direction === 'future' && distance < -45 ? anchor.year + 1 : anchor.year;
    if (day === null) {
      return isoMonth(year, month);
    }
    return isValidDay(year, month, day) ? isoDay({ year, month, day }) : null;
  };
}

function dayShift(days: number, suffix = ''): (context: ResolveContext) => string | null {
  return ({ anchor }) => {
    const day = anchorDay(anchor);
    return day ? isoDay(addDays(day, days)) + suffix : null;
  };
}

const PART_TAGS: [string, string][] = Object.entries({ morning: 'TMO', afternoon: 'TAF', evening: 'TEV', tonight: 'TNI', night: 'TNI' }).map(
  ([part, code]) => [`casualReference/${part}`, code],
);
const CASUAL_DAYS: [string, number, string][] = [
  ['casualReference/today', 0, ''],
  ['casualReference/tomorrow', 1, ''],
  ['casualReference/yesterday', -1, ''],
  ['casualReference/tonight', 0, 'TNI'],
];

/** The part of chrono's ParsedComponents that is read here; word triggers build it directly. */
export interface Components {
  isCertain(component: chrono.Component): boolean;
  get(component: chrono.Component): number | null;
}

function timeSuffix(components: Components, tags: Set<string>, surface: string): string {
  if (/\bnight$/i.test(surface)) {
    return 'TNI';
  }
  if (tags.size > 0) {
    for (const [tag, code] of PART_TAGS) {
      if (tags.has(tag)) {
        return code;
      }
    }
  }
  if (!components.isCertain('hour')) {
    return '';
  }
  const hour = String(components.get('hour') ?? 0).padStart(2, '0');
  const minute = String(components.get('minute') ?? 0).padStart(2, '0');
  const utc = components.isCertain('timezoneOffset') && components.get('timezoneOffset') === 0 ? 'Z' : '';
  return `T${hour}:${minute}${utc}`;
}

/** Turns chrono's components into a candidate with a TIMEX value or resolver; null for what chrono misreads. */
export function toCandidate(components: Components, tags: Set<string>, start: number, textBefore: string, surface: string): Candidate | null {
  if (tags.has('casualReference/now') || tags.has('result/relativeDate')) {
    return null; // "now", "3 days ago", "next month": the hand-written rules give TIMEX values for these
  }
  const certain = (component: chrono.Component): boolean => components.isCertain(component);
  const get = (component: chrono.Component): number => components.get(component) ?? 0;
  const suffix = timeSuffix(components, tags, surface);
  const end = start + surface.length;
  const type = suffix ? 'TIME' : 'DATE';
  const priority = 2;
  for (const [tag, shift, code] of tags.size > 0 ? CASUAL_DAYS : []) {
    if (tags.has(tag)) {
      return { start, end, type, priority, resolve: dayShift(shift, code || suffix), unresolvedValue: 'XXXX-XX-XX' };
    }
  }
  if (certain('month') && certain('day')) {
    const month = get('month');
    const day = get('day');
    if (certain('year')) {
      const date: Ymd = { year: get('year'), month, day };
      return isValidDay(date.year, month, day) ? { start, end, type, priority, value: isoDay(date) + suffix } : null;
    }
    const nearest = yearByTense(month, day);
    return { start, end, type, priority, resolve: (context) => withSuffix(nearest(context), suffix), unresolvedValue: `XXXX-${pad(month)}-${pad(day)}` };
  }
  if (certain('month')) {
    const month = get('month');
    if (/^[a-z]/.test(surface) || (AMBIGUOUS_MONTH.test(surface) && !MONTH_CONTEXT_BEFORE.test(textBefore) && !determinedMonth(surface, textBefore))) {
      return null; // the verb "march", the modal "may", the name "Theresa May"
    }
    if (certain('year')) {
      return { start, end, type, priority, value: isoMonth(get('year'), month) };
    }
    return { start, end, type, priority, resolve: yearByTense(month, null), unresolvedValue: `XXXX-${pad(month)}` };
  }
  if (certain('weekday')) {
    const weekday = get('weekday');
    const resolveWeekday = weekdayResolver(weekday);
    return { start, end, type, priority, resolve: (context) => withSuffix(resolveWeekday(context), suffix), unresolvedValue: `XXXX-WXX-${weekday === 0 ? 7 : weekday}` };
  }
  if (suffix && certain('hour')) {
    return { start, end, type, priority, clock: suffix, resolve: dayShift(0, suffix), unresolvedValue: `XXXX-XX-XX${suffix}` };
  }
  return null;
}

const pad = (value: number): string => String(value).padStart(2, '0');
const withSuffix = (value: string | null, suffix: string): string | null => (value === null ? null : value + suffix);
