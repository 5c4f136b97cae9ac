/**
 * Where a text changed and which paragraphs the change touched: line and paragraph boundaries found by scanning
 * around an offset, so that a large text is never split as a whole after an edit. Pure.
 */

export interface TextEdit {
  /** Start of the change, the same in both texts. */
  start: number;
  /** End of the replaced range in the old text. */
  oldEnd: number;
  /** End of the inserted text in the new text. */
  newEnd: number;
}

/** Texts are compared this many code units at a time (string equality is a memory compare) before char by char. */
const CHUNK = 4096;

/** The one contiguous change between two texts (common prefix and suffix), or null when they are equal. */
export function diffTexts(before: string, after: string): TextEdit | null {
  if (before === after) {
    return null;
  }
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start + CHUNK <= limit && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) {
    start += CHUNK;
  }
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) {
    start++;
  }
  const room = limit - start;
  let suffix = 0;
  const sameTail = (length: number): boolean =>
    before.slice(before.length - length, before.length - suffix) === after.slice(after.length - length, after.length - suffix);
  while (suffix + CHUNK <= room && sameTail(suffix + CHUNK)) {
    suffix += CHUNK;
  }
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
    suffix++;
  }
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

function isBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

function lastBreakBefore(text: string, position: number): number {
  for (let i = position - 1; i >= 0; i--) {
    if (isBreak(text.charCodeAt(i))) {
      return i;
    }
  }
  return -1;
}

/** End of the line content starting at or containing `position`. */
function lineContentEnd(text: string, position: number): number {
  let end = position;
  while (end < text.length && !isBreak(text.charCodeAt(end))) {
    end++;
  }
  return end;
}

/** Start of the paragraph containing `offset`: the first line after the previous blank line. */
export function paragraphStart(text: string, offset: number): number {
  let lineStart = lastBreakBefore(text, offset) + 1;
  while (lineStart > 0) {
    let breakAt = lineStart - 1;
    if (text.charCodeAt(breakAt) === 0x0a && text.charCodeAt(breakAt - 1) === 0x0d) {
      breakAt--;
    }
    const previousStart = lastBreakBefore(text, breakAt) + 1;
    if (text.slice(previousStart, breakAt).trim() === '') {
      return lineStart;
    }
    lineStart = previousStart;
  }
  return 0;
}

/** End of the paragraph containing `offset`: the start of the next blank line (or the text's end). */
export function paragraphEnd(text: string, offset: number): number {
  let position = offset;
  for (;;) {
    const lineEnd = lineContentEnd(text, position);
    if (lineEnd >= text.length) {
      return text.length;
    }
    const next = lineEnd + (text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
    if (text.slice(next, lineContentEnd(text, next)).trim() === '') {
      return next;
    }
    position = next;
  }
}

/** End of the first `count` paragraphs of a text (the article's head). */
export function headEnd(text: string, count: number): number {
  let end = 0;
  for (let i = 0; i < count && end < text.length; i++) {
    let next = end;
    while (next < text.length && text.slice(next, lineContentEnd(text, next)).trim() === '') {
      next = lineContentEnd(text, next) + 1;
    }
    end = paragraphEnd(text, Math.min(next, text.length));
  }
  return end;
}
