import { addDays, addMonths, anchorDay, isoDay, isoMonth, isoYear } from './calendar';
import type { Candidate } from './candidate';
import {
  durationValue,
  MODIFIER_PATTERN,
  modifierMod,
  NUMBER_PATTERN,
  numberValue,
  UNIT_PATTERN,
  unitCode,
  VAGUE_COUNT_PATTERN,
  type UnitCode,
} from './lexicon';

// chrono reads "3 days ago" as a point, but knows neither durations ("almost 3-year", "the past decade"), nor
// modifiers, nor TIMEX duration values, so counts of time units are recognised here.

// Found from the unit word backwards: a regex that starts with optional words would be tried at every position.
const UNIT_WORD = new RegExp(`\\b${UNIT_PATTERN}\\b`, 'gi');
const COUNT_BEFORE = new RegExp(
  `\\b(?:(${MODIFIER_PATTERN})\\s+)?(?:(the\\s+(?:past|last|next|first|coming|previous|following|final|remaining)\\s+)|(an?\\s+))?` +
    `(${NUMBER_PATTERN}|${VAGUE_COUNT_PATTERN})((?:[- ]and[- ]a[- ]half)?)[- ]` +
    `(?:(?:straight|consecutive|trading|calendar|full|long|short|working|business)[- ])?$`,
  'i',
);
const UNIT_AFTER = /^(?:(-(?:long|old))|\s+(ago|back|earlier|later|from now))?\b/i;

// An article plus a unit ("a year") is counted only where a preposition or quantifier makes it a span of time;
// "a day" alone is too often part of a frequency ("twice a day") or an idiom.
const ARTICLE_COUNT_CONTEXT = /\b(?:for|over|within|during|after|in|than|about|nearly|almost|around|past|last|next|first)\s+$/i;

function pointFromCount(count: number, unit: UnitCode, sign: 1 | -1, fromNarrative = false): Candidate['resolve'] {
  return (context) => {
    const anchor = fromNarrative && context.narrative ? { ...context.narrative } : context.anchor;
    if (!anchor) {
      return null;
    }
    const whole = Math.round(count);
    if (unit === 'Y' || unit === 'DE' || unit === 'CE') {
      const years = unit === 'Y' ? whole : unit === 'DE' ? whole * 10 : whole * 100;
      return isoYear(anchor.year + sign * years);
    }
    const day = anchorDay(anchor);
    if (unit === 'M' && anchor.month !== undefined) {
      const moved = addMonths({ year: anchor.year, month: anchor.month, day: 1 }, sign * whole);
      return isoMonth(moved.year, moved.month);
    }
    if (!day) {
      return null;
    }
    if (unit === 'W') {
      return isoDay(addDays(day, sign * whole * 7));
    }
    if (unit === 'D') {
      return isoDay(addDays(day, sign * whole));
    }
    return null;
  };
}

export function findCountedDurations(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const unitMatch of text.matchAll(UNIT_WORD)) {
    const before = text.slice(Math.max(0, unitMatch.index - 80), unitMatch.index);
    const counted = COUNT_BEFORE.exec(before);
    const unit = unitCode(unitMatch[0]);
    if (!counted || !unit) {
      continue;
    }
    const [, matchedModifier, determiner, article, countWord, half] = counted;
    // In "over the next few years" the word is a preposition, not the MORE_THAN of "over 20 years".
    const prepositional = matchedModifier !== undefined && determiner !== undefined;
    const modifier = prepositional ? undefined : matchedModifier;
    const unitEnd = unitMatch.index + unitMatch[0].length;
    const following = UNIT_AFTER.exec(text.slice(unitEnd, unitEnd + 12));
    const adjectival = following?.[1];
    const direction = following?.[2];
    const match = { index: unitMatch.index - (before.length - counted.index) + (prepositional ? matchedModifier.length + 1 : 0) };
    const whole = text.slice(match.index, unitEnd + (following ? following[0].length : 0));
    const vague = new RegExp(`^${VAGUE_COUNT_PATTERN}$`, 'i').test(countWord);
    const parsed = vague ? null : numberValue(countWord);
    if (!vague && parsed === null) {
      continue;
    }
    // "One day, …" is a storytelling opener far more often than a duration.
    const isArticle = parsed === 1 && (/^(?:an?|single|a single)$/i.test(countWord) || (/^one$/i.test(countWord) && unit === 'D'));
    const start = match.index;
    if (
      isArticle &&
      !modifier &&
      !determiner &&
      !article &&
      !direction &&
      !adjectival &&
      !ARTICLE_COUNT_CONTEXT.test(text.slice(Math.max(0, start - 12), start))
    ) {
      continue;
    }
    // "2,000 years" is a number with a thousands separator, not "000 years"; "No. 5 days" etc. are rare enough.
    if (/[\d,.]$/.test(text.slice(Math.max(0, start - 1), start))) {
      continue;
    }
    const count = parsed === null ? 'X' : parsed + (half ? 0.5 : 0);
    const mod = modifier ? modifierMod(modifier) : undefined;
    const end = start + whole.length;
    if (direction && /^(?:ago|back|earlier)$/i.test(direction) && count !== 'X') {
      found.push({
        start,
        end,
        type: 'DATE',
        ...(mod ? { mod } : {}),
        priority: 2,
        resolve: pointFromCount(count, unit, -1, /^earlier$/i.test(direction)),
        unresolvedValue: 'XXXX',
        ...(/^earlier$/i.test(direction) ? { narrative: true } : {}),
      });
      continue;
    }
    if (direction && /^(?:from now|later)$/i.test(direction) && count !== 'X') {
      const narrative = /^later$/i.test(direction);
      found.push({ start, end, type: 'DATE', ...(mod ? { mod } : {}), priority: 2, resolve: pointFromCount(count, unit, 1, narrative), unresolvedValue: 'XXXX', ...(narrative ? { narrative } : {}) });
      continue;
    }
    if (direction) {
      // "several years ago": a point in the past (or future) whose distance is not given.
      const value = /^(?:later|from now)$/i.test(direction) ? 'FUTURE_REF' : 'PAST_REF';
      found.push({ start, end, type: 'DATE', priority: 2, value });
      continue;
    }
    found.push({ start, end, type: 'DURATION', ...(mod ? { mod } : {}), priority: 1, value: durationValue(count, unit) });
  }
  return found;
}

const PLURAL_UNIT = /\b(years|months|decades|weeks|centuries)(-long)?\b/gi;
const VAGUE_BEFORE = /\b(?:for|over|in|within|after)\s+((?:the\s+)?(?:(?:past|last|coming|next|recent)\s+)?)$/i;

/** "for years", "over the past decades", "decades-long": spans of unstated length (PXY, PXM …). */
export function findVagueDurations(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(PLURAL_UNIT)) {
    const unit = unitCode(match[1]);
    if (!unit) {
      continue;
    }
    if (match[2]) {
      found.push({ start: match.index, end: match.index + match[0].length, type: 'DURATION', priority: 1, value: durationValue('X', unit) });
      continue;
    }
    const before = VAGUE_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index));
    if (before) {
      const start = match.index - before[1].length;
      found.push({ start, end: match.index + match[1].length, type: 'DURATION', priority: 0, value: durationValue('X', unit) });
    }
  }
  return found;
}

const SET_WORDS = /\b(?:(daily|weekly|monthly|quarterly|annual|annually|yearly|hourly)|(?:every|each|per)\s+(day|week|month|year|hour|quarter))\b/gi;

/** Frequencies (TIMEX SET): "weekly" → P1W, "every year" → P1Y. */
export function findSets(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(SET_WORDS)) {
    const word = (match[1] ?? match[2]).toLowerCase();
    const unit: UnitCode | null = word.startsWith('dai') || word === 'day' ? 'D'
      : word.startsWith('week') ? 'W'
      : word.startsWith('month') ? 'M'
      : word.startsWith('quarter') ? 'Q'
      : word.startsWith('hour') ? 'H'
      : 'Y';
    found.push({ start: match.index, end: match.index + match[0].length, type: 'SET', priority: 0, value: durationValue(1, unit) });
  }
  return found;
}
