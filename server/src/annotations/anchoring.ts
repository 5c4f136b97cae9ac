/**
 * Anchoring annotations to text (pure: no vscode, no fs).
 * - `selectorsFor` builds the W3C selectors for a UTF-16 span of a text.
 * - `moveSpan` follows a live edit (a content change) so a span moves with the text around it.
 * - `reanchor` places a stored target in a text that changed while the document was closed: by position when
 *   the exact text is still there, then by exact quote, then by fuzzy match with prefix/suffix context;
 *   otherwise the annotation is an orphan — never silently moved to a place we are not confident about.
 * Spans here are UTF-16 offsets (JS string indices); code points appear only in stored selectors and are
 * converted with `CodePointMap` from `protocol/offsets.ts`.
 */

import DiffMatchPatch from 'diff-match-patch';
import type { Span } from '../core/types';
import { CodePointMap } from '../protocol/offsets';
import { CONTEXT_LENGTH, type AnnotationTarget, type TextPositionSelector, type TextQuoteSelector } from './model';

export function selectorsFor(text: string, span: Span, map = new CodePointMap(text)): [TextQuoteSelector, TextPositionSelector] {
  const start = map.toCodePoint(span.start);
  const end = map.toCodePoint(span.end);
  const prefixStart = map.fromCodePoint(Math.max(0, start - CONTEXT_LENGTH));
  const suffixEnd = map.fromCodePoint(end + CONTEXT_LENGTH);
  const start16 = map.fromCodePoint(start);
  const end16 = map.fromCodePoint(end);
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start16, end16),
      prefix: text.slice(prefixStart, start16),
      suffix: text.slice(end16, suffixEnd),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** A replacement of `[offset, offset + length)` by `text`, as in vscode's TextDocumentContentChangeEvent. */
export interface ContentChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/**
 * The span after a live edit, or null when the edit removed all of it. Text typed exactly at the start or end
 * stays outside the span (like a non-sticky decoration); an edit inside grows or shrinks it; an edit that
 * overlaps one edge trims the span to what is left of it.
 */
export function moveSpan(span: Span, change: ContentChange): Span | null {
  const changeStart = change.rangeOffset;
  const changeEnd = change.rangeOffset + change.rangeLength;
  const delta = change.text.length - change.rangeLength;
  if (changeEnd <= span.start) {
    return { start: span.start + delta, end: span.end + delta };
  }
  if (changeStart >= span.end) {
    return span;
  }
  if (changeStart <= span.start && changeEnd >= span.end) {
    return null;
  }
  const start = changeStart < span.start ? changeStart + change.text.length : span.start;
  const end = changeEnd > span.end ? changeStart : span.end + delta;
  return end > start ? { start, end } : null;
}

export type AnchorMethod = 'unchanged' | 'position' | 'quote' | 'fuzzy';

export type AnchorResult =
  | { status: 'anchored'; span: Span; method: AnchorMethod }
  | { status: 'orphan'; reason: string };

/** Fuzzy matches must be at least this similar to the stored exact text (1 − edit distance / length). */
export const FUZZY_MIN_SIMILARITY = 0.75;
/** …and their surroundings at least this similar to the stored prefix and suffix (together). */
export const FUZZY_MIN_CONTEXT = 0.5;

/**
 * Places `target` in `text`. `textSha256` is the hash of `text`, when the caller knows it: if it equals the
 * target's hash, the stored position is taken as is.
 */
export function reanchor(
  text: string,
  target: AnnotationTarget,
  textSha256?: string,
  map: CodePointMap = new CodePointMap(text),
): AnchorResult {
  const [quote, position] = target.selector;
  const start = map.fromCodePoint(position.start);
  const end = map.fromCodePoint(position.end);
  if (textSha256 !== undefined && textSha256 === target.sha256 && end <= text.length) {
    return { status: 'anchored', span: { start, end }, method: 'unchanged' };
  }
  if (text.slice(start, end) === quote.exact) {
    return { status: 'anchored', span: { start, end }, method: 'position' };
  }
  const candidates = exactOccurrences(text, quote, start);
  const agreeing = candidates.filter((candidate) => candidate.agreement >= 0.5);
  const overlapsOld = (span: Span): boolean => span.start < Math.max(end, start + 1) && start < span.end;
  // The text slightly shifted, still where it was: take it.
  const nearby = agreeing.find((candidate) => overlapsOld(candidate.span));
  if (nearby) {
    return { status: 'anchored', span: nearby.span, method: 'quote' };
  }
  // Edited in place: the edited original beats a verbatim copy elsewhere (repeated paragraphs are common).
  const length = quote.exact.length;
  const inPlace = findFuzzy(text, quote, start, { start: Math.max(0, start - length), end: Math.min(text.length, end + length) });
  if (inPlace && overlapsOld(inPlace)) {
    return { status: 'anchored', span: inPlace, method: 'fuzzy' };
  }
  if (agreeing.length > 0) {
    return { status: 'anchored', span: agreeing[0].span, method: 'quote' };
  }
  // Near the old place first (cheap), then anywhere.
  const reach = NEAR_REACH + length;
  const near = { start: Math.max(0, start - reach), end: Math.min(text.length, end + reach) };
  const byFuzzy =
    findFuzzy(text, quote, start, near, Math.max(1000, reach)) ??
    (near.start > 0 || near.end < text.length ? findFuzzy(text, quote, start) : null);
  if (byFuzzy) {
    return { status: 'anchored', span: byFuzzy, method: 'fuzzy' };
  }
  // A verbatim occurrence whose surroundings all changed is not taken: it is as likely a copy (a repeated title
  // or paragraph) as the annotated text, and an orphan is better than a wrong place.
  return { status: 'orphan', reason: `the text "${abbreviate(quote.exact)}" is no longer in the document` };
}

/** How well the text around `span` agrees with the stored prefix and suffix, from 0 (not at all) to 1. */
export function contextAgreement(text: string, span: Span, quote: TextQuoteSelector): number {
  const wanted = quote.prefix.length + quote.suffix.length;
  if (wanted === 0) {
    return 1;
  }
  const before = text.slice(Math.max(0, span.start - quote.prefix.length), span.start);
  const after = text.slice(span.end, span.end + quote.suffix.length);
  return (commonSuffixLength(before, quote.prefix) + commonPrefixLength(after, quote.suffix)) / wanted;
}

/**
 * Occurrences of the exact text, best first: the one whose context agrees best, ties broken by closeness to the
 * old position. The caller takes the best only when its context agrees at least halfway; otherwise copies of
 * repeated text cannot be told apart.
 */
function exactOccurrences(text: string, quote: TextQuoteSelector, oldStart: number): { span: Span; agreement: number }[] {
  const found: { span: Span; agreement: number; distance: number }[] = [];
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const span = { start: at, end: at + quote.exact.length };
    found.push({ span, agreement: contextAgreement(text, span, quote), distance: Math.abs(at - oldStart) });
  }
  return found.sort((a, b) => b.agreement - a.agreement || a.distance - b.distance);
}

/** Longest probe diff-match-patch's Bitap search accepts (Match_MaxBits). */
const PROBE_LENGTH = 32;
/** How far (besides the quote's length) from its old place a fuzzy match is looked for before searching everywhere. */
const NEAR_REACH = 2000;
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
function findFuzzy(text: string, quote: TextQuoteSelector, oldStart: number, window?: Span, distance?: number): Span | null {
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

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) {
    i++;
  }
  return i;
}

function commonSuffixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) {
    i++;
  }
  return i;
}

function abbreviate(text: string): string {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
