/**
 * Fast provisional re-analysis after an edit: re-analyse only the paragraphs the edit touched and splice the result
 * into the previous analysis, shifting everything after the edit. Cross-paragraph evidence (a pronoun resolved to a
 * speaker named earlier, boilerplate decided from its neighbours) is approximated from the previous analysis; the
 * adapter replaces the result with a full `analyze` once typing pauses. Pure.
 */
import { collectFindings } from './findings';
import { analyze } from './index';
import { buildStructure, stripBom } from './structure';
import type { Analysis, AnalyzeOptions, Boilerplate, Mention, Quote, Span, Speaker, TextStructure } from './types';
import { speakerKey } from './workspaceIndex';

/** Above this many changed characters a full analysis is as cheap as splicing. */
const MAX_REGION = 64_000;
/** Edits among the first paragraphs can change the title, byline or published date: those need a full analysis. */
const HEAD_PARAGRAPHS = 6;

export interface TextEdit {
  /** Start of the change, the same in both texts. */
  start: number;
  /** End of the replaced range in the old text. */
  oldEnd: number;
  /** End of the inserted text in the new text. */
  newEnd: number;
}

/** The one contiguous change between two texts (common prefix and suffix), or null when they are equal. */
export function diffTexts(before: string, after: string): TextEdit | null {
  if (before === after) {
    return null;
  }
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) {
    start++;
  }
  let suffix = 0;
  while (
    suffix < limit - start &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
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
function paragraphStart(text: string, offset: number): number {
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
function paragraphEnd(text: string, offset: number): number {
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

/** A structure built on first use: splicing must not pay for splitting a large text that no feature may read. */
function lazyStructure(text: string): TextStructure {
  let built: TextStructure | undefined;
  const get = (): TextStructure => (built ??= buildStructure(text));
  return {
    text,
    get lines() {
      return get().lines;
    },
    get paragraphs() {
      return get().paragraphs;
    },
    sentencesOf: (paragraph) => get().sentencesOf(paragraph),
    lineAt: (offset) => get().lineAt(offset),
    paragraphAt: (offset) => get().paragraphAt(offset),
  };
}

const outer = (quote: Quote): Span => ({ start: quote.open.start, end: quote.close ? quote.close.end : quote.end });

/**
 * Re-analyses `input` given the analysis of the previous text, or returns undefined when the edit needs a full
 * analysis (large change, or a change in the article's head).
 */
export function reanalyzeEdit(previous: Analysis, input: string, options: AnalyzeOptions = {}): Analysis | undefined {
  const { text } = stripBom(input);
  const edit = diffTexts(previous.text, text);
  if (!edit) {
    return previous;
  }
  const delta = edit.newEnd - edit.oldEnd;
  let start = paragraphStart(text, edit.start);
  let end = paragraphEnd(text, edit.newEnd);
  // Grow the region over quotes that cross it (a quote may run on over paragraphs).
  for (const quote of previous.quotes) {
    const span = outer(quote);
    if (span.start < end - delta && start < span.end) {
      start = Math.min(start, span.start);
      end = Math.max(end, span.end + delta);
    }
  }
  const headEnd = previous.structure.paragraphs[HEAD_PARAGRAPHS]?.start ?? previous.text.length;
  if (start < headEnd || end - start > MAX_REGION) {
    return undefined;
  }
  const oldEnd = end - delta;
  const shift = <T extends Span>(span: T): T | null =>
    span.end <= start ? span : span.start >= oldEnd ? { ...span, start: span.start + delta, end: span.end + delta } : null;
  const move = (span: Span | null): Span | null => (span ? shift(span) : null);

  const local = analyze(text.slice(start, end), {
    ...options,
    corrections: [],
    published: previous.metadata.published.value ?? options.published,
  });
  const at = <T extends Span>(span: T): T => ({ ...span, start: span.start + start, end: span.end + start });
  const speakers: Speaker[] = previous.speakers.map((speaker) => ({ ...speaker, mentions: [], quotes: [] }));
  const speakerOf = new Map(speakers.map((speaker, index) => [speakerKey(speaker.name), index]));
  const mapSpeaker = (index: number | null): number | null => {
    if (index === null) {
      return null;
    }
    const speaker = local.speakers[index];
    const key = speakerKey(speaker.name);
    let mapped = speakerOf.get(key);
    if (mapped === undefined) {
      mapped = speakers.push({ ...speaker, mentions: [], quotes: [] }) - 1;
      speakerOf.set(key, mapped);
    }
    return mapped;
  };

  const boilerplate: Boilerplate[] = [];
  for (const block of previous.boilerplate) {
    const moved = shift(block);
    if (moved) {
      boilerplate.push(moved);
    } else if (block.start <= start && oldEnd <= block.end) {
      boilerplate.push({ ...block, end: block.end + delta });
    }
  }
  const furniture = (span: Span): Boilerplate | undefined =>
    boilerplate.find((block) => block.start <= span.start && span.end <= block.end);

  const keptQuotes: Quote[] = [];
  for (const quote of previous.quotes) {
    const moved = shift(outer(quote));
    if (moved) {
      const by = moved.start - outer(quote).start;
      const plus = <T extends Span>(span: T): T => ({ ...span, start: span.start + by, end: span.end + by });
      keptQuotes.push({
        ...plus(quote),
        open: plus(quote.open),
        close: quote.close ? plus(quote.close) : null,
        cue: quote.cue ? plus(quote.cue) : null,
        speakerMention: move(quote.speakerMention),
      });
    }
  }
  const newQuotes = local.quotes.map((quote): Quote => {
    const shifted = { ...at(quote), open: at(quote.open), close: quote.close ? at(quote.close) : null };
    const block = furniture(outer(shifted));
    return {
      ...shifted,
      cue: quote.cue ? at(quote.cue) : null,
      speakerMention: quote.speakerMention ? at(quote.speakerMention) : null,
      speaker: mapSpeaker(quote.speaker),
      inBoilerplate: block !== undefined && block.kind !== 'comments',
      inComments: block?.kind === 'comments',
    };
  });
  const quotes = [...keptQuotes, ...newQuotes].sort((a, b) => a.open.start - b.open.start);

  const mentions: Mention[] = [
    ...previous.mentions.map(shift).filter((mention): mention is Mention => mention !== null),
    ...local.mentions.map((mention) => ({ ...at(mention), speaker: mapSpeaker(mention.speaker) ?? mention.speaker })),
  ].sort((a, b) => a.start - b.start);
  mentions.forEach((mention, index) => speakers[mention.speaker]?.mentions.push(index));
  quotes.forEach((quote, index) => (quote.speaker === null ? undefined : speakers[quote.speaker]?.quotes.push(index)));

  const dates = [...previous.dates.map(shift).filter((date) => date !== null), ...local.dates.map(at)].sort(
    (a, b) => a.start - b.start,
  );
  const duplicates = previous.duplicates
    .map((duplicate) => {
      const original = shift(duplicate.original);
      const copy = shift(duplicate.copy);
      return original && copy ? { original, copy } : null;
    })
    .filter((duplicate) => duplicate !== null);
  return {
    ...previous,
    text,
    hadBom: text.length !== input.length,
    structure: lazyStructure(text),
    quotes,
    speakers,
    mentions,
    dates,
    boilerplate,
    duplicates,
    findings: collectFindings({ text, quotes, dates, duplicates }),
  };
}
