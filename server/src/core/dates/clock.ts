import { anchorDay, isoDay } from './calendar';
import type { Candidate } from './candidate';
import { matchesOf } from '../matches';

// "10 p.m.", "10:35 a.m. EST", "noon", "midnight", "midday", "mid-afternoon": clock times on the day they belong to (joined to a weekday or
// date next to them as one TIME, see joinClockTimes). chrono misses "10 p.m." when a weekday follows it.
// TempEval writes the zone in the span but not in the value, except UTC/GMT (Z).

const ZONE_NAME = String.raw`(?:UTC|GMT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|ET|[Ll]ocal time)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?`;
// The zone stands bare or in parentheses (a parenthesis is taken only with its closing one: "6:40 p.m. (GMT +8)").
const ZONE = String.raw`(?:\s+(?:\((${ZONE_NAME})\)|(${ZONE_NAME})))?`;
// Wire copy restates the time in GMT in parentheses, "10:35 a.m. (0735 GMT)": one time, so one expression.
const RESTATED = String.raw`(?:\s+\((?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC)\))?`;
// Two regexes that each start with something V8 scans for quickly (a digit, a literal word).
const CLOCK_DIGITS = new RegExp(String.raw`\b(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?([AaPp])\.?[Mm]\b\.?` + ZONE + RESTATED, 'g');
const CLOCK_WORDS = new RegExp(String.raw`\b([Nn]oon|[Mm]id(?:night|day|[- ]?morning|[- ]?afternoon))\b` + ZONE, 'g');

function clockOf(hourText: string | undefined, minute: string | undefined, half: string | undefined, word: string | undefined, zone: string | undefined): string {
  // An offset from GMT ("GMT +8") is a zone of its own, written in the span only, as EST is.
  const utc = zone && /^(?:UTC|GMT|Z)$/i.test(zone) ? 'Z' : '';
  if (word) {
    // "mid-afternoon" is a part of the day (TAF), as "the afternoon" is.
    return /^(?:noon|midday)$/i.test(word) ? `T12:00${utc}` : /morning$/i.test(word) ? 'TMO' : /afternoon$/i.test(word) ? 'TAF' : `T24:00${utc}`;
  }
  const hour = (Number(hourText) % 12) + (/p/i.test(half ?? '') ? 12 : 0);
  return `T${String(hour).padStart(2, '0')}:${minute ?? '00'}${utc}`;
}

export function findClockTimes(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(text, CLOCK_DIGITS)) {
    found.push(clockCandidate(match.index, match.index + match[0].length, clockOf(match[1], match[2], match[3], undefined, match[4] ?? match[5]), 1));
  }
  for (const match of matchesOf(text, CLOCK_WORDS)) {
    // "noon" and "midnight" are times only as words of their own (lower case, or a capital opening a sentence).
    if (/^[A-Z]/.test(match[1]) && !/^(?:Noon|Midnight|Midday)$/.test(match[1])) {
      continue;
    }
    if (/^noon$/i.test(match[1]) && /\bhigh\s+$/i.test(text.slice(Math.max(0, match.index - 5), match.index))) {
      continue; // "high noon comes today": the idiom for a decisive moment
    }
    found.push(clockCandidate(match.index, match.index + match[0].length, clockOf(undefined, undefined, undefined, match[1], match[2] ?? match[3]), 1));
  }
  return found;
}

/** A clock time on the article's day until joinClockTimes or the narrative day places it. */
export function clockCandidate(start: number, end: number, clock: string, priority: number): Candidate {
  return {
    start,
    end,
    type: 'TIME',
    priority,
    clock,
    resolve: ({ anchor }) => {
      const day = anchorDay(anchor);
      return day ? isoDay(day) + clock : null;
    },
    unresolvedValue: `XXXX-XX-XX${clock}`,
  };
}

const MILITARY_TIME = /\b([01]\d|2[0-3])([0-5]\d)\s?(?:UTC|GMT)\b/g;

/** "0800 UTC": a four-digit clock time with a zone (chrono reads only "08:00 UTC"). */
export function findMilitaryTimes(text: string): Candidate[] {
  return [...matchesOf(text, MILITARY_TIME)].map((match) => clockCandidate(match.index, match.index + match[0].length, `T${match[1]}:${match[2]}Z`, 2));
}
