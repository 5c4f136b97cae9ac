import type { Candidate } from './candidate';
import { AMOUNT_OF, durationValue, MONTH_PATTERN, unitCode, WEEKDAY_PATTERN } from './lexicon';

// Spans of unstated length ("for years", "the past decades", "decades-long") and vague references ("in recent
// years", "the coming weeks"), read from a plural unit word.

const VAGUE_REFERENCE = /(?<!\bmost\s)\b(?:recent|(?:the\s+)?(?:past|last)\s+(?:few|several)|(?:the\s+)?coming|future)\s+$/i;
const PLURAL_UNIT = /^(?:years|months|decades|weeks|centuries|days|hours|minutes|quarters)$/i;
const RANKED_BEFORE = /\bthe\s+(?:first|final|early|opening|closing|initial)\s+$/i;
const DAY_AFTER = new RegExp(`^\\s+of\\s+(?:${WEEKDAY_PATTERN}|today|yesterday|tomorrow|${MONTH_PATTERN}\\s+\\d)`, 'i');
const VAGUE_BEFORE = /\b(?:for|over|in|within|after)\s+(?:just\s+|only\s+)?((?:the\s+)?(?:(?:past|last|coming|next|recent)\s+)?)$/i;
/**
 * Days, hours and minutes count as vague spans only as "for days", "within [the past] hours": "after hours" is a
 * trading session, "in the days after" a time, and "in the coming days" a FUTURE_REF.
 */
const SHORT_UNIT = /^(?:days|hours|minutes)$/i;
const SHORT_UNIT_OPENER = /^(?:for|over|in|within)\s+(?:just\s+|only\s+)?(?:(?:the\s+)?(?:past|last)\s+|recent\s+)?$/i;

const COORDINATED_UNIT = /^\s+(?:or|and)\s+(?:days|weeks|months|years|decades)\b/i;

/** "within weeks or months", "in recent weeks and months": one vague span, as TimeML annotates it, valued by its first unit. */
export function withCoordinatedUnit(text: string, candidate: Candidate | null): Candidate | null {
  const coordinated = candidate ? COORDINATED_UNIT.exec(text.slice(candidate.end, candidate.end + 16)) : null;
  return candidate && coordinated ? { ...candidate, end: candidate.end + coordinated[0].length } : candidate;
}

// "after months of talks", "the heady days of swelling sales": a plural unit measuring what follows is a span; "the
// months of winter", "his years of service" point at particular ones, "years of age" is an age.
const OF_AFTER = /^\s+of\s+(?!age\b)[a-z]/i;
// "hours of video", "three-quarters of its food": an amount stored, a fraction.
const NOT_SPAN_OF = /^(?:hours|minutes|quarters)$/i;
const REFERRING_BEFORE = /(?:\b(?:the|these|those|his|her|its|their|our|my|your)|\d)\s+$/i;

/** "for years", "over the past decades", "decades-long": spans of unstated length (PXY, PXM …). */
export function vagueAt(text: string, index: number, word: string): Candidate | null {
  const unit = unitCode(word);
  const end = index + word.length;
  if (unit && text.startsWith('-long', end) && !/\w/.test(text[end + 5] ?? '') && !PLURAL_UNIT.test(word)) {
    return { start: index, end: end + 5, type: 'DURATION', priority: 1, value: durationValue(1, unit) }; // "a third day-long meeting"
  }
  if (!unit || !PLURAL_UNIT.test(word)) {
    return null;
  }
  const short = SHORT_UNIT.test(word);
  if (!short && text.startsWith('-long', end) && !/\w/.test(text[end + 5] ?? '')) {
    return { start: index, end: end + 5, type: 'DURATION', priority: 1, value: durationValue('X', unit) };
  }
  const vagueRef = VAGUE_REFERENCE.exec(text.slice(Math.max(0, index - 30), index));
  if (vagueRef) {
    // "in recent years", "the past few months", "the coming weeks": TimeBank's PAST_REF / FUTURE_REF
    const value = /coming|future/i.test(vagueRef[0]) ? 'FUTURE_REF' : 'PAST_REF';
    return { start: index - vagueRef[0].length, end, type: 'DATE', priority: 1, value };
  }
  if (/^\s+ago\b/i.test(text.slice(end, end + 5))) {
    // "just months ago": a past time whose distance is not given (counted ones are read as dates above).
    return { start: index, end: end + text.slice(end).indexOf('ago') + 3, type: 'DATE', priority: 1, value: 'PAST_REF' };
  }
  const ranked = RANKED_BEFORE.exec(text.slice(Math.max(0, index - 20), index));
  if (ranked && DAY_AFTER.test(text.slice(end, end + 24))) {
    return null; // "in the early hours of Thursday morning": a time of that day, which the day's timex carries
  }
  if (ranked) {
    return { start: index - ranked[0].length, end, type: 'DURATION', priority: 1, value: durationValue('X', unit) }; // "the first hours of the war"
  }
  if (
    OF_AFTER.test(text.slice(end, end + 12)) &&
    !NOT_SPAN_OF.test(word) &&
    !REFERRING_BEFORE.test(text.slice(Math.max(0, index - 8), index)) &&
    !AMOUNT_OF.test(text.slice(end, end + 24))
  ) {
    return { start: index, end, type: 'DURATION', priority: 0, value: durationValue('X', unit) }; // "follows months of talks"
  }
  const before = VAGUE_BEFORE.exec(text.slice(Math.max(0, index - 30), index));
  if (!before || (short && !SHORT_UNIT_OPENER.test(before[0]))) {
    return null;
  }
  return { start: index - before[1].length, end, type: 'DURATION', priority: 0, value: durationValue('X', unit) };
}
