/**
 * What a selection or cursor means to an annotation command, shared by the client (which shows what it will tag)
 * and the server (which expands an empty range it is sent): selections as they are, or the sentence / word at a
 * cursor. Pure text; no analysis.
 */

import type { Span } from '../core/types';

/** The paragraph (run of non-blank lines) around `offset`. */
function paragraphAround(text: string, offset: number): Span {
  const blank = /\r?\n[ \t]*\r?\n|\r[ \t]*\r/gu;
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(blank)) {
    const at = match.index;
    if (at + match[0].length <= offset) {
      start = at + match[0].length;
    } else if (at >= offset) {
      end = at;
      break;
    }
  }
  return { start, end };
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start])) {
    start++;
  }
  while (end > start && /\s/u.test(text[end - 1])) {
    end--;
  }
  return { start, end };
}

function segmentAt(text: string, offset: number, granularity: 'sentence' | 'word'): Span | null {
  const paragraph = paragraphAround(text, offset);
  const segmenter = new Intl.Segmenter('en', { granularity });
  const local = offset - paragraph.start;
  for (const segment of segmenter.segment(text.slice(paragraph.start, paragraph.end))) {
    const end = segment.index + segment.segment.length;
    if (local >= segment.index && (local < end || end === paragraph.end - paragraph.start)) {
      if (granularity === 'word' && segment.isWordLike !== true) {
        return null;
      }
      const span = trimmed(text, { start: paragraph.start + segment.index, end: paragraph.start + end });
      return span.end > span.start ? span : null;
    }
  }
  return null;
}

/** The sentence containing `offset` (Intl.Segmenter, within its paragraph), or null on a blank line. */
export function sentenceAt(text: string, offset: number): Span | null {
  return segmentAt(text, offset, 'sentence');
}

/** The word containing `offset`, or null. */
export function wordAt(text: string, offset: number): Span | null {
  return segmentAt(text, offset, 'word') ?? (offset > 0 ? segmentAt(text, offset - 1, 'word') : null);
}

/** Non-empty selections as they are; each cursor becomes the sentence around it. Duplicates are dropped. */
export function claimSpans(text: string, selections: readonly Span[]): Span[] {
  const spans: Span[] = [];
  for (const selection of selections) {
    const span = selection.start === selection.end ? sentenceAt(text, selection.start) : trimmed(text, selection);
    if (span && span.end > span.start && !spans.some((s) => s.start === span.start && s.end === span.end)) {
      spans.push(span);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
