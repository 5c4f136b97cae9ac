import * as chrono from 'chrono-node';
import type { PublishedBasis, Span, TextSpan, TextStructure } from '../types';
import { isoDay, isoMonth, isoYear, isValidDay, parseIsoDay, weekdayOf } from './calendar';
import { tenseAround } from './tense';
import { BATCH_SEPARATOR, calendarParser, findChronoDates } from './chronoPass';
import { monthNumber, MONTH_PATTERN, weekdayNumber } from './lexicon';
import { matchesOf } from '../matches';
import { isBlank } from '../structure';
import { packedMap } from '../packedMap';

/** One piece of evidence for the publication date. */
export interface PublishedClue {
  basis: Exclude<PublishedBasis, 'unknown'>;
  /** YYYY-MM-DD */
  value?: string;
  /** YYYY-MM or YYYY */
  partial?: string;
  evidence: TextSpan;
  reason: string;
}

const HEAD_LINES = 15;
const TAIL_LINES = 10;
const REFERENCE: chrono.ParsingReference = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

const span = (text: string, start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) });

interface FullDate {
  start: number;
  end: number;
  value: string;
}

interface LineSpan {
  start: number;
  end: number;
  index: number;
}

// Both the stated and the caption clues read the head lines: each line is read once, all in one chrono call.
const lineDates = new WeakMap<TextStructure, Map<number, FullDate[]>>();

const DIGIT = /\d/;
// Cheap first test (a regex starting with a lookbehind is tried at every position): a month's letters or two numbers.
const MONTH_LETTERS_OR_NUMBERS = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d[-./\s]\d/i;
// What chrono's calendar parsers need for a full date: a month name that no letter runs into (but a glued "of" or
// ordinal: "1stJan"; glued after it, only the start of an ordinal word: "Mayfifth"), or a numeric date with its year
// ("2025-12-02", "12.2.2025", "8/1/08"). Prose with "may", "market" or "2025 and" is not read. The edge before the
// month is tested after it (a regex starting with a lookbehind is tried at every position: several times slower).
const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH_OR_NUMERIC_DATE = new RegExp(
  String.raw`${MONTH_NAME}(?![a-df-mo-ru-z])(?<=(?:^|[^a-z]|of|st|nd|rd|th)${MONTH_NAME})|\d{4}[-./\s]\d{1,2}[-./\s]\d|\d[-./]\d{1,2}[-./]\d\d`,
  'i',
);

/**
 * Dates with year, month and day all written out, per line, read by chrono's calendar parsers in one call for all
 * new lines. Only a line with a digit (the year is written in figures) and a month name or a numeric date can hold
 * one; relative phrases ("today", "2 hours ago") are no printed date.
 */
const NUMERIC_DAY_MONTH = /^(\d{1,2})([/.])(\d{1,2})\2\d{2,4}\b/;

function fullDatesIn(structure: TextStructure, lines: LineSpan[]): FullDate[][] {
  const { text } = structure;
  const known = lineDates.get(structure) ?? new Map<number, FullDate[]>();
  lineDates.set(structure, known);
  const unread: LineSpan[] = [];
  const offsets: number[] = [];
  let batch = '';
  for (const line of lines) {
    if (known.has(line.index)) {
      continue;
    }
    known.set(line.index, []);
    const lineText = text.slice(line.start, line.end);
    if (DIGIT.test(lineText) && MONTH_LETTERS_OR_NUMBERS.test(lineText) && MONTH_OR_NUMERIC_DATE.test(lineText)) {
      unread.push(line);
      offsets.push(batch.length);
      batch += lineText + BATCH_SEPARATOR;
    }
  }
  let at = 0;
  for (const result of unread.length > 0 ? calendarParser.parse(batch, REFERENCE) : []) {
    while (at + 1 < offsets.length && offsets[at + 1] <= result.index) {
      at++;
    }
    const components = result.start;
    if (!(components.isCertain('year') && components.isCertain('month') && components.isCertain('day'))) {
      continue;
    }
    const year = components.get('year') ?? 0;
    const line = unread[at];
    const preposition = /^(?:on|at|in)\s+/i.exec(result.text)?.[0].length ?? 0;
    const surface = result.text.slice(preposition).replace(/[\s,.]+$/, '');
    const numeric = NUMERIC_DAY_MONTH.exec(surface);
    if (numeric && numeric[2] === '/' && Number(numeric[1]) <= 12 && Number(numeric[3]) <= 12 && numeric[1] !== numeric[3]) {
      continue; // 08/01/2008: day or month first is the locale's to say, not the page's date to guess
    }
    // Dotted numeric dates (08.01.2008) are written day first wherever they are used.
    const dotted = numeric?.[2] === '.';
    const month = dotted ? Number(numeric[3]) : (components.get('month') ?? 0);
    const day = dotted ? Number(numeric[1]) : (components.get('day') ?? 0);
    const from = line.start + result.index - offsets[at] + preposition;
    if (isValidDay(year, month, day) && from + surface.length <= line.end) {
      known.get(line.index)?.push({ start: from, end: from + surface.length, value: isoDay({ year, month, day }) });
    }
  }
  return packedMap(lines, (line) => known.get(line.index) ?? []);
}

/** No non-space character in the line's first 400. */
const isBlankLine = (structure: TextStructure, line: { start: number; end: number }): boolean =>
  isBlank(structure.text, line.start, Math.min(line.end, line.start + 400));

/** The first and last lines, plus any line the boilerplate detector calls metadata, dateline or byline. */
function headAndTailLines(structure: TextStructure, furniture: Span[] = []): LineSpan[] {
  const { lines } = structure;
  const head: typeof lines = [];
  let next = 0;
  for (; next < lines.length && head.length < HEAD_LINES; next++) {
    if (!isBlankLine(structure, lines[next])) {
      head.push(lines[next]);
    }
  }
  const tail: typeof lines = [];
  for (let index = lines.length - 1; index >= next && tail.length < TAIL_LINES; index--) {
    if (!isBlankLine(structure, lines[index])) {
      tail.unshift(lines[index]);
    }
  }
  const picked = [...head, ...tail];
  const seen = new Set(picked.map((line) => line.index));
  for (const block of furniture) {
    const line = lines[structure.lineAt(block.start)];
    if (!seen.has(line.index)) {
      seen.add(line.index);
      picked.push(line);
    }
  }
  return picked.map((line) => ({ start: line.start, end: Math.min(line.end, line.start + 400), index: line.index }));
}

const METADATA_LABEL =
  /\b((?:first |last )?(?:published|posted|updated|modified|created|released)|publication date|date)\s*[:\-–—|]?\s*(?:on\s+)?/gi;
const HAS_METADATA_LABEL = new RegExp(METADATA_LABEL.source, 'i');
const mayHoldLabelledDate = (line: string): boolean => DIGIT.test(line) && MONTH_LETTERS_OR_NUMBERS.test(line) && HAS_METADATA_LABEL.test(line);
/** Index of the last line a dateline or a byline's timestamp may stand on. */
const DATELINE_LAST_LINE = 6;
const AGENCY_DATELINE = /^\s*[A-Z][A-Z .'’-]{2,},/;
const BYLINE_LINE = /^\s*By\s+\p{Lu}/u;

/** A date the page prints as its own: a metadata line ("date 2025-12-02", "Published: …"), or a dateline. */
export function statedClues(structure: TextStructure, furniture: Span[] = []): PublishedClue[] {
  const { text } = structure;
  const clues: PublishedClue[] = [];
  // Past the dateline's lines only a date right after a label counts: a line without a label is not read (the
  // label is looked for only in a line that passes the cheap tests for a date, as most lines fail those).
  const lines = headAndTailLines(structure, furniture).filter((line) => line.index <= DATELINE_LAST_LINE || mayHoldLabelledDate(text.slice(line.start, line.end)));
  const datesPerLine = fullDatesIn(structure, lines);
  for (const [at, line] of lines.entries()) {
    const dates = datesPerLine[at];
    if (dates.length === 0) {
      continue;
    }
    const lineText = text.slice(line.start, line.end);
    for (const label of matchesOf(lineText, METADATA_LABEL)) {
      const labelStart = line.start + label.index;
      const date = dates.find((candidate) => candidate.start === labelStart + label[0].length);
      if (date) {
        const updated = /updated|modified/i.test(label[1]);
        clues.push({ basis: 'stated', value: date.value, evidence: span(text, labelStart, date.end), reason: updated ? 'update date printed on the page' : 'publication date printed on the page' });
      }
    }
    const printed = lineText.replace(/\s+/g, '').length;
    const first = dates[0];
    const dominates = (first.end - first.start) / Math.max(1, printed) >= 0.6;
    if (line.index <= DATELINE_LAST_LINE && (dominates || (AGENCY_DATELINE.test(lineText) && first.start - line.start < 40))) {
      clues.push({ basis: 'stated', value: first.value, evidence: span(text, first.start, first.end), reason: 'dateline' });
    } else if (line.index <= DATELINE_LAST_LINE && BYLINE_LINE.test(lineText)) {
      clues.push({ basis: 'stated', value: first.value, evidence: span(text, first.start, first.end), reason: 'byline timestamp' });
    }
  }
  // A labelled publication date beats a bare dateline, which beats an update date.
  const rank = (clue: PublishedClue): number => (/update/.test(clue.reason) ? 2 : clue.reason === 'dateline' ? 1 : 0);
  return clues.sort((a, b) => rank(a) - rank(b));
}

/** A full date closing a line near the top (a photo caption's date): the day the pictured event took place. */
export function captionClues(structure: TextStructure): PublishedClue[] {
  const { text } = structure;
  const clues: PublishedClue[] = [];
  const lines = headAndTailLines(structure).slice(0, HEAD_LINES);
  const datesPerLine = fullDatesIn(structure, lines);
  for (const [at, line] of lines.entries()) {
    const dates = datesPerLine[at];
    const last = dates[dates.length - 1];
    // Wire captions end "… in Brussels, Belgium December 2, 2025.": the date follows a place name, not "by"/"on".
    const before = text.slice(Math.max(line.start, (last?.start ?? 0) - 30), last?.start ?? 0);
    const afterPlace = /[A-Z][\w.'’-]*,?\s+$/.test(before) && !/\b(?:on|by|in|until|before|after|since|from|to|of|through|at)\s+$/i.test(before);
    if (last && afterPlace && /^[\s.)]*$/.test(text.slice(last.end, line.end)) && last.start - line.start > 20) {
      clues.push({ basis: 'inferred', value: last.value, evidence: span(text, last.start, last.end), reason: 'date at the end of a caption line near the top' });
    }
  }
  return clues;
}

// A 24-hex-digit object id (as used in image and article URLs) starts with its creation time in Unix seconds.
const OBJECT_ID = /[/=_-]([0-9a-f]{24})(?=[./?#&_-]|$)/g;
const URL_DATE = /\/((?:19|20)\d\d)[/._-](0[1-9]|1[0-2])(?:[/._-](0[1-9]|[12]\d|3[01]))?(?=[/._-])/g;

export function urlClues(structure: TextStructure): PublishedClue[] {
  const { text } = structure;
  const clues: PublishedClue[] = [];
  for (const match of matchesOf(text, OBJECT_ID)) {
    const created = new Date(parseInt(match[1].slice(0, 8), 16) * 1000);
    const year = created.getUTCFullYear();
    if (year >= 2009 && year <= 2040) {
      const value = isoDay({ year, month: created.getUTCMonth() + 1, day: created.getUTCDate() });
      clues.push({ basis: 'inferred', value, evidence: span(text, match.index + 1, match.index + 25), reason: `hex Unix timestamp in a URL id (${created.toISOString().slice(0, 19)}Z)` });
    }
  }
  for (const match of matchesOf(text, URL_DATE)) {
    const [whole, year, month, day] = match;
    const start = match.index + 1;
    const evidence = span(text, start, match.index + whole.length);
    if (day && isValidDay(Number(year), Number(month), Number(day))) {
      clues.push({ basis: 'inferred', value: `${year}-${month}-${day}`, evidence, reason: 'date in a URL path' });
    } else {
      clues.push({ basis: 'inferred', partial: isoMonth(Number(year), Number(month)), evidence, reason: 'year and month in a URL path' });
    }
  }
  return clues;
}

/** "on Tuesday" (told in the past) and an absolute date that is a Tuesday: the report is of that day (the latest such). */
export function weekdayClues(structure: TextStructure): PublishedClue[] {
  const { text } = structure;
  const candidates = findChronoDates(structure);
  // Only the latest absolute date counts: an older one on the same weekday is history, not the news of the day.
  let latest: { start: number; end: number; value: string } | null = null;
  for (const candidate of candidates) {
    if (candidate.value !== undefined && parseIsoDay(candidate.value) && (!latest || candidate.value > latest.value)) {
      latest = { start: candidate.start, end: candidate.end, value: candidate.value };
    }
  }
  const day = parseIsoDay(latest?.value);
  if (!latest || !day) {
    return [];
  }
  const weekday = weekdayOf(day);
  // Only a weekday told in the past reports the day's news: "markets reopen Tuesday" lies after publication.
  const reported = candidates.some(
    (candidate) => weekdayNumber(text.slice(candidate.start, candidate.end)) === weekday && tenseAround(text, candidate.start, candidate.end) === 'past',
  );
  return reported
    ? [{ basis: 'inferred', value: latest.value, evidence: span(text, latest.start, latest.end), reason: 'the latest absolute date falls on the weekday the text reports events on' }]
    : [];
}

const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)/gi;
const CURRENT_MONTH = new RegExp(`\\b(?:later|earlier)\\s+(?:in|this)\\s+(${MONTH_PATTERN})\\b(?!\\s*\\d)`, 'g');

/** The year a copyright notice runs to, narrowed to a month by "later in November" (still this month). */
export function partialClues(structure: TextStructure): PublishedClue[] {
  const { text } = structure;
  const copyright = [...matchesOf(text, COPYRIGHT)].pop();
  if (!copyright) {
    return [];
  }
  const year = Number(copyright[1]);
  const evidence = span(text, copyright.index, copyright.index + copyright[0].length);
  const month = matchesOf(text, CURRENT_MONTH).next();
  if (!month.done) {
    const number = monthNumber(month.value[1]);
    if (number) {
      const monthSpan = span(text, month.value.index, month.value.index + month.value[0].length);
      return [{ basis: 'inferred', partial: isoMonth(year, number), evidence: monthSpan, reason: `"${monthSpan.text}" is still this month; the copyright notice runs to ${year}` }];
    }
  }
  return [{ basis: 'inferred', partial: isoYear(year), evidence, reason: 'the year the copyright notice runs to' }];
}
