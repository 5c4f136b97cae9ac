import type { Candidate } from './candidate';

// TIMEX3's PRESENT_REF / PAST_REF / FUTURE_REF for vague references to now, the past and the future. chrono reads
// "now" as the reference instant, which anchors nothing in a news text, so the vague words are matched here, and
// the bare "now" only in the fixed phrases where it does refer to the present time.

const PRESENT =
  '(?:currently|at present|at the moment|presently|nowadays|these days|the present day|the time being|(?:right|until|by|for|as of|up to|till) now|from now on)';
const PAST =
  '(?:recently|(?<!\\bmost\\s)recent|the past|in recent times|in the old days)\\b(?!\\s+(?:\\d+|few|several|many|two|three|four|five|six|seven|eight|nine|ten|decades?|years?|months?|weeks?|days?|hours?)\\b)';
const FUTURE =
  '(?:the (?:near |distant |foreseeable )?future|(?<!\\bas )soon(?!\\s+as\\b)|the (?:long|short|near|medium) term|in the coming (?:days|weeks|months|years))';
// One pass for the three kinds (a union regex costs about half of three passes).
const REFERENCE = new RegExp(`\\b(?:(${PRESENT})|(${PAST})|(${FUTURE}))\\b`, 'gi');

export function findReferences(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const value = match[1] !== undefined ? 'PRESENT_REF' : match[2] !== undefined ? 'PAST_REF' : 'FUTURE_REF';
    let start = match.index;
    // TimeML leaves the preposition out: "in [the coming weeks]".
    if (/^in the coming /i.test(match[0])) {
      start += 3;
    }
    found.push({ start, end: match.index + match[0].length, type: 'DATE', priority: 0, value });
  }
  return found;
}
