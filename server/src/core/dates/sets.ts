import type { Candidate } from './candidate';
import { durationValue, type UnitCode, type UnitWord } from './lexicon';

// Frequencies (TIMEX SET) named by one word or "every"/"each"/"per" and a unit.

const SET_ADVERB = /^(?:daily|weekly|monthly|quarterly|annual|annually|yearly|hourly)$/i;
const SET_UNIT = /^(?:day|week|month|year|hour|quarter)$/i;
const EVERY_BEFORE = /\b(?:every|each|per)\s+$/i;

/** Frequencies (TIMEX SET): "weekly" → P1W, "every year" → P1Y ("twice a day" is read with the counts). */
export function findSets(text: string, units: readonly UnitWord[]): Candidate[] {
  const found: Candidate[] = [];
  for (const { index, word } of units) {
    const every = SET_UNIT.test(word) ? EVERY_BEFORE.exec(text.slice(Math.max(0, index - 12), index)) : null;
    if (!every && !SET_ADVERB.test(word)) {
      continue;
    }
    if (/^quarterly$/i.test(word) && /^\s+[a-z]/.test(text.slice(index + word.length, index + word.length + 3))) {
      continue; // "a quarterly dividend": a kind of payment, which TimeML leaves unannotated
    }
    const lower = word.toLowerCase();
    const unit: UnitCode = lower.startsWith('dai') || lower === 'day' ? 'D'
      : lower.startsWith('week') ? 'W'
      : lower.startsWith('month') ? 'M'
      : lower.startsWith('quarter') ? 'Q'
      : lower.startsWith('hour') ? 'H'
      : 'Y';
    found.push({ start: index - (every ? every[0].length : 0), end: index + word.length, type: 'SET', priority: 0, value: durationValue(1, unit) });
  }
  return found;
}
