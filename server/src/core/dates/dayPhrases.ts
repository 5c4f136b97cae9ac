import { addDays, isoDay, isoWeek, parseIsoDay } from './calendar';
import { candidateRecord, type Candidate } from './candidate';
import { packedMap } from '../packedMap';

// A day named inside a phrase that makes another date of it: "the week of March 6" (its ISO week), "the day before
// last Tuesday's hearing" (the day before it). The inner date is found first; the phrase is joined after.

const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)$|^XXXX-WXX-\d$/;

/** Whether a candidate names a single day (a date, a weekday, today), so a clock time or a phrase can take it. */
export function namesDay(candidate: Candidate): boolean {
  if (candidate.clock !== undefined || candidate.type !== 'DATE') {
    return false;
  }
  return DAY_VALUE.test(candidate.value ?? candidate.unresolvedValue ?? '');
}

const PHRASE_BEFORE = /\bthe\s+(?:(week)\s+of|(day)\s+(before|after))\s+$/i;

/** Joins "the week of" / "the day before" / "the day after" and the day named after it into one date. */
export function joinDayPhrases(candidates: Candidate[], text: string): Candidate[] {
  let previousEnd = 0;
  return packedMap(candidates, (candidate) => {
    const before = namesDay(candidate) ? PHRASE_BEFORE.exec(text.slice(Math.max(previousEnd, candidate.start - 20), candidate.start)) : null;
    previousEnd = candidate.end;
    const week = before?.[1] !== undefined;
    const shift = before?.[3]?.toLowerCase() === 'before' ? -1 : 1;
    const moved = (value: string | null | undefined): string | null => {
      const day = parseIsoDay(value);
      return day ? (week ? isoWeek(day) : isoDay(addDays(day, shift))) : null;
    };
    const fixed = candidate.value === undefined ? undefined : moved(candidate.value);
    const resolve = candidate.resolve;
    if (!before || fixed === null) {
      return candidate;
    }
    return candidateRecord({
      ...candidate,
      start: candidate.start - before[0].length,
      value: fixed,
      resolve: resolve ? (context) => moved(resolve(context)) : undefined,
      unresolvedValue: week ? 'XXXX-WXX' : 'XXXX-XX-XX',
    });
  });
}

const OPENING_PARENTHESIS = /^\s*\(\s*$/;

/**
 * "will leave at 4 in the morning (4 a.m. EDT Thursday)": a clock time restated in parentheses with its day takes
 * that day (the restatement is a timex of its own).
 */
export function lendRestatedDays(candidates: Candidate[], text: string): Candidate[] {
  return packedMap(candidates, (candidate, index) => {
    const restated = candidates[index + 1];
    if (candidate.clock === undefined || !restated || restated.type !== 'TIME' || restated.clock !== undefined) {
      return candidate;
    }
    if (!OPENING_PARENTHESIS.test(text.slice(candidate.end, restated.start))) {
      return candidate;
    }
    const time = candidate.clock;
    const dayOf = (value: string | null | undefined): string | null => (value && DAY_PREFIX.test(value) ? value.slice(0, 10) + time : null);
    const resolveRestated = restated.resolve;
    const fixed = restated.value === undefined ? undefined : dayOf(restated.value);
    return candidateRecord({
      ...candidate,
      clock: undefined,
      value: fixed ?? undefined,
      resolve: resolveRestated ? (context) => dayOf(resolveRestated(context)) : undefined,
      unresolvedValue: `XXXX-XX-XX${time}`,
    });
  });
}

const DAY_PREFIX = /^\d{4}-\d{2}-\d{2}T/;
