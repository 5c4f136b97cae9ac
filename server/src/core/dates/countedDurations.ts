import { addDays, addMonths, anchorDay, isoDay, isoMonth, isoYear } from './calendar';
import type { Candidate } from './candidate';
import { periodYearBefore } from './focusPeriods';
import { AMOUNT_OF, durationValue, MODIFIER_PATTERN, modifierMod, NUMBER_PATTERN, numberValue, unitCode, VAGUE_COUNT_PATTERN, type UnitCode } from './lexicon';

// Counted spans of time: "3 years", "almost 3-year", "two days ago", "a month earlier", "twice a day".

const COUNT_BEFORE = new RegExp(
  `\\b(?:(${MODIFIER_PATTERN})\\s+)?(?:(the\\s+(?:past|last|next|first|coming|previous|following|final|remaining)\\s+)|(an?\\s+))?` +
    `(${NUMBER_PATTERN}|${VAGUE_COUNT_PATTERN})((?:[- ]and[- ]a[- ]half|\\s+1/2|\\s?½)?)[- ]` +
    `(?:(?:more|additional|extra|further|straight|consecutive|trading|calendar|full|long|short|working|business)[- ])?$`,
  'i',
);
// "a minute and a half later", "a week or so ago": the half and the "or so" stand between the unit and the rest.
const UNIT_AFTER = /^(\s+and\s+a\s+half)?(?:(-(?:long|old)|\s+old)|(?:\s+or\s+so)?\s+(ago|back|earlier|later|from now))?\b/i;

const RATE_BEFORE = /(?:\d%?|\b(?:once|twice|thrice|times|million|billion|thousand|hundred|dozens?|percent))\s+$/;
// Counted things before it make a rate too: "four flights a week", "hundreds of interviews a day", "50,000 CDs a year"
// (a plural alone is not enough: "it takes a day").
const COUNTED_PLURAL_BEFORE =
  /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens|hundreds|thousands|millions|many|several))\s+(?:(?:of|if|not|more|new|extra|[a-z]+ly)\s+)*(?:[a-z]+[^s\W]|[A-Z]{2,})s\s+$/;
const FRACTION_OF = /^,?\s+of\s+(?:the|its|his|her|their|our|all|this|that|these|those|them|it)\b/i;
const CARDINAL = /^(?:\d|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)/i;

// An article plus a unit ("a year") is counted only where a preposition or quantifier makes it a span of time;
// "a day" alone is too often part of a frequency ("twice a day") or an idiom.
const ARTICLE_COUNT_CONTEXT = /\b(?:for|over|within|during|after|in|than|about|nearly|almost|around|past|last|next|first|long as|by)\s+$/i;
// "the culmination of a week", "had only been in the job one day", "the talks lasted a week": a span too ("it takes
// a day to dry" is not), but not
// "a quarter" (of the seats; a coin) nor a compound ("a quarter-century").
const ARTICLE_OF = /\bof\s+$/i;
const DURATIVE_BEFORE = /\b(?:been|lasted|lasts|last|spent|spends|spend|stayed|stays|remained|remains)\s+(?:[a-z]+\s+){0,3}$/i;
const spanOfTime = (unit: UnitCode, next: string | undefined): boolean => unit !== 'Q' && next !== '-';

// "gave him a week to leave", "has a day to reply": time granted for something, a span ("it takes a day to dry" is not).
const GRANTED_BEFORE = /\b(?:give|gives|gave|given|giving|offer|offers|offered|allow|allows|allowed|grant|grants|granted|has|have|had)\s+(?:[a-z]+\s+){0,3}$/i;
const GRANTED_AFTER = /^\s+to\s+(?!(?:an?|the|one|two|three)\b)[a-z]+\b/i;

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

const VAGUE_COUNT = new RegExp(`^${VAGUE_COUNT_PATTERN}$`, 'i');
const RANGE_START_BEFORE = new RegExp(`\\b((?:between|from)\\s+)(${NUMBER_PATTERN})\\s+(?:and|to)\\s+$`, 'i');

/** "between 60 and 90 days": the first bound is a duration of its own, as TimeML annotates the years of "from 2009 to 2011". */
export function rangeStartAt(text: string, start: number, word: string): Candidate | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const range = RANGE_START_BEFORE.exec(before);
  const count = range ? numberValue(range[2]) : null;
  const unit = unitCode(word);
  if (!range || count === null || !unit || !CARDINAL.test(range[2])) {
    return null;
  }
  const numberStart = start - before.length + range.index + range[1].length;
  return { start: numberStart, end: numberStart + range[2].length, type: 'DURATION', priority: 1, value: durationValue(count, unit) };
}


/** A count of the unit word at index, with what the words around make of it: a duration, a point, a rate. */
export function countedAt(text: string, index: number, word: string): Candidate | null {
  const before = text.slice(Math.max(0, index - 80), index);
  const counted = COUNT_BEFORE.exec(before);
  const unit = unitCode(word);
  if (!counted || !unit) {
    return null;
  }
  const unitEnd = index + word.length;
  if (unit === 'Q' && FRACTION_OF.test(text.slice(unitEnd, unitEnd + 12))) {
    return null; // "about a quarter of its dealers" is a fraction
  }
  if (AMOUNT_OF.test(text.slice(unitEnd, unitEnd + 24))) {
    return null;
  }
  const [, matchedModifier, determiner, article, countWord, half] = counted;
  // In "over the next few years" the word is a preposition, not the MORE_THAN of "over 20 years".
  const prepositional = matchedModifier !== undefined && determiner !== undefined;
  const modifier = prepositional ? undefined : matchedModifier;
  const following = UNIT_AFTER.exec(text.slice(unitEnd, unitEnd + 28));
  const halfAfter = following?.[1] !== undefined;
  const adjectival = following?.[2];
  if (adjectival && /old$/i.test(adjectival)) {
    return null; // "a 6-year-old boy", "52 years old": an age, not a time (TimeML annotates neither)
  }
  const direction = following?.[3];
  const match = { index: index - (before.length - counted.index) + (prepositional ? matchedModifier.length + 1 : 0) };
  const whole = text.slice(match.index, unitEnd + (following ? following[0].length : 0));
  const vague = VAGUE_COUNT.test(countWord);
  const parsed = vague ? null : numberValue(countWord);
  // "a decades-long feud": an article does not count a plural unit.
  if ((!vague && parsed === null) || (/^an?$/i.test(countWord) && /s$/i.test(word))) {
    return null;
  }
  // "One day, …" is a storytelling opener far more often than a duration.
  // A hyphen ("single-day", "one-day") makes it an adjective, never an article.
  const hyphenated = before.endsWith('-') && !/^an?$/i.test(countWord);
  const isArticle = !hyphenated && parsed === 1 && (/^(?:an?|single|a single)$/i.test(countWord) || (/^one$/i.test(countWord) && unit === 'D'));
  // "a [27-year] high", "a [four day] rally": the article belongs to the noun the count describes.
  const start = article && !matchedModifier && CARDINAL.test(countWord) ? match.index + article.length : match.index;
  const rate = RATE_BEFORE.test(text.slice(Math.max(0, start - 10), start)) || COUNTED_PLURAL_BEFORE.test(text.slice(Math.max(0, start - 40), start));
  const orTwo = isArticle && !determiner && !direction ? /^\s+or\s+two\b/i.exec(text.slice(unitEnd, unitEnd + 10)) : null;
  if (orTwo && /\bin\s+$/i.test(text.slice(Math.max(0, start - 4), start))) {
    return { start, end: unitEnd + orTwo[0].length, type: 'DATE', priority: 2, value: 'FUTURE_REF' }; // "in a year or two": some time ahead
  }
  if (isArticle && !modifier && !determiner && !direction && !adjectival && rate) {
    return { start, end: unitEnd, type: 'SET', priority: 1, value: durationValue(1, unit) }; // "15 a year", "twice a day"
  }
  if (
    isArticle &&
    !modifier &&
    !determiner &&
    !article &&
    !direction &&
    !adjectival &&
    !ARTICLE_COUNT_CONTEXT.test(text.slice(Math.max(0, start - 12), start)) &&
    !(spanOfTime(unit, text[unitEnd]) && (ARTICLE_OF.test(text.slice(Math.max(0, start - 4), start)) || DURATIVE_BEFORE.test(text.slice(Math.max(0, start - 40), start)))) &&
    !/^\s+(?:after|before)\b/i.test(text.slice(unitEnd, unitEnd + 8)) &&
    !(GRANTED_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && GRANTED_AFTER.test(text.slice(unitEnd, unitEnd + 16)))
  ) {
    return null;
  }
  // "2,000 years" is a number with a thousands separator, not "000 years"; "No. 5 days" etc. are rare enough.
  if (/[\d,.]$/.test(text.slice(Math.max(0, start - 1), start))) {
    return null;
  }
  const count = parsed === null ? 'X' : parsed + (half || halfAfter ? 0.5 : 0);
  const mod = modifier ? modifierMod(modifier) : undefined;
  const end = match.index + whole.length;
  if (direction && /^(?:earlier|later)$/i.test(direction) && count !== 'X' && unit !== 'Y' && unit !== 'DE' && unit !== 'CE') {
    // "a month earlier", "three days later": TimeML's duration P1M, P3D, the adverb a signal of the relation to the
    // event told before; a year earlier or later stays a date, the period compared a year back.
    return { start, end, type: 'DURATION', ...(mod ? { mod } : {}), priority: 2, value: durationValue(count, unit) };
  }
  if (direction && /^(?:ago|back|earlier)$/i.test(direction) && count !== 'X') {
    const yearAgo = pointFromCount(count, unit, -1);
    return {
      start,
      end,
      type: 'DATE',
      ...(mod ? { mod } : {}),
      priority: 2,
      resolve:
        count === 1 && unit === 'Y'
          ? (context) => periodYearBefore(context) ?? yearAgo?.(context) ?? null
          : pointFromCount(count, unit, -1, /^earlier$/i.test(direction)),
      unresolvedValue: 'XXXX',
      ...(count === 1 && unit === 'Y' ? { backReference: true } : {}),
      ...(/^earlier$/i.test(direction) ? { narrative: true } : {}),
    };
  }
  if (direction && /^(?:from now|later)$/i.test(direction) && count !== 'X') {
    const narrative = /^later$/i.test(direction);
    return { start, end, type: 'DATE', ...(mod ? { mod } : {}), priority: 2, resolve: pointFromCount(count, unit, 1, narrative), unresolvedValue: 'XXXX', ...(narrative ? { narrative } : {}) };
  }
  if (direction && /^(?:earlier|later)$/i.test(direction) && unit !== 'Y' && unit !== 'DE' && unit !== 'CE') {
    // "a few days later": a duration of unstated length (PXD), as "three days later" is P3D.
    return { start, end, type: 'DURATION', priority: 2, value: durationValue(count, unit) };
  }
  if (direction) {
    // "several years ago": a point in the past (or future) whose distance is not given.
    const value = /^(?:later|from now)$/i.test(direction) ? 'FUTURE_REF' : 'PAST_REF';
    return { start, end, type: 'DATE', priority: 2, value };
  }
  // "for the first nine months", "in the latest nine months": the span of the business year being reported on.
  const reportingSpan = unit === 'M' && count === 9 && REPORTING_SPAN_BEFORE.test(text.slice(Math.max(0, start - 16), start + (determiner?.length ?? 0)));
  return { start, end, type: 'DURATION', ...(mod ? { mod } : {}), priority: 1, value: durationValue(count, unit), ...(reportingSpan ? { reportingSpan } : {}) };
}

const REPORTING_SPAN_BEFORE = /\bthe\s+(?:(?:first|latest)\s+)?$/i;
