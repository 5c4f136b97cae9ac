import { ParseEnglish } from 'parse-english';
import type { Line, Paragraph, Sentence, TextStructure } from './types';

const BOM = '\uFEFF';

export function stripBom(text: string): { text: string; hadBom: boolean } {
  return text.startsWith(BOM) ? { text: text.slice(1), hadBom: true } : { text, hadBom: false };
}

/** Splits on "\n", "\r\n" and lone "\r"; line spans exclude the terminator. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const terminator = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = terminator.exec(text); match; match = terminator.exec(text)) {
    lines.push({ index: lines.length, start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ index: lines.length, start, end: text.length });
  return lines;
}

const NON_BLANK = /\S/;

export function splitParagraphs(text: string, lines: Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | null = null;
  for (const line of lines) {
    const blank = !NON_BLANK.test(text.slice(line.start, line.end));
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
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
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

/** Normalised form of a line used to compare lines across documents (case, digits and spacing folded). */
export function normalizeLineKey(line: string): string {
  return line.toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
}
