import type { Candidate } from './candidate';
import { countedAt, rangeStartAt } from './countedDurations';
import type { UnitWord } from './lexicon';
import { roundTheClockIdioms } from './roundTheClock';
import { vagueAt, withCoordinatedUnit } from './vagueDurations';

// chrono reads "3 days ago" as a point, but knows neither durations ("almost 3-year", "the past decade"), nor
// modifiers, nor TIMEX duration values, so counts of time units are recognised here.

/**
 * Counted ("3 years", "almost 3-year", "two days ago") and vague ("for years") spans of time, found from the unit
 * word backwards (a regex that starts with optional words would be tried at every position).
 */
export function findUnitDurations(text: string, units: readonly UnitWord[]): Candidate[] {
  const found: Candidate[] = [];
  const roundTheClock = roundTheClockIdioms(text, units);
  for (const { index, word } of units) {
    const candidate = countedAt(text, index, word) ?? withCoordinatedUnit(text, vagueAt(text, index, word));
    if (candidate && !roundTheClock.some((idiom) => candidate.start < idiom.end && idiom.start < candidate.end)) {
      found.push(candidate);
      const first = candidate.type === 'DURATION' && !candidate.mod ? rangeStartAt(text, candidate.start, word) : null;
      if (first) {
        found.push(first);
      }
    }
  }
  return found;
}
