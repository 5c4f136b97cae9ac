import type { ExportOptions } from '../options';
import type { CorpusRecord } from '../record';
import type { ExportFormat, OutputChunk } from './format';
import { labelledSpans, type EntityType } from './labels';

/** Words (letters, digits, marks, inner apostrophes/hyphens) or single other non-space characters. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|\S/gu;
/** Anything a line-oriented reader would take as a line break. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/gu;

/** The tag columns, one per layer, so that a date or speaker inside a quote leaves the quote's chunk whole. */
export const CONLL_LAYERS = ['quote', 'speaker', 'cue', 'date', 'boilerplate', 'claim'] as const;
export type ConllLayer = (typeof CONLL_LAYERS)[number];

const LAYER_OF: Record<EntityType, ConllLayer> = { Quote: 'quote', Speaker: 'speaker', Date: 'date', Boilerplate: 'boilerplate', Claim: 'claim' };

export interface ConllToken {
  token: string;
  /** Code points into the exported text. */
  start: number;
  end: number;
  /** IOB2 tag per layer: O, B-Quote, I-Quote, … */
  tags: Record<ConllLayer, string>;
}

interface TaggedSpan {
  start: number;
  end: number;
  label: string;
}

/**
 * The spans that tag one layer's column: a span inside another of the same layer (a quote within a quote) is
 * left to the outer one, so every chunk is a whole span; of two that overlap, the earlier one keeps the overlap.
 */
function outermost(spans: TaggedSpan[]): TaggedSpan[] {
  const kept: TaggedSpan[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept.at(-1);
    if (!last || span.end > last.end) {
      kept.push(last && span.start < last.end ? { ...span, start: last.end } : span);
    }
  }
  return kept;
}

function layerSpans(record: CorpusRecord, options: Pick<ExportOptions, 'claimLabels'>): Record<ConllLayer, TaggedSpan[]> {
  const byLayer: Record<ConllLayer, TaggedSpan[]> = { quote: [], speaker: [], cue: [], date: [], boilerplate: [], claim: [] };
  for (const span of labelledSpans(record, options)) {
    byLayer[LAYER_OF[span.entity]].push(span);
  }
  for (const quote of record.quotes) {
    if (quote.cue && quote.cue.end > quote.cue.start) {
      byLayer.cue.push({ start: quote.cue.start, end: quote.cue.end, label: 'Cue' });
    }
  }
  for (const layer of CONLL_LAYERS) {
    byLayer[layer] = outermost(byLayer[layer]);
  }
  return byLayer;
}

/** One layer's IOB2 tags, token by token (tokens arrive in text order). */
class LayerTagger {
  private cursor = 0;
  private previous: TaggedSpan | null = null;

  constructor(private readonly spans: TaggedSpan[]) {}

  /** A new line starts a new sentence: a span continuing on it starts again with B-. */
  newSentence(): void {
    this.previous = null;
  }

  tag(start: number, end: number): string {
    while (this.cursor < this.spans.length && this.spans[this.cursor].end <= start) {
      this.cursor++;
    }
    const span = this.spans[this.cursor] as TaggedSpan | undefined;
    const covering = span && span.start <= start && end <= span.end ? span : null;
    const tag = covering ? `${covering === this.previous ? 'I' : 'B'}-${covering.label}` : 'O';
    this.previous = covering;
    return tag;
  }
}

/** IOB2 tokens, one sentence per text line, with a tag column per layer (`CONLL_LAYERS`). */
export function toConllSentences(record: CorpusRecord, options: Pick<ExportOptions, 'claimLabels'>): ConllToken[][] {
  const spans = layerSpans(record, options);
  const taggers = CONLL_LAYERS.map((layer) => [layer, new LayerTagger(spans[layer])] as const);
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
  for (const [from, to] of lines) {
    const sentence: ConllToken[] = [];
    taggers.forEach(([, tagger]) => tagger.newSentence());
    for (const match of text.slice(from, to).matchAll(TOKEN)) {
      const start = advance(from + match.index);
      const end = advance(from + match.index + match[0].length);
      const tags = Object.fromEntries(taggers.map(([layer, tagger]) => [layer, tagger.tag(start, end)])) as Record<ConllLayer, string>;
      sentence.push({ token: match[0], start, end, tags });
    }
    if (sentence.length > 0) {
      sentences.push(sentence);
    }
  }
  return sentences;
}

/** Names the columns, CoNLL-U Plus style, on the first line of the file. */
export const CONLL_COLUMNS_LINE = `# global.columns = FORM START END ${CONLL_LAYERS.map((layer) => layer.toUpperCase()).join(' ')}\n`;

/** `# id = …` comments, then `token<TAB>start<TAB>end<TAB>` and one tag per layer, a blank line after each sentence. */
export function renderConll(record: CorpusRecord, options: Pick<ExportOptions, 'claimLabels'>): string {
  const header = `# id = ${record.id.replace(/\s+/gu, ' ')}\n# source = ${record.source.path.replace(/\s+/gu, ' ')}\n# sha256 = ${record.sha256}\n`;
  const body = toConllSentences(record, options)
    .map((sentence) => sentence.map((t) => `${t.token}\t${t.start}\t${t.end}\t${CONLL_LAYERS.map((layer) => t.tags[layer]).join('\t')}\n`).join('') + '\n')
    .join('');
  return header + body + '\n';
}

export function conllFormat(options: ExportOptions): ExportFormat {
  let first = true;
  return {
    name: 'conll',
    renderDocument: (record) => ({ chunks: [{ file: 'corpus.conll', content: renderConll(record, options), mode: 'append' }] }),
    take: ({ chunks }) => {
      const header: OutputChunk[] = first ? [{ file: 'corpus.conll', content: CONLL_COLUMNS_LINE, mode: 'append' }] : [];
      first = false;
      return [...header, ...chunks];
    },
    finish: () => [],
  };
}
