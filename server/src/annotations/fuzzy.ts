/**
 * Fuzzy search for an annotation whose text was edited (pure): diff-match-patch's Bitap `match_main` finds the
 * approximate place, the ends are snapped to the stored context, and the result must be similar enough to the
 * stored text and sit in a similar enough context.
 */

import DiffMatchPatch from 'diff-match-patch';
import type { Span } from '../core/types';
import type { TextQuoteSelector } from './model';

/** Fuzzy matches must be at least this similar to the stored exact text (1 − edit distance / length). */
export const FUZZY_MIN_SIMILARITY = 0.75;
/** …and their surroundings at least this similar to the stored prefix and suffix (each). */
export const FUZZY_MIN_CONTEXT = 0.5;

/** Longest probe diff-match-patch's Bitap search accepts (Match_MaxBits). */
const PROBE_LENGTH = 32;
/** Characters around a fuzzy match that the alignment may move its ends by. */
const ALIGN_SLACK = 16;
/** Characters of the stored prefix / suffix used to snap a fuzzy match's ends. */
const SNAP_LENGTH = 12;

/** The end of the occurrence of `prefix` that ends closest to `near` (within the slack), or null. */
function snapAfter(text: string, prefix: string, near: number): number | null {
  if (prefix.length < 4) {
    return null;
  }
  let best: number | null = null;
  const from = Math.max(0, near - ALIGN_SLACK - prefix.length);
  for (let at = text.indexOf(prefix, from); at !== -1 && at <= near + ALIGN_SLACK; at = text.indexOf(prefix, at + 1)) {
    const end = at + prefix.length;
    if (best === null || Math.abs(end - near) < Math.abs(best - near)) {
      best = end;
    }
  }
  return best;
}

/** The start of the occurrence of `suffix` that starts closest to `near` (within the slack), or null. */
function snapBefore(text: string, suffix: string, near: number): number | null {
  if (suffix.length < 4) {
    return null;
  }
  let best: number | null = null;
  const from = Math.max(0, near - ALIGN_SLACK);
  for (let at = text.indexOf(suffix, from); at !== -1 && at <= near + ALIGN_SLACK; at = text.indexOf(suffix, at + 1)) {
    if (best === null || Math.abs(at - near) < Math.abs(best - near)) {
      best = at;
    }
  }
  return best;
}

/**
 * Fuzzy search with diff-match-patch's Bitap `match_main`. Bitap handles patterns up to 32 characters, so we
 * find the start with the first 32 characters of the quote and the end with its last 32, then check the whole
 * candidate. Match_Threshold 0.35 lets a probe match with roughly a third of its characters changed; the
 * candidate as a whole must still be `FUZZY_MIN_SIMILARITY` similar and its context `FUZZY_MIN_CONTEXT` in
 * agreement, so a loose probe alone never places an annotation. Match_Distance is the text length, so an
 * insertion of any size above the annotation does not prevent the match; distance only breaks ties.
 */
export function findFuzzy(text: string, quote: TextQuoteSelector, oldStart: number, window?: Span, distance?: number): Span | null {
  const exact = quote.exact;
  if (exact.trim().length < 4) {
    return null;
  }
  if (window) {
    const found = findFuzzyIn(text.slice(window.start, window.end), quote, oldStart - window.start, distance ?? Math.max(64, exact.length));
    const span = found && { start: found.start + window.start, end: found.end + window.start };
    return span && fuzzyContextAgreement(new DiffMatchPatch(), text, span, quote) >= FUZZY_MIN_CONTEXT ? span : null;
  }
  const span = findFuzzyIn(text, quote, oldStart);
  return span && fuzzyContextAgreement(new DiffMatchPatch(), text, span, quote) >= FUZZY_MIN_CONTEXT ? span : null;
}

/** The span of `text` most like `exact` near `oldStart`, if it is similar enough (context not checked). */
function findFuzzyIn(
  text: string,
  context: TextQuoteSelector,
  oldStart: number,
  distance = Math.max(1000, text.length),
): Span | null {
  const exact = context.exact;
  const dmp = new DiffMatchPatch();
  dmp.Match_Threshold = 0.35;
  dmp.Match_Distance = distance;
  const expected = Math.min(Math.max(0, oldStart), text.length);
  const head = exact.slice(0, PROBE_LENGTH);
  let start = dmp.match_main(text, head, expected);
  if (start === -1) {
    return null;
  }
  let end: number;
  if (exact.length <= PROBE_LENGTH) {
    end = start + exact.length;
  } else {
    // Bitap reports where a match starts; to find where the tail match ends, search the reversed text.
    const reversedTail = reverse(exact.slice(-PROBE_LENGTH));
    const reversedAt = dmp.match_main(reverseText(text), reversedTail, Math.max(0, text.length - (start + exact.length)));
    if (reversedAt === -1) {
      return null;
    }
    end = text.length - reversedAt;
    if (end <= start) {
      return null;
    }
  }
  end = Math.min(end, text.length);
  // Bitap's locations are approximate around edits. The ends are snapped to where the stored prefix ends and the
  // suffix starts, when they are found close by; otherwise the quote is aligned with the region by a diff and its
  // first and last characters are mapped into the text.
  const regionStart = Math.max(0, start - ALIGN_SLACK);
  const diffs = dmp.diff_main(exact, text.slice(regionStart, Math.min(text.length, end + ALIGN_SLACK)));
  start = snapAfter(text, context.prefix.slice(-SNAP_LENGTH), start) ?? regionStart + dmp.diff_xIndex(diffs, 0);
  end = snapBefore(text, context.suffix.slice(0, SNAP_LENGTH), end) ?? regionStart + dmp.diff_xIndex(diffs, exact.length - 1) + 1;
  if (end <= start) {
    return null;
  }
  const candidate = text.slice(start, end);
  const errors = dmp.diff_levenshtein(dmp.diff_main(exact, candidate));
  const similarity = 1 - errors / Math.max(exact.length, candidate.length);
  if (similarity < FUZZY_MIN_SIMILARITY) {
    return null;
  }
  return { start, end };
}

/**
 * How well the surroundings agree, tolerant of small edits next to the span: the edit-distance similarity of the
 * text before to the stored prefix and of the text after to the stored suffix — the lower of the two, so text
 * that merely follows the same prefix (a neighbouring sentence that slid into place) does not qualify.
 */
function fuzzyContextAgreement(dmp: DiffMatchPatch, text: string, span: Span, quote: TextQuoteSelector): number {
  const side = (actual: string, stored: string): number =>
    stored.length === 0 ? 1 : Math.max(0, 1 - dmp.diff_levenshtein(dmp.diff_main(actual, stored)) / stored.length);
  const before = text.slice(Math.max(0, span.start - quote.prefix.length), span.start);
  const after = text.slice(span.end, span.end + quote.suffix.length);
  return Math.min(side(before, quote.prefix), side(after, quote.suffix));
}

let lastReversed: { text: string; reversed: string } | undefined;

/** Reversed by UTF-16 unit: both sides of the search are reversed alike, so surrogate order does not matter. */
function reverse(text: string): string {
  return text.split('').reverse().join('');
}

/** `reverse` for the searched text, which stays the same for every annotation of a document: the last one is cached. */
function reverseText(text: string): string {
  if (lastReversed?.text !== text) {
    lastReversed = { text, reversed: reverse(text) };
  }
  return lastReversed.reversed;
}
