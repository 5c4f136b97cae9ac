import * as chrono from 'chrono-node';
import type { TextStructure } from '../types';
import { addDays, anchorDay, isoDay, isoMonth, isValidDay, type Ymd } from './calendar';
import type { Candidate, ResolveContext } from './candidate';
import { monthNumber, weekdayNumber } from './lexicon';
import { weekdayResolver } from './relative';

// chrono-node parses calendar dates, weekdays, times and today/tomorrow/yesterday well, but costs ~0.5 s per MB
// of text, so it only sees short windows around cheap triggers (month names, weekdays, numeric dates, times).
const TRIGGER =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s*\d)|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Yy]esterday)\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b\.?/g;

const WINDOW_BEFORE = 30;
const WINDOW_AFTER = 45;

const LEADING_PREPOSITION = /^(?:on|in|at|by|since|until|till|from|during|before|after|of|for|through)\s+/i;
/** Month names that are also common words or names ("march", "may", "Theresa May", "April" the name). */
const AMBIGUOUS_MONTH = /^(?:March|May|April|June|August)$/;
const MONTH_CONTEXT_BEFORE =
  /\b(?:in|since|until|till|by|of|from|through|last|next|this|early|late|mid|during|before|after|end|beginning|start|middle|between|and|to|or|until|every|each|that)\s*-?$/i;
const NUMERIC_FORMAT = /\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\d\s?[ap]\.?m\b/i;
const NAMED = /[A-Za-z]{3,}/;

interface Window {
  start: number;
  end: number;
  triggers: { start: number; end: number }[];
}

function windowsOf(structure: TextStructure): Window[] {
  const { text, lines } = structure;
  const windows: Window[] = [];
  for (const match of text.matchAll(TRIGGER)) {
    const trigger = { start: match.index, end: match.index + match[0].length };
    const line = lines[structure.lineAt(trigger.start)];
    let start = Math.max(line.start, trigger.start - WINDOW_BEFORE);
    let end = Math.min(line.end, trigger.end + WINDOW_AFTER);
    while (start > line.start && start < trigger.start && /\S/.test(text[start - 1])) {
      start++;
    }
    while (end < line.end && end > trigger.end && /\S/.test(text[end])) {
      end--;
    }
    const last = windows[windows.length - 1];
    if (last && start <= last.end && structure.lineAt(last.start) === line.index) {
      last.end = Math.max(last.end, end);
      last.triggers.push(trigger);
    } else {
      windows.push({ start, end, triggers: [trigger] });
    }
  }
  return windows;
}

/**
 * A month (and day) without a year: the anchor's year, unless the tense puts it more than a month on the other
 * side of the anchor ("said in November" in a March article is last November).
 */
function yearByTense(month: number, day: number | null): (context: ResolveContext) => string | null {
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
interface Components {
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
function toCandidate(components: Components, tags: Set<string>, start: number, textBefore: string, surface: string): Candidate | null {
  if (tags.has('casualReference/now') || tags.has('result/relativeDate')) {
    return null; // "now", "3 days ago", "next month": the hand-written rules give TIMEX values for these
  }
  const certain = (component: chrono.Component): boolean => components.isCertain(component);
  const get = (component: chrono.Component): number => components.get(component) ?? 0;
  const suffix = timeSuffix(components, tags, surface);
  const end = start + surface.length;
  const type = suffix ? 'TIME' : 'DATE';
  const base = { start, end, type, priority: 2 } as const;
  for (const [tag, shift, code] of tags.size > 0 ? CASUAL_DAYS : []) {
    if (tags.has(tag)) {
      return { ...base, resolve: dayShift(shift, code || suffix), unresolvedValue: 'XXXX-XX-XX' };
    }
  }
  if (certain('month') && certain('day')) {
    const month = get('month');
    const day = get('day');
    if (certain('year')) {
      const date: Ymd = { year: get('year'), month, day };
      return isValidDay(date.year, month, day) ? { ...base, value: isoDay(date) + suffix } : null;
    }
    const nearest = yearByTense(month, day);
    return { ...base, resolve: (context) => withSuffix(nearest(context), suffix), unresolvedValue: `XXXX-${pad(month)}-${pad(day)}` };
  }
  if (certain('month')) {
    const month = get('month');
    if (/^[a-z]/.test(surface) || (AMBIGUOUS_MONTH.test(surface) && !MONTH_CONTEXT_BEFORE.test(textBefore))) {
      return null; // the verb "march", the modal "may", the name "Theresa May"
    }
    if (certain('year')) {
      return { ...base, value: isoMonth(get('year'), month) };
    }
    return { ...base, resolve: yearByTense(month, null), unresolvedValue: `XXXX-${pad(month)}` };
  }
  if (certain('weekday')) {
    const weekday = get('weekday');
    const resolveWeekday = weekdayResolver(weekday);
    return { ...base, resolve: (context) => withSuffix(resolveWeekday(context), suffix), unresolvedValue: `XXXX-WXX-${weekday === 0 ? 7 : weekday}` };
  }
  if (suffix && certain('hour')) {
    return { ...base, clock: suffix, resolve: dayShift(0, suffix), unresolvedValue: `XXXX-XX-XX${suffix}` };
  }
  return null;
}

const pad = (value: number): string => String(value).padStart(2, '0');
const withSuffix = (value: string | null, suffix: string): string | null => (value === null ? null : value + suffix);

const REFERENCE: chrono.ParsingReference = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

// chrono's strict parsers minus those for counted units ("3 days ago", "within 2 weeks"), whose readings are
// dropped anyway and whose regexes cost a third of the time. Found by what they parse, not by class name, which a
// minifier may change.
const UNIT_PROBES = ['3 days ago', 'within 2 weeks', 'in 5 days', '2 weeks later'];
const calendarParser: chrono.Chrono = (() => {
  const strict = chrono.strict.clone();
  const parsers = strict.parsers.filter(
    (parser) => !UNIT_PROBES.some((probe) => new chrono.Chrono({ parsers: [parser], refiners: [] }).parse(probe, REFERENCE).length > 0),
  );
  return new chrono.Chrono({ parsers, refiners: strict.refiners });
})();

const NUMERIC_TRIGGER = /^\d/;
const DAY_AFTER_MONTH = /^\.?\s{0,2}\d{1,2}(?!\d)/;
const DAY_BEFORE_MONTH = /\b\d{1,2}(?:st|nd|rd|th)?\s{1,2}(?:of\s+)?$/;

/** chrono is needed for numeric forms only: dates with a day number, numeric dates and times. */
function needsChrono(text: string, trigger: { start: number; end: number }): boolean {
  if (NUMERIC_TRIGGER.test(text[trigger.start])) {
    return true;
  }
  return DAY_AFTER_MONTH.test(text.slice(trigger.end, trigger.end + 6)) || DAY_BEFORE_MONTH.test(text.slice(Math.max(0, trigger.start - 12), trigger.start));
}

// The published-date resolver and the date finder both need chrono's reading of the same text: read it once.
const cache = new WeakMap<TextStructure, Candidate[]>();

/** Calendar dates, weekdays, times and today/tomorrow/yesterday, read by chrono in windows around triggers. */
export function findChronoDates(structure: TextStructure): Candidate[] {
  let found = cache.get(structure);
  if (!found) {
    found = readWithChrono(structure);
    cache.set(structure, found);
  }
  return found;
}

const PART_AFTER = /^\s+(morning|afternoon|evening|night)\b/i;
const MONTH_YEAR_AFTER = /^,?\s+(?:of\s+)?((?:1[5-9]|20)\d\d)\b/;

/**
 * A lone weekday, month name (with a year: "September 2022") or today/tomorrow/yesterday, read without chrono:
 * chrono's casual parsers give nothing more for these words and would cost ~5× more per window.
 */
function readWord(text: string, trigger: { start: number; end: number }): Candidate | null {
  const word = text.slice(trigger.start, trigger.end);
  const lower = word.toLowerCase();
  const known = new Map<chrono.Component, number>();
  const tags = new Set<string>();
  let end = trigger.end;
  const weekday = weekdayNumber(word);
  const month = monthNumber(word);
  if (weekday !== null) {
    known.set('weekday', weekday);
    const part = PART_AFTER.exec(text.slice(end, end + 12));
    if (part) {
      tags.add(`casualReference/${part[1].toLowerCase()}`);
      end += part[0].length;
    }
  } else if (/^(?:today|tomorrow|yesterday|tonight)$/.test(lower)) {
    tags.add(`casualReference/${lower}`);
  } else if (month !== null && (word.length > 3 || lower === 'may')) {
    known.set('month', month);
    const year = MONTH_YEAR_AFTER.exec(text.slice(end, end + 12));
    if (year) {
      known.set('year', Number(year[1]));
      end += year[0].length;
    }
  } else {
    return null;
  }
  const components: Components = { isCertain: (component) => known.has(component), get: (component) => known.get(component) ?? null };
  return toCandidate(components, tags, trigger.start, text.slice(Math.max(0, trigger.start - 20), trigger.start), text.slice(trigger.start, end));
}

function readWithChrono(structure: TextStructure): Candidate[] {
  const { text } = structure;
  const found: Candidate[] = [];
  for (const window of windowsOf(structure)) {
    const read: Candidate[] = [];
    if (window.triggers.some((trigger) => needsChrono(text, trigger))) {
      read.push(...readWindow(text, window));
    }
    for (const trigger of window.triggers) {
      if (!read.some((candidate) => candidate.start < trigger.end && trigger.start < candidate.end)) {
        const candidate = readWord(text, trigger);
        if (candidate) {
          read.push(candidate);
        }
      }
    }
    found.push(...read);
  }
  return found;
}

/** chrono's calendar parsers (5× faster than casual ones; the casual words are read by `readWord`). */
function readWindow(text: string, window: Window): Candidate[] {
  const read: Candidate[] = [];
  for (const result of calendarParser.parse(text.slice(window.start, window.end), REFERENCE)) {
    const stripped = LEADING_PREPOSITION.exec(result.text);
    const offset = stripped ? stripped[0].length : 0;
    const surface = result.text
      .slice(offset)
      .replace(/\s+of$/i, '')
      .replace(/[\s,.]+$/, (tail: string, at: number, whole: string) => (tail === '.' && /\b[ap]\.m$/i.test(whole.slice(0, at)) ? tail : ''));
    const start = window.start + result.index + offset;
    const end = start + surface.length;
    if (!window.triggers.some((trigger) => trigger.start < end && start < trigger.end)) {
      continue;
    }
    if (!NAMED.test(surface) && !NUMERIC_FORMAT.test(surface)) {
      continue;
    }
    const candidate = toCandidate(result.start, result.tags(), start, text.slice(Math.max(0, start - 20), start), surface);
    if (candidate) {
      read.push(candidate);
    }
  }
  return read;
}
