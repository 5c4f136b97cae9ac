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

import type { Span } from '../core/types';
import { CodePointMap } from '../protocol/offsets';
import { CONTEXT_LENGTH, type AnnotationTarget, type TextPositionSelector, type TextQuoteSelector } from './model';
import { findFuzzy } from './fuzzy';

export { FUZZY_MIN_CONTEXT, FUZZY_MIN_SIMILARITY } from './fuzzy';

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

/** How far (besides the quote's length) from its old place a fuzzy match is looked for before searching everywhere. */
const NEAR_REACH = 2000;

export type AnchorMethod = 'unchanged' | 'position' | 'quote' | 'fuzzy';

export type AnchorResult =
  | { status: 'anchored'; span: Span; method: AnchorMethod }
  | { status: 'orphan'; reason: string };


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
  return place(text, withLineEndingsOf(text, quote), start, end);
}

/**
 * The quote with its line breaks converted when the document's line endings changed since (git's autocrlf on
 * another machine, an editor setting): the text itself is the same.
 */
function withLineEndingsOf(text: string, quote: TextQuoteSelector): TextQuoteSelector {
  const stored = quote.prefix + quote.exact + quote.suffix;
  const convert = (to: (part: string) => string): TextQuoteSelector => ({
    ...quote,
    exact: to(quote.exact),
    prefix: to(quote.prefix),
    suffix: to(quote.suffix),
  });
  if (text.includes('\r\n') && /(?:^|[^\r])\n/u.test(stored)) {
    return convert((part) => part.replace(/\r?\n/gu, '\r\n'));
  }
  if (!text.includes('\r\n') && stored.includes('\r\n')) {
    return convert((part) => part.replace(/\r\n/gu, '\n'));
  }
  return quote;
}

/** The stages after the position check: exact quote near, fuzzy in place, exact quote anywhere, fuzzy anywhere. */
function place(text: string, quote: TextQuoteSelector, start: number, end: number): AnchorResult {
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
