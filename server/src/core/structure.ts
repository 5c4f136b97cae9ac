import { ParseEnglish } from 'parse-english';
import type { Line, Paragraph, Sentence, TextStructure } from './types';
import { partitionPoint } from './partitionPoint';

const BOM = '\uFEFF';

export function stripBom(text: string): { text: string; hadBom: boolean } {
  return text.startsWith(BOM) ? { text: text.slice(1), hadBom: true } : { text, hadBom: false };
}

/** Splits on "\n", "\r\n" and lone "\r"; line spans exclude the terminator. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // indexOf is a native scan and allocates nothing (a regex allocated a match per line)
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  let start = 0;
  for (;;) {
    if (lf >= 0 && lf < start) {
      lf = text.indexOf('\n', start);
    }
    if (cr >= 0 && cr < start) {
      cr = text.indexOf('\r', start);
    }
    const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (end < 0) {
      break;
    }
    lines.push({ index: lines.length, start, end });
    start = end === cr && lf === cr + 1 ? end + 2 : end + 1;
  }
  lines.push({ index: lines.length, start, end: text.length });
  return lines;
}

/** White space as `\s` and String.prototype.trim see it, by char code (a regex per line or char was a hot spot). */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether text[start, end) holds only white space. */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) {
      return false;
    }
  }
  return true;
}

/** Offset of the first character of text[start, end) that is not white space, or `end`. */
export function skipSpace(text: string, start: number, end: number): number {
  while (start < end && isSpaceCode(text.charCodeAt(start))) {
    start++;
  }
  return start;
}

/** Offset just past the last character of text[start, end) that is not white space, or `start`. */
export function skipSpaceBack(text: string, start: number, end: number): number {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) {
    end--;
  }
  return end;
}

export function splitParagraphs(text: string, lines: Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | null = null;
  for (const line of lines) {
    const blank = isBlank(text, line.start, line.end);
    if (blank) {
      open = null;
      continue;
    }
    if (open) {
      open.end = line.end;
      open.lastLine = line.index;
    } else {
      open = { index: paragraphs.length, start: line.start, end: line.end, firstLine: line.index, lastLine: line.index };
      paragraphs.push(open);
    }
  }
  return paragraphs;
}

/** Largest i with spans[i].start <= offset, or -1. */
function lastStartingAtOrBefore(spans: readonly { start: number }[], offset: number): number {
  return partitionPoint(spans.length, (index) => spans[index].start <= offset) - 1;
}

interface NlcstNode {
  type: string;
  children?: NlcstNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

// parse-english is the retext/nlcst parser; it knows English abbreviations ("U.S.", "Gen.", "Jan. 5.") that a
// regex splitter gets wrong. It is run per paragraph (not on the whole text) because its cost grows faster than
// linearly with input length.
const englishParser = new ParseEnglish();

function segmentSentences(text: string, paragraph: Paragraph): Sentence[] {
  const tree = englishParser.parse(text.slice(paragraph.start, paragraph.end)) as NlcstNode;
  const sentences: Sentence[] = [];
  for (const block of tree.children ?? []) {
    for (const node of block.children ?? []) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (node.type === 'SentenceNode' && start !== undefined && end !== undefined) {
        sentences.push({ start: paragraph.start + start, end: paragraph.start + end, paragraph: paragraph.index });
      }
    }
  }
  return sentences;
}

export function buildStructure(text: string): TextStructure {
  const lines = splitLines(text);
  const paragraphs = splitParagraphs(text, lines);
  const sentenceCache = new Map<number, Sentence[]>();
  return {
    text,
    lines,
    paragraphs,
    sentencesOf(index: number): Sentence[] {
      let sentences = sentenceCache.get(index);
      if (!sentences) {
        const paragraph = paragraphs[index];
        sentences = paragraph ? segmentSentences(text, paragraph) : [];
        sentenceCache.set(index, sentences);
      }
      return sentences;
    },
    lineAt(offset: number): number {
      return Math.max(0, lastStartingAtOrBefore(lines, offset));
    },
    paragraphAt(offset: number): number {
      const candidate = lastStartingAtOrBefore(paragraphs, offset);
      return candidate >= 0 && offset <= paragraphs[candidate].end ? candidate : -1;
    },
  };
}

/** A digit, a white space other than a plain space (the `\s` set), or two spaces in a row: something to fold. */
const FOLDABLE = /[\d\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Normalised form of a line used to compare lines across documents (case, digits and spacing folded). */
export function normalizeLineKey(line: string): string {
  const lower = line.toLowerCase();
  // Most lines have nothing to fold: two replace passes on each of them were a hot spot of corpus runs.
  return (FOLDABLE.test(lower) ? lower.replace(/\d+/g, '0').replace(/\s+/g, ' ') : lower).trim();
}

const FIRST_VISIBLE = /\S/;

/**
 * normalizeLineKey(text) === key, most unequal texts told by their first visible character alone (its key's first
 * character: a digit's is "0", a letter's its lower case) instead of normalising them whole (a block of reader
 * comments compared with the title, for one).
 */
export function hasLineKey(text: string, key: string): boolean {
  const first = FIRST_VISIBLE.exec(text)?.[0].charCodeAt(0);
  // a surrogate pair is lower-cased as a whole: left to normalizeLineKey
  if (first !== undefined && key.length > 0 && (first < 0xd800 || first > 0xdfff)) {
    const folded = first >= 48 && first <= 57 ? 48 : String.fromCharCode(first).toLowerCase().charCodeAt(0);
    if (folded !== key.charCodeAt(0)) {
      return false;
    }
  }
  return normalizeLineKey(text) === key;
}
