import type { Candidate } from './candidate';
import { matchesOf } from '../matches';

// TIMEX3's PRESENT_REF / PAST_REF / FUTURE_REF for vague references to now, the past and the future. chrono reads
// "now" as the reference instant, which anchors nothing in a news text, so the vague words are matched here; "now"
// is PRESENT_REF as TimeBank annotates it, except in compounds ("the now-cancelled deal", "the soon-to-open hall")
// and as the discourse marker "Now, …".

const PRESENT =
  '(?:now|currently|current|at present|at the moment|presently|nowadays|these days|the present day|the time being|(?:right|until|by|for|as of|up to|till) now|from now on)';
const FUTURE =
  '(?:the (?:near |distant |foreseeable )?future|(?<!\\bas )soon(?!\\s+as\\b|-)|the (?:long|short|near|medium) term|in the coming (?:days|weeks|months|years))';
// Vague spans and references of other wordings, read in the same pass: "for some time", "for a while", "for a fairly
// lengthy period" (a span of unstated length: TimeML PXX, the preposition left out); "at this crucial moment" (now,
// whatever the adjective); "will one day", "at a later date" (a time in the future). Each starts at its rarer word
// and checks the words before it by a lookbehind, so it costs the scan little and no match hides another.
const VAGUE_SPAN = String.raw`for\s+(some\s+time|a\s+while|an?\s+(?:(?:fairly|very|relatively|rather|quite)\s+)?(?:long|lengthy|short|brief|extended)\s+period(?:\s+of\s+time)?)`;
const THIS_MOMENT = String.raw`moment(?<=\bat\s+(this\s+(?:[a-z]+\s+)?moment))`;
const ONE_DAY = String.raw`(one\s+day)(?<=\b(?:will|would|could|might|may|can|should|must)\s+one\s+day)`;
const LATER_DATE = String.raw`later\s+date(?<=\b(?:at|on|until)\s+(a\s+later\s+date))`;
// One pass for every kind, the reference phrases grouped by first letter (V8 scans it faster); the kind is read from
// the match: a vague phrase by its group, the three references by IS_PRESENT and IS_FUTURE.
const PAST_END = String.raw`\b(?!\s+(?:\d+|few|several|many|two|three|four|five|six|seven|eight|nine|ten|centur(?:y|ies)|decades?|years?|months?|weeks?|days?|hours?)\b)`;
const REFERENCE = new RegExp(
  String.raw`\b(?:currently|current(?!\s+(?:account|affairs|events|density|flow|source|sensor)\b)(?=\s+[a-z])|a(?:t present|t the moment|s of now)|presently|nowadays|` +
    String.raw`t(?:hese days|he present day|he time being|ill now|he past${PAST_END}|he (?:near |distant |foreseeable )?future|he (?:long|short|near|medium) term)|` +
    String.raw`r(?:ight now|ecently${PAST_END})|(?<!\bmost\s)recent${PAST_END}|u(?:ntil now|p to now)|by (?:now|that (?:time|date))|f(?:or now|rom now on)|` +
    String.raw`i(?:n recent times${PAST_END}|n the old days${PAST_END}|n the coming (?:days|weeks|months|years))|(?<!\bas )soon(?!\s+as\b|-)|(?<![-\w])now(?![-\w])|` +
    `${VAGUE_SPAN}|${THIS_MOMENT}|${ONE_DAY}|${LATER_DATE})\\b`,
  'gi',
);
const IS_PRESENT = new RegExp(`^${PRESENT}$`, 'i');
const IS_FUTURE = new RegExp(`^${FUTURE}$`, 'i');

/** A vague phrase's candidate from its group in a REFERENCE match, or null for the three references. */
function vaguePhrase(match: RegExpExecArray): Candidate | null {
  const [, span, moment, oneDay, laterDate] = match;
  const phrase = span ?? moment ?? oneDay ?? laterDate;
  if (phrase === undefined) {
    return null;
  }
  const end = match.index + match[0].length;
  const start = end - phrase.length;
  return span !== undefined
    ? { start, end, type: 'DURATION', priority: 0, value: 'PXX' }
    : { start, end, type: 'DATE', priority: 0, value: moment !== undefined ? 'PRESENT_REF' : 'FUTURE_REF' };
}

const NOW_FOR = /^\s+(?:for|to)\s/;

// "soon" told of the past ("the trickle soon became a flood", "he was soon released") or before "after" ("killed
// soon after his capture") places one event shortly after another, not after the article's date: an expression of
// sequencing, which TimeML (TempEval-2010 guidelines, non-markable expressions) leaves to SIGNAL and TLINK.
const SOON_AFTER = /^\s+(?:after|afterwards?|thereafter|(?!(?:[a-z]*ceed|need|feed|speed|bleed|breed)\b)[a-z]{3,}ed|became|came|went|began|fell|rose|found|got|gave|took|made|left|saw|grew)\b/;
const PAST_BEFORE_SOON = /\b(?:was|were|had|been)\s+$/;
const sequencing = (text: string, start: number, end: number): boolean =>
  SOON_AFTER.test(text.slice(end, end + 16)) || PAST_BEFORE_SOON.test(text.slice(Math.max(0, start - 8), start));

export function findReferences(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(text, REFERENCE)) {
    const vague = vaguePhrase(match);
    if (vague) {
      found.push(vague);
      continue;
    }
    // "Now, …" and a transcript's "Now for the weather", "Now to Kabul": the discourse marker, not the present.
    if (match[0] === 'Now' && (text[match.index + 3] === ',' || NOW_FOR.test(text.slice(match.index + 3, match.index + 8)))) {
      continue;
    }
    if (/^soon$/i.test(match[0]) && sequencing(text, match.index, match.index + 4)) {
      continue;
    }
    if (/^by that/i.test(match[0])) {
      // "agreed by June 10 … by that time": the date named last (TimeML leaves the preposition out)
      found.push({ start: match.index + 3, end: match.index + match[0].length, type: 'DATE', priority: 0, backReference: true, resolve: ({ previous }) => previous, unresolvedValue: 'XXXX-XX-XX' });
      continue;
    }
    let value = IS_PRESENT.test(match[0]) ? 'PRESENT_REF' : IS_FUTURE.test(match[0]) ? 'FUTURE_REF' : 'PAST_REF';
    let start = match.index;
    // "the then current price", "the then-current board": current at a past time.
    const then = /^current$/i.test(match[0]) ? /\bthen[\s-]$/i.exec(text.slice(Math.max(0, start - 6), start)) : null;
    if (then) {
      start -= then[0].length;
      value = 'PAST_REF';
    }
    // TimeML leaves the preposition out: "in [the coming weeks]".
    if (/^in the coming /i.test(match[0])) {
      start += 3;
    }
    found.push({ start, end: match.index + match[0].length, type: 'DATE', priority: 0, value });
  }
  return found;
}
