import * as chrono from 'chrono-node';
import type { TextStructure } from '../types';
import type { Candidate } from './candidate';
import { toCandidate, type Components } from './chronoCandidate';
import { monthNumber, weekdayNumber } from './lexicon';
import { windowsOf, type Window } from './chronoWindows';
import { isGenericDay } from './nowadays';

// chrono-node parses calendar dates, weekdays, times and today/tomorrow/yesterday well, but costs ~0.5 s per MB
// of text, so it only sees short windows around cheap triggers (month names, weekdays, numeric dates, times).

const LEADING_PREPOSITION = /^(?:on|in|at|by|since|until|till|from|during|before|after|of|for|through)\s+/i;
const NUMERIC_FORMAT = /\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\d\s?[ap]\.?m\b/i;
const NAMED = /[A-Za-z]{3,}/;

const REFERENCE: chrono.ParsingReference = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

// chrono's strict parsers minus those for counted units ("3 days ago", "within 2 weeks"), whose readings are
// dropped anyway and whose regexes cost a third of the time. Told apart by the unit words their patterns spell
// out, not by class name (a minifier may change it) nor by parsing probes: running those big case-insensitive
// patterns once compiled them, 50–100 ms of every process and worker start. test/unit/dates.chrono.test.ts checks
// that this drops exactly the parsers that read "3 days ago", "within 2 weeks", "in 5 days", "2 weeks later".
const UNIT_WORDS = ['minutes', 'hours', 'days', 'weeks', 'months', 'years'];
export const calendarParser: chrono.Chrono = (() => {
  const strict = chrono.strict.clone();
  const context = new chrono.ParsingContext('', REFERENCE);
  const readsCountedUnits = (parser: chrono.Parser): boolean => {
    const source = parser.pattern(context).source;
    return UNIT_WORDS.every((word) => source.includes(word));
  };
  return new chrono.Chrono({ parsers: strict.parsers.filter((parser) => !readsCountedUnits(parser)), refiners: strict.refiners });
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

// "Sunday Football", "March Madness": a weekday or month heading a short Title Case line is a menu item or a
// programme name, not a date (a part of the day or a preposition after it keeps it a date: "Tuesday Night").
const TITLE_WORD_AFTER = /^[ \t]+(?!(?:Morning|Afternoon|Evening|Night|Mornings|Nights|After|Before|And|Or|At|In|On|By|To|From|The|Of)\b)[A-Z][a-z]+/;
const SHORT_TITLE_LINE = /^[ \t]*(?:[A-Z][\w'’&-]*[ \t]*){1,5}$/;

function isMenuItem(text: string, trigger: { start: number; end: number }): boolean {
  if (!TITLE_WORD_AFTER.test(text.slice(trigger.end, trigger.end + 20))) {
    return false;
  }
  const lineStart = text.lastIndexOf('\n', trigger.start) + 1;
  const lineEnd = text.indexOf('\n', trigger.end);
  return SHORT_TITLE_LINE.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}

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
  if ((weekday !== null || month !== null) && isMenuItem(text, trigger)) {
    return null;
  }
  if (weekday !== null) {
    known.set('weekday', weekday);
    const part = PART_AFTER.exec(text.slice(end, end + 12));
    if (part) {
      tags.add(`casualReference/${part[1].toLowerCase()}`);
      end += part[0].length;
    }
  } else if (/^(?:today|tomorrow|yesterday|tonight)$/.test(lower)) {
    if ((lower === 'today' || lower === 'tomorrow') && isGenericDay(text, trigger.start, end)) {
      return { start: trigger.start, end, type: 'DATE', priority: 2, value: lower === 'today' ? 'PRESENT_REF' : 'FUTURE_REF' };
    }
    tags.add(`casualReference/${lower}`);
  } else if (month !== null && (/^[a-z]{4,}$|^may$/.test(lower) || MONTH_YEAR_AFTER.test(text.slice(end, end + 12)))) {
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

/** Whether spans[from…] overlaps [start, end): a loop, where a closure per trigger was a hot allocation. */
function overlapsAny(spans: readonly { start: number; end: number }[], from: number, start: number, end: number): boolean {
  for (let i = from; i < spans.length; i++) {
    if (spans[i].start < end && start < spans[i].end) {
      return true;
    }
  }
  return false;
}

function readWithChrono(structure: TextStructure): Candidate[] {
  const { text } = structure;
  const windows = windowsOf(structure);
  const read = readWindows(
    text,
    windows.filter((window) => window.triggers.some((trigger) => needsChrono(text, trigger))),
  );
  const found: Candidate[] = [];
  for (const window of windows) {
    // found[inWindow…]: this window's readings, chrono's first, then the words read alone
    const inWindow = found.length;
    const fromChrono = read.get(window);
    for (let i = 0; fromChrono && i < fromChrono.length; i++) {
      found.push(fromChrono[i]);
    }
    for (const trigger of window.triggers) {
      if (!overlapsAny(found, inWindow, trigger.start, trigger.end)) {
        const candidate = readWord(text, trigger);
        if (candidate) {
          found.push(candidate);
        }
      }
    }
  }
  return found;
}

// Windows are read in one chrono call (one call per window cost more than parsing itself). The separator holds
// no date and no word chrono's merging refiners accept between two dates, so readings never cross windows.
export const BATCH_SEPARATOR = '\n\n\u00a7\u00a7\n\n';

const NUMERIC_DATE = /^(\d{1,2})([/.])(\d{1,2})\2\d{2,4}$/;

/** 08/01/2008 is 8 January or August 1 depending on the locale: keep both numbers for `findDates` to order. */
function withDayMonthOrder(candidate: Candidate, surface: string): Candidate {
  const numbers = NUMERIC_DATE.exec(surface);
  const first = Number(numbers?.[1]);
  const second = Number(numbers?.[3]);
  if (!numbers || first > 12 || second > 12 || first === second || !candidate.value) {
    return candidate;
  }
  if (numbers[2] === '.') {
    // Dotted numeric dates (08.01.2008) are written day first wherever they are used.
    return { ...candidate, value: `${candidate.value.slice(0, 4)}-${numbers[3].padStart(2, '0')}-${numbers[1].padStart(2, '0')}${candidate.value.slice(10)}` };
  }
  return { ...candidate, dayMonthAmbiguous: [first, second, Number(candidate.value.slice(0, 4))] };
}

const NUMBER_AS_HOUR = /\s+at\s+\d{1,2}$/;
const CLOCK_COMPONENTS = new Set<chrono.Component>(['hour', 'minute', 'second', 'meridiem']);
const withoutClock = (components: Components): Components => ({
  isCertain: (component) => !CLOCK_COMPONENTS.has(component) && components.isCertain(component),
  get: (component) => (CLOCK_COMPONENTS.has(component) ? null : components.get(component)),
});

/** chrono's calendar parsers (5× faster than casual ones; the casual words are read by `readWord`). */
function readWindows(text: string, windows: Window[]): Map<Window, Candidate[]> {
  const read = new Map<Window, Candidate[]>();
  if (windows.length === 0) {
    return read;
  }
  const offsets: number[] = [];
  let batch = '';
  for (const window of windows) {
    offsets.push(batch.length);
    batch += text.slice(window.start, window.end) + BATCH_SEPARATOR;
  }
  let index = 0;
  for (const result of calendarParser.parse(batch, REFERENCE)) {
    while (index + 1 < offsets.length && offsets[index + 1] <= result.index) {
      index++;
    }
    const window = windows[index];
    const stripped = LEADING_PREPOSITION.exec(result.text);
    const offset = stripped ? stripped[0].length : 0;
    let surface = result.text
      .slice(offset)
      .replace(/\s+of$/i, '')
      .replace(/[\s,.]+$/, (tail: string, at: number, whole: string) => (tail === '.' && /\b[ap]\.m$/i.test(whole.slice(0, at)) ? tail : ''));
    const start = window.start + result.index - offsets[index] + offset;
    let parts: RangePart[] | null = null;
    // "Jan. 1, 1990 at 1,015 francs": the "hour" is the start of a number, not a clock time.
    const numberAsHour = NUMBER_AS_HOUR.exec(surface);
    if (numberAsHour && /^[,.]\d/.test(text.slice(start + surface.length, start + surface.length + 2))) {
      surface = surface.slice(0, numberAsHour.index);
      parts = [{ offset: 0, surface, components: withoutClock(result.start) }];
    }
    const end = start + surface.length;
    if (end > window.end || !overlapsAny(window.triggers, 0, start, end)) {
      continue;
    }
    if (!NAMED.test(surface) && !NUMERIC_FORMAT.test(surface)) {
      continue;
    }
    const list = read.get(window) ?? [];
    for (const part of parts ?? rangeParts(result.start, result.end, surface)) {
      const partStart = start + part.offset;
      const parsed = toCandidate(part.components, result.tags(), partStart, text.slice(Math.max(0, partStart - 20), partStart), part.surface);
      const candidate = parsed ? withDayMonthOrder(parsed, part.surface) : null;
      if (candidate) {
        list.push(candidate);
      }
    }
    read.set(window, list);
  }
  return read;
}

const RANGE_SEPARATOR = /\s*(?:[-–—]|\b(?:to|through|thru|until|till|and)\b)\s*/g;

interface RangePart {
  offset: number;
  surface: string;
  components: Components;
}

/** Each end's components, lent what the other end states ("March 3-5": the 5th of March; "May 2 to June 1, 2026"). */
function lend(own: chrono.ParsedComponents, other: chrono.ParsedComponents, lent: chrono.Component[]): Components {
  const borrowed = (component: chrono.Component): boolean => !own.isCertain(component) && lent.includes(component) && other.isCertain(component);
  return {
    isCertain: (component) => own.isCertain(component) || borrowed(component),
    get: (component) => (borrowed(component) ? other.get(component) : own.get(component)),
  };
}

/**
 * A range ("Aug. 26 to Oct. 20", "March 3-5") is two TIMEX expressions in TimeML, one for each end; chrono reads it
 * as one result with a start and an end.
 */
function rangeParts(from: chrono.ParsedComponents, to: chrono.ParsedComponents | null | undefined, surface: string): RangePart[] {
  if (!to) {
    return [{ offset: 0, surface, components: from }];
  }
  let separator: RegExpExecArray | null = null;
  RANGE_SEPARATOR.lastIndex = 0;
  for (let match = RANGE_SEPARATOR.exec(surface); match; match = RANGE_SEPARATOR.exec(surface)) {
    if (match.index > 0 && /\d|[a-z]\.?$/i.test(surface.slice(0, match.index))) {
      separator = match;
      break;
    }
  }
  if (!separator) {
    return [{ offset: 0, surface, components: from }];
  }
  const endOffset = separator.index + separator[0].length;
  return [
    { offset: 0, surface: surface.slice(0, separator.index), components: lend(from, to, ['year']) },
    { offset: endOffset, surface: surface.slice(endOffset), components: lend(to, from, ['year', 'month']) },
  ];
}
