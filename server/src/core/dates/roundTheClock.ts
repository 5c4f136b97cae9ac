import type { UnitWord } from './lexicon';
import { skipSpaceBack } from '../structure';
import type { Span } from '../types';

// "24 hours a day", "seven days a week": the whole cycle means "all the time", neither a duration nor a frequency.
// Each idiom opens with a count before a unit word of the shared scan, so it is read there (at most one count can
// end before the word), not by a pass of its own over the text.
const ROUND_THE_CLOCK =
  /\b(?:(?:24|twenty-four)\s+hours\s+a\s+day|(?:7|seven)\s+days\s+a\s+week|365\s+days\s+a\s+year|(?:52|fifty-two)\s+weeks\s+a\s+year|(?:12|twelve)\s+months\s+a\s+year)\b/iy;
const CYCLE_UNIT = /^(?:hours|days|weeks|months)$/i;
const CYCLE_COUNT_END = /(?:24|twenty-four|7|seven|365|52|fifty-two|12|twelve)$/i;

/** The idioms for "all the time" in the text, from the unit words the shared scan found. */
export function roundTheClockIdioms(text: string, units: readonly UnitWord[]): Span[] {
  const idioms: Span[] = [];
  for (const { index, word } of units) {
    const countEnd = skipSpaceBack(text, 0, index);
    const count = countEnd < index && CYCLE_UNIT.test(word) ? CYCLE_COUNT_END.exec(text.slice(Math.max(0, countEnd - 11), countEnd)) : null;
    ROUND_THE_CLOCK.lastIndex = countEnd - (count?.[0].length ?? 0);
    const idiom = count && ROUND_THE_CLOCK.exec(text);
    if (idiom) {
      idioms.push({ start: idiom.index, end: idiom.index + idiom[0].length });
    }
  }
  return idioms;
}
