import { isBalancedPair } from './quotes/glyphs';
import { classifyKind } from './quotes/kind';
import { candidateFinder, scanMarks, type LineScan } from './quotes/marks';
import { pairMarks, type MarkPair } from './quotes/pairing';
import { isSpaceCode } from './structure';
import type { Line, Quote, QuoteMarks, TextStructure } from './types';

/** An unclosed quote runs to the end of its line, but no further than this many characters. */
const MAX_UNCLOSED_LENGTH = 2000;
/** A line with more unclosed marks than this is garbled; the later ones (nested in the first) are not reported. */
const MAX_UNCLOSED_PER_LINE = 8;
/**
 * Quotes nested deeper than this are garbled text (prose nests three levels at most): not reported. Without a bound,
 * n nested pairs give n quotes of length up to 2n, and every record that carries quote texts grows as n².
 */
const MAX_NESTING = 8;
/** How much of the line around a quote the kind classifier reads. */
const CONTEXT_CHARS = 100;

interface Found {
  pair: MarkPair;
  start: number;
  end: number;
  depth: number;
  continued: boolean;
}

function trimmedEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) {
    end--;
  }
  return end;
}

/** End of an unclosed quote: the end of the line, or, on a very long line, the last sentence end within reach. */
function unclosedEnd(text: string, start: number, line: Line): number {
  const end = trimmedEnd(text, start, line.end);
  if (end - start <= MAX_UNCLOSED_LENGTH) {
    return end;
  }
  const reach = text.slice(start, start + MAX_UNCLOSED_LENGTH);
  const lastStop = Math.max(reach.lastIndexOf('. '), reach.lastIndexOf('! '), reach.lastIndexOf('? '));
  if (lastStop > 0) {
    return start + lastStop + 1;
  }
  const cut = start + MAX_UNCLOSED_LENGTH;
  const splitsPair = (text.charCodeAt(cut - 1) & 0xfc00) === 0xd800 && (text.charCodeAt(cut) & 0xfc00) === 0xdc00;
  return splitsPair ? cut - 1 : cut;
}

function quotesOfLine(text: string, line: Line, from: number, scan: LineScan): Found[] {
  const marks = scanMarks(text, from, line.end, scan);
  if (marks.length === 0) {
    return [];
  }
  const pairs = pairMarks(marks, text);
  const found: Found[] = [];
  const enclosing: number[] = []; // outer ends of the quotes that contain the current one
  let unclosed = 0;
  for (const pair of pairs) {
    if (!pair.close && ++unclosed > MAX_UNCLOSED_PER_LINE) {
      continue;
    }
    const start = pair.open.end;
    const end = pair.close ? pair.close.start : unclosedEnd(text, start, line);
    if (trimmedEnd(text, start, end) === start) {
      continue;
    }
    const outerEnd = pair.close ? pair.close.end : end;
    while (enclosing.length > 0 && enclosing[enclosing.length - 1] <= pair.open.start) {
      enclosing.pop();
    }
    if (enclosing.length >= MAX_NESTING) {
      continue;
    }
    found.push({ pair, start, end, depth: enclosing.length, continued: false });
    enclosing.push(outerEnd);
  }
  return found;
}

/** A tag left open at the end of a line closes within this many characters, or it was no tag. */
const MAX_TAG_TAIL = 2000;

function closingOfTag(text: string, from: number): number {
  const close = text.slice(from, from + MAX_TAG_TAIL).indexOf('>');
  return close < 0 ? -1 : from + close;
}

function firstVisible(text: string, line: Line): number {
  let at = line.start;
  while (at < line.end && isSpaceCode(text.charCodeAt(at))) {
    at++;
  }
  return at;
}

/** True when the line's first visible character is a double quotation mark that opens. */
function opensWithDoubleMark(text: string, line: Line): boolean {
  const at = firstVisible(text, line);
  const mark = scanMarks(text, at, Math.min(line.end, at + 3))[0] as ReturnType<typeof scanMarks>[number] | undefined;
  return mark !== undefined && mark.start === at && mark.family === 'double' && mark.role !== 'close';
}

function marksOf(text: string, found: Found): QuoteMarks {
  const { open, close } = found.pair;
  if (!close) {
    return found.continued ? 'balanced' : 'unclosed';
  }
  return isBalancedPair(text.slice(open.start, open.end), text.slice(close.start, close.end)) ? 'balanced' : 'mismatched';
}

/**
 * The stretch of the line the classifier reads around the quote at `index`: at most CONTEXT_CHARS either side, and
 * not past the second quote before or after it, so that densely quoted text is still read in linear time.
 */
function contextBounds(all: Found[], index: number, line: Line): { from: number; to: number } {
  const { open, close } = all[index].pair;
  const from = Math.max(line.start, open.start - CONTEXT_CHARS, index >= 2 ? all[index - 2].pair.open.start : line.start);
  let to = close ? Math.min(line.end, close.end + CONTEXT_CHARS) : line.end;
  if (close) {
    let following = 0;
    for (let next = index + 1; next < all.length && next <= index + 8; next++) {
      if (all[next].pair.open.start >= close.end && ++following === 2) {
        to = Math.min(to, all[next].pair.open.start);
        break;
      }
    }
  }
  return { from, to };
}

function toQuote(text: string, line: Line, all: Found[], index: number): Quote {
  const found = all[index];
  const { open, close } = found.pair;
  const context = contextBounds(all, index, line);
  const inner = text.slice(found.start, found.end);
  return {
    start: found.start,
    end: found.end,
    text: inner,
    open: { start: open.start, end: open.end },
    close: close ? { start: close.start, end: close.end } : null,
    marks: marksOf(text, found),
    kind: classifyKind({
      inner,
      before: text.slice(context.from, open.start),
      after: close ? text.slice(close.end, context.to) : '',
      continued: found.continued,
    }),
    depth: found.depth,
    speaker: null,
    speakerMention: null,
    cue: null,
    inBoilerplate: false,
    inComments: false,
  };
}

/**
 * Every quotation-mark span, in text order; speaker/cue are filled later by `attributeQuotes`.
 * Marks are paired line by line (a quote never spans a line break); a quote left open at the end of a paragraph
 * whose next paragraph opens with a mark again is the news convention for a quote continued over paragraphs.
 */
export function findQuotes(structure: TextStructure): Quote[] {
  const { text } = structure;
  const quotes: Quote[] = [];
  let pending: { line: Line; found: Found[] } | null = null;
  const flush = (): void => {
    if (pending) {
      for (let index = 0; index < pending.found.length; index++) {
        quotes.push(toQuote(text, pending.line, pending.found, index));
      }
      pending = null;
    }
  };
  const nextCandidate = candidateFinder(text);
  let tagClose = -1; // the ">" of a markup tag that an earlier line left open
  for (const line of structure.lines) {
    const blank = firstVisible(text, line) === line.end;
    const from = tagClose >= line.start ? tagClose + 1 : line.start;
    if (nextCandidate(from) >= line.end) {
      // no mark on this line: nothing to find, and nothing on it continues the previous quote
      if (!blank) {
        flush();
      }
      continue;
    }
    if (blank) {
      continue;
    }
    const outermostOpen = pending?.found.find((found) => found.pair.close === null && found.depth === 0);
    if (outermostOpen && from === line.start && opensWithDoubleMark(text, line)) {
      outermostOpen.continued = true;
    }
    flush();
    const scan: LineScan = { endsInsideTag: false };
    pending = { line, found: quotesOfLine(text, line, from, scan) };
    if (scan.endsInsideTag) {
      tagClose = closingOfTag(text, line.end);
    }
  }
  flush();
  return quotes;
}
