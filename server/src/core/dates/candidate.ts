import type { DateType } from '../types';
import type { Anchor, Direction, Ymd } from './calendar';

/** What a relative expression is resolved against. */
export interface ResolveContext {
  /** The article's date (or the best partial of it). */
  anchor: Anchor | null;
  /** The last day-precise date mentioned before the expression ("the previous day" follows it). */
  narrative: Ymd | null;
  /** The value of the last calendar date of any precision mentioned before it (2009-01, 2008-Q3, 2008). */
  previous: string | null;
  /** Tense around the expression: decides whether a bare weekday or month lies before or after the anchor. */
  direction: Direction;
  /** The quarter or half being reported on: the last one named that had ended by the anchor (see focusPeriods.ts). */
  reportedQuarter: string | null;
  /** The period being reported on: that quarter, or the year of a span named after it ("the first nine months"). */
  reportedPeriod: string | null;
}

/** A temporal expression found by a recogniser, before overlaps are settled and relative values resolved. */
export interface Candidate {
  start: number;
  end: number;
  type: DateType;
  mod?: string;
  /** Breaks ties between candidates with the same extent: higher wins. */
  priority: number;
  /** The value when the expression fixes it by itself (2008-03-01, P3Y, PRESENT_REF). */
  value?: string;
  /** For relative expressions: the value given the context, or null when the context lacks what it needs. */
  resolve?: (context: ResolveContext) => string | null;
  /** Relative to the narrative (previous, same, next day) rather than to the article's date. */
  narrative?: boolean;
  /** Refers back to a date named before it ("the same month a year ago"), so later ones do not refer to it. */
  backReference?: boolean;
  /** A span of the business year reported on ("the first nine months"): periods compared with it are years. */
  reportingSpan?: boolean;
  /** For a clock time without a day ("at 18:00 UTC"): its time part (T18:00Z), to join the day it belongs to. */
  clock?: string;
  /** A numeric date whose day and month could be either way round (08/01/2008): [first, second, year]. */
  dayMonthAmbiguous?: [number, number, number];
  /** The TIMEX value with X's given when the anchor is unknown (XXXX-XX-XX, XXXX-WXX-2). */
  unresolvedValue?: string;
}

/**
 * `candidate` with every property written, in one order (undefined where it has none). The recognisers build
 * candidates of many shapes; a list mixing them makes V8 throw away the optimised code of every stage that reads it
 * (selecting, joining, resolving), so a first pass recompiles them again and again.
 */
export function candidateRecord(candidate: Candidate): Candidate {
  return {
    start: candidate.start,
    end: candidate.end,
    type: candidate.type,
    mod: candidate.mod,
    priority: candidate.priority,
    value: candidate.value,
    resolve: candidate.resolve,
    narrative: candidate.narrative,
    backReference: candidate.backReference,
    reportingSpan: candidate.reportingSpan,
    clock: candidate.clock,
    dayMonthAmbiguous: candidate.dayMonthAmbiguous,
    unresolvedValue: candidate.unresolvedValue,
  };
}
