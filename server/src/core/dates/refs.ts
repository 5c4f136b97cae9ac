import type { Candidate } from './candidate';

// TIMEX3's PRESENT_REF / PAST_REF / FUTURE_REF for vague references to now, the past and the future. chrono reads
// "now" as the reference instant, which anchors nothing in a news text, so the vague words are matched here, and
// the bare "now" only in the fixed phrases where it does refer to the present time.

const PATTERNS: [RegExp, string][] = [
  [/\b(?:currently|at present|at the moment|presently|nowadays|these days|the present day|(?:right|until|by|for|as of|up to|till) now|from now on)\b/gi, 'PRESENT_REF'],
  [/\b(?:recently|recent|the past|in recent times|in the old days)\b(?!\s+(?:\d+|few|several|many|two|three|four|five|six|seven|eight|nine|ten|decades?|years?|months?|weeks?|days?|hours?)\b)/gi, 'PAST_REF'],
  [/\b(?:the (?:near |distant |foreseeable )?future|(?<!\bas )soon(?!\s+as\b)|the (?:long|short|near|medium) term|in the coming (?:days|weeks|months|years))\b/gi, 'FUTURE_REF'],
];

export function findReferences(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const [pattern, value] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      let start = match.index;
      // TimeML leaves the preposition out: "in [the coming weeks]".
      const inner = /^in (the coming .*)$/i.exec(match[0]);
      if (inner) {
        start += 3;
      }
      found.push({ start, end: match.index + match[0].length, type: 'DATE', priority: 0, value });
    }
  }
  return found;
}
