import type { ExportOptions } from '../options';
import type { CorpusRecord } from '../record';
import type { ExportFormat } from './format';
import { labelledSpans, type LabelledSpan } from './labels';

/** Words (letters, digits, marks, inner apostrophes/hyphens) or single other non-space characters. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|\S/gu;
/** Anything a line-oriented reader would take as a line break. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/gu;

export interface ConllToken {
  token: string;
  /** Code points into the exported text. */
  start: number;
  end: number;
  tag: string;
}

/**
 * IOB2 tokens, one sentence per text line. Overlapping spans cannot all be shown in one tag column: a token takes
 * the innermost (shortest) span covering it, and a span resumed after an inner one starts again with B-.
 */
export function toConllSentences(record: CorpusRecord, options: Pick<ExportOptions, 'claimLabels'>): ConllToken[][] {
  const spans = labelledSpans(record, options);
  const sentences: ConllToken[][] = [];
  // Code-point position of each UTF-16 index is tracked incrementally while scanning.
  const text = record.text;
  let codePoint = 0;
  let utf16 = 0;
  const advance = (to: number): number => {
    for (; utf16 < to; utf16++) {
      const code = text.charCodeAt(utf16);
      const isPairStart = code >= 0xd800 && code <= 0xdbff && utf16 + 1 < text.length && (text.charCodeAt(utf16 + 1) & 0xfc00) === 0xdc00;
      if (isPairStart) {
        utf16++;
      }
      codePoint++;
    }
    return codePoint;
  };
  let lineStart = 0;
  const lines: [number, number][] = [];
  for (const match of text.matchAll(LINE_BREAK)) {
    lines.push([lineStart, match.index]);
    lineStart = match.index + match[0].length;
  }
  lines.push([lineStart, text.length]);
  let cursor = 0;
  let previous: LabelledSpan | null = null;
  for (const [from, to] of lines) {
    const sentence: ConllToken[] = [];
    previous = null;
    for (const match of text.slice(from, to).matchAll(TOKEN)) {
      const start = advance(from + match.index);
      const end = advance(from + match.index + match[0].length);
      while (cursor < spans.length && spans[cursor].end <= start) {
        cursor++;
      }
      let best: LabelledSpan | null = null;
      for (let i = cursor; i < spans.length && spans[i].start < end; i++) {
        const span = spans[i];
        if (span.start <= start && end <= span.end && (!best || span.end - span.start < best.end - best.start)) {
          best = span;
        }
      }
      const tag = best ? `${best === previous ? 'I' : 'B'}-${best.label}` : 'O';
      previous = best;
      sentence.push({ token: match[0], start, end, tag });
    }
    if (sentence.length > 0) {
      sentences.push(sentence);
    }
  }
  return sentences;
}

/** `# id = …` comment, then `token<TAB>start<TAB>end<TAB>tag` lines, a blank line after each sentence. */
export function renderConll(record: CorpusRecord, options: Pick<ExportOptions, 'claimLabels'>): string {
  const header = `# id = ${record.id.replace(/\s+/gu, ' ')}\n# source = ${record.source.path.replace(/\s+/gu, ' ')}\n# sha256 = ${record.sha256}\n`;
  const body = toConllSentences(record, options)
    .map((sentence) => sentence.map((t) => `${t.token}\t${t.start}\t${t.end}\t${t.tag}\n`).join('') + '\n')
    .join('');
  return header + body + '\n';
}

export function conllFormat(options: ExportOptions): ExportFormat {
  return { name: 'conll', render: (record) => [{ file: 'corpus.conll', content: renderConll(record, options), mode: 'append' }], finish: () => [] };
}
