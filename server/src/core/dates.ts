import { anchorDay, isoDay, parseAnchor, parseIsoDay, type Anchor, type Ymd } from './dates/calendar';
import { candidateRecord, type Candidate, type ResolveContext } from './dates/candidate';
import { tenseAround } from './dates/tense';
import { findChronoDates } from './dates/chronoPass';
import { dateWords, modifierMod, type UnitWord } from './dates/lexicon';
import { findUnitDurations } from './dates/durations';
import { findSets } from './dates/sets';
import { findReferences } from './dates/refs';
import { findSamePeriods } from './dates/samePeriod';
import { findRuns } from './dates/runs';
import { findFocusPeriods, nextFocus, type ReportingFocus } from './dates/focusPeriods';
import { findClockTimes, findMilitaryTimes } from './dates/clock';
import { ambiguousDateOrder, orderedValue, type DayMonthOrder } from './dates/dayMonthOrder';
import { findCompositions } from './dates/compositions';
import { joinDayPhrases, lendRestatedDays, namesDay } from './dates/dayPhrases';
import { findCoordinatedDays } from './dates/coordinatedDays';
import { findPartsOf } from './dates/partsOf';
import { findHolidays } from './dates/holidays';
import { isInName } from './dates/names';
import { findSpokenYears } from './dates/spokenYears';
import { findPartsOfDay, findPeriodEnds, findSeasons, findThePeriod, findWeekdaySets } from './dates/periods';
import { findNarrativeDays, findRelativeUnits, findWithinPhrases } from './dates/relative';
import { findShiftedNames } from './dates/shiftedNames';
import { unifyWeekdays } from './dates/sameWeekday';
import { appositions } from './dates/apposition';
import { findDecades, findQuarters, findTwoDigitYears, findYears } from './dates/years';
import type { Boilerplate, DateExpression, PublishedDate, TextStructure } from './types';
import { partitionPoint } from './partitionPoint';
import { packedMap } from './packedMap';

// Each rule is a regex over the whole text (a pass over 1 MB costs a few ms when warm), or starts from the words
// that one shared scan finds: the unit words ("years", "weekly"), a few others ("half", "period") and the seasons.
// Running rules only on stretches around keywords was tried and measured no faster: the per-stretch overhead ate
// the gain.
const RULES: ((text: string, units: readonly UnitWord[], words: readonly UnitWord[], seasons: readonly UnitWord[]) => Candidate[])[] = [
  findUnitDurations,
  findSets,
  findRelativeUnits,
  findNarrativeDays,
  findShiftedNames,
  findWithinPhrases,
  findSamePeriods,
  findRuns,
  findFocusPeriods,
  findPartsOfDay,
  findSeasons,
  findThePeriod,
  findPeriodEnds,
  findWeekdaySets,
  findMilitaryTimes,
  findClockTimes,
  findCompositions,
  findPartsOf,
  findYears,
  findDecades,
  findTwoDigitYears,
  findQuarters,
  findReferences,
  findHolidays,
  findSpokenYears,
];

/** Every recogniser's candidates, overlapping ones included. */
export function findCandidates(structure: TextStructure): Candidate[] {
  const chronoDates = findChronoDates(structure);
  const found = [...chronoDates, ...findCoordinatedDays(structure.text, chronoDates)];
  const { units, words, seasons } = dateWords(structure.text);
  for (const rule of RULES) {
    found.push(...rule(structure.text, units, words, seasons));
  }
  const kept: Candidate[] = [];
  for (const candidate of found) {
    if (!isInName(structure.text, candidate)) {
      kept.push(candidateRecord(candidate));
    }
  }
  return kept;
}

/** Keeps the longest of overlapping candidates (then the higher priority), in text order. */
export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  // Overlaps only happen within a cluster of chained overlapping candidates, which is small: settle each apart.
  for (let first = 0; first < byStart.length; ) {
    let last = first + 1;
    let clusterEnd = byStart[first].end;
    while (last < byStart.length && byStart[last].start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, byStart[last].end);
      last++;
    }
    const cluster = byStart
      .slice(first, last)
      .sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
    const chosen: Candidate[] = [];
    for (const candidate of cluster) {
      if (!chosen.some((other) => other.start < candidate.end && candidate.start < other.end)) {
        chosen.push(candidate);
      }
    }
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    first = last;
  }
  return kept;
}

const DATE_MODIFIER_BEFORE =
  /\b(early|late|mid-|about|around|roughly|approximately|the (?:end|start|beginning|middle|turn|first half|second half) of|(?:earlier|later|late|early) in)\s*$/i;
const DURATION_MODIFIER_BEFORE =
  /\b(almost|nearly|about|around|approximately|roughly|some|over|more than|less than|at least|at most|up to|under|just over|just under)\s+$/i;

/** Takes a modifier in front of the expression into its span ([early June], [about 20 years]) and sets its mod. */
export function extendModifiers(candidates: Candidate[], text: string): Candidate[] {
  let previousEnd = 0;
  return packedMap(candidates, (candidate) => {
    let result = candidate;
    if (!candidate.mod && candidate.type !== 'SET' && !governedByPreposition(candidate, text)) {
      const before = text.slice(Math.max(previousEnd, candidate.start - 30), candidate.start);
      // In "over the next four years" the word is a preposition, not the MORE_THAN of "over four years".
      const determined = candidate.type === 'DURATION' && /^the\s/i.test(text.slice(candidate.start, candidate.start + 4));
      const match = determined ? null : (candidate.type === 'DURATION' ? DURATION_MODIFIER_BEFORE : DATE_MODIFIER_BEFORE).exec(before);
      if (match) {
        const mod = /\bin$/i.test(match[1]) ? undefined : modifierMod(match[1]);
        result = candidateRecord({ ...candidate, start: candidate.start - (before.length - match.index), mod: mod ?? candidate.mod });
      }
    }
    previousEnd = result.end;
    return result;
  });
}

// "concerned about recent moves", "talk about the future", "get around Wednesday's ruling": before a vague reference
// or a date owning a noun, "about" and "around" are prepositions or particles, not APPROX.
const REFERENCE_VALUE = /_REF$/;
const POSSESSIVE_AFTER = /^['’]s\b/;
const governedByPreposition = (candidate: Candidate, text: string): boolean =>
  REFERENCE_VALUE.test(candidate.value ?? '') || POSSESSIVE_AFTER.test(text.slice(candidate.end, candidate.end + 3));

const JOINER = /^(?:\s*,?\s*|\s+(?:on|at)\s+|,\s+(?:on|at)\s+)$/;

/**
 * Joins a clock time and the day next to it ("12:00 UTC Monday", "Tuesday at 18:00") into one TIME expression,
 * as TimeML annotates them.
 */
export function joinClockTimes(candidates: Candidate[], text: string): Candidate[] {
  const joined: Candidate[] = [];
  for (let index = 0; index < candidates.length; index++) {
    const first = candidates[index];
    const second = candidates[index + 1];
    const pair = second && JOINER.test(text.slice(first.end, second.start)) ? [first, second] : null;
    const clock = pair?.find((candidate) => candidate.clock !== undefined);
    const day = pair?.find((candidate) => namesDay(candidate));
    if (!pair || !clock || !day) {
      joined.push(first);
      continue;
    }
    const time = clock.clock ?? '';
    const resolveDay = day.resolve;
    // "10:35 a.m. (0735 GMT) Friday": the restated time closes the clock's expression; it takes the day after it
    // but stays apart from it, as TimeBank annotates it.
    const apart = clock === first && RESTATED_TIME_END.test(text.slice(first.start, first.end));
    joined.push(
      candidateRecord({
        start: first.start,
        end: apart ? first.end : second.end,
        type: 'TIME',
        priority: day.priority,
        value: day.value !== undefined ? day.value + time : undefined,
        resolve: resolveDay ? (context: ResolveContext) => withClock(resolveDay(context), time) : undefined,
        unresolvedValue: (day.unresolvedValue ?? 'XXXX-XX-XX') + time,
      }),
    );
    if (apart) {
      joined.push(day);
    }
    index++;
  }
  return joined;
}

const RESTATED_TIME_END = /\(\d{4}\s?(?:GMT|UTC)\)$/;
const withClock = (value: string | null, clock: string): string | null => (value === null ? null : value + clock);

const CALENDAR_VALUE = /^\d{4}(?:-|$)/;

// "the fiscal first quarter ended Sept. 30 … a year ago": the day tells which quarter is meant (TIDES annotates "the
// fourth quarter ended Sept. 30" as one timex), so what is compared later is still the quarter, not that day.
const PERIOD_ENDED_BEFORE = /\b(?:quarter|half|period)\s+(?:ended|ending)\s+$/i;
const PERIOD_VALUE = /^\d{4}-(?:Q[1-4]|H[12])$/;
const endsNamedPeriod = (text: string, start: number, previous: string | null): boolean =>
  previous !== null && PERIOD_VALUE.test(previous) && PERIOD_ENDED_BEFORE.test(text.slice(Math.max(0, start - 24), start));

/** The anchor relative dates are resolved against: the published day, else its known month or year. */
export function anchorOf(published: PublishedDate): Anchor | null {
  return parseAnchor(published.value) ?? parseAnchor(published.partial);
}

/** Whether an offset lies in a boilerplate block: a binary search over the blocks by start (any may overlap). */
function furnitureTest(boilerplate: Boilerplate[]): (offset: number) => boolean {
  const blocks = [...boilerplate].sort((a, b) => a.start - b.start);
  let reach = -Infinity;
  const reachUpTo = packedMap(blocks, (block) => (reach = Math.max(reach, block.end)));
  return (offset) => {
    const low = partitionPoint(blocks.length, (index) => blocks[index].start <= offset);
    return low > 0 && reachUpTo[low - 1] > offset;
  };
}

/** Temporal expressions with TIMEX3 values resolved against the published date. */
export function findDates(
  structure: TextStructure,
  published: PublishedDate,
  boilerplate: Boilerplate[],
  dayMonthOrder?: DayMonthOrder,
): DateExpression[] {
  const { text } = structure;
  const anchor = anchorOf(published);
  const anchorIso = anchorDay(anchor);
  const inFurniture = furnitureTest(boilerplate);
  const orderFor = ambiguousDateOrder(text, dayMonthOrder);
  let narrative: Ymd | null = null;
  let narrativeEnd = -1;
  let previous: string | null = null;
  let focus: ReportingFocus = { quarter: null, period: null };
  const dates: DateExpression[] = [];
  const settleApposition = appositions(text);
  for (const candidate of extendModifiers(lendRestatedDays(joinDayPhrases(joinClockTimes(selectCandidates(findCandidates(structure)), text), text), text), text)) {
    const expression: DateExpression = {
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      value: candidate.dayMonthAmbiguous ? orderedValue(candidate.dayMonthAmbiguous, orderFor()) : (candidate.value ?? ''),
      type: candidate.type,
      relative: candidate.resolve !== undefined,
      ...(candidate.mod ? { mod: candidate.mod } : {}),
    };
    if (candidate.resolve) {
      // A clock time alone belongs to the day the sentence is about, when one was just named.
      const sameSentence = narrativeEnd >= 0 && !/[.!?]\s/.test(text.slice(narrativeEnd, candidate.start));
      const value =
        candidate.clock !== undefined && narrative && sameSentence
          ? isoDay(narrative) + candidate.clock
          : candidate.resolve({
              anchor,
              narrative,
              previous,
              reportedQuarter: focus.quarter,
              reportedPeriod: focus.period,
              // Reading the tense costs a few regexes; only weekday, month and quarter rules ask for it.
              get direction() {
                return tenseAround(text, candidate.start, candidate.end);
              },
            });
      const used = candidate.narrative && narrative ? narrative : anchorIso;
      if (value === null) {
        expression.value = candidate.unresolvedValue ?? 'XXXX-XX-XX';
        expression.unresolved = true;
      } else {
        expression.value = value;
        if (used) {
          expression.anchor = isoDay(used);
        }
      }
    }
    settleApposition(dates, expression);
    const day = parseIsoDay(expression.value);
    if (!inFurniture(candidate.start)) {
      focus = nextFocus(focus, expression.value, candidate, anchor, text);
      previous = candidate.reportingSpan ? (focus.period ?? previous) : previous;
    }
    if (expression.type === 'DATE' && CALENDAR_VALUE.test(expression.value) && !inFurniture(candidate.start)) {
      previous = candidate.backReference || endsNamedPeriod(text, candidate.start, previous) ? previous : expression.value;
      if (day) {
        narrative = day;
        narrativeEnd = candidate.end;
      }
    }
    dates.push(expression);
  }
  unifyWeekdays(dates, (date) => !inFurniture(date.start));
  return dates;
}
