import type { Quote, TextStructure } from '../types';
import { endsOnStop } from './quoteText';
import { isCapitalized, type Token, type TokenTable } from './tokens';

/**
 * One paragraph's tokens with every top-level quote collapsed into a single opaque token, so that clause scanning
 * around a quote sees "“…,” Rutte said" as QUOTE , Rutte said. A quote whose text ends a sentence (“… today.”) ends
 * the sentence unless a lower-case word follows (“Really?” she asked).
 */
export function paragraphView(table: TokenTable, start: number, end: number, quotes: readonly Quote[], indices: readonly number[]): Token[] {
  const view: Token[] = [];
  let k = table.firstAt(start);
  for (const index of indices) {
    const quote = quotes[index];
    const quoteEnd = Math.min(end, quote.close ? quote.close.end : quote.end);
    if (quote.open.start < (view.length ? view[view.length - 1].end : start)) {
      continue;
    }
    while (k < table.length && table.start(k) < quote.open.start) {
      view.push(table.token(k++));
    }
    while (k < table.length && table.start(k) < quoteEnd) {
      k++;
    }
    const ends = endsOnStop(quote.text) || quote.close === null;
    view.push({ start: quote.open.start, end: quoteEnd, text: '', lower: '', type: 'quote', sentenceEnd: ends, quote: index, lineStart: false });
  }
  while (k < table.length && table.start(k) < end) {
    view.push(table.token(k++));
  }
  for (let i = 0; i < view.length - 1; i++) {
    const token = view[i];
    if (token.type === 'quote' && token.sentenceEnd && view[i + 1].type === 'word' && !isCapitalized(view[i + 1])) {
      // every property written out, in the order TokenTable.token writes them: a spread copy would be a token of another shape
      view[i] = { start: token.start, end: token.end, text: token.text, lower: token.lower, type: token.type, sentenceEnd: false, quote: token.quote, lineStart: token.lineStart };
    }
  }
  return view;
}

export interface Located {
  /** Paragraph index, or -1. */
  paragraph: number;
  /** Index of the quote's token in its paragraph's token list. */
  token: number;
}

/**
 * The quote-collapsed token views of the paragraphs that hold quotes, built on demand as attribution walks the
 * quotes in text order and released once it has moved on: on a megabyte of text, keeping every view alive until
 * the end made the garbage collector copy them over and over.
 */
export class ParagraphViews {
  private readonly byParagraph = new Map<number, number[]>();
  private readonly paragraphOf = new Map<number, number>();
  private readonly located = new Map<number, Located>();
  private readonly lengths = new Map<number, number>();
  private readonly views = new Map<number, Token[]>();

  constructor(
    private readonly structure: TextStructure,
    private readonly table: TokenTable,
    private readonly quotes: readonly Quote[],
    order: readonly number[],
  ) {
    for (const index of order) {
      const paragraph = structure.paragraphAt(quotes[index].open.start);
      const list = this.byParagraph.get(paragraph) ?? [];
      list.push(index);
      this.byParagraph.set(paragraph, list);
      this.paragraphOf.set(index, paragraph);
    }
  }

  /** Where quote `index` stands (its paragraph's view is built if need be); undefined when the view skipped it. */
  locate(index: number): Located | undefined {
    const paragraph = this.paragraphOf.get(index);
    if (paragraph !== undefined && !this.lengths.has(paragraph)) {
      this.tokens(paragraph);
    }
    return this.located.get(index);
  }

  /** The view of a paragraph: its quotes collapsed to single tokens (an empty list past the last paragraph). */
  tokens(paragraph: number): Token[] {
    const cached = this.views.get(paragraph);
    if (cached) {
      return cached;
    }
    const indices = this.byParagraph.get(paragraph) ?? [];
    const bounds = paragraph >= 0 ? this.structure.paragraphs[paragraph] : { start: 0, end: this.structure.text.length };
    const tokens = bounds ? paragraphView(this.table, bounds.start, bounds.end, this.quotes, indices) : [];
    tokens.forEach((token, position) => {
      if (token.quote >= 0) {
        this.located.set(token.quote, { paragraph, token: position });
      }
    });
    this.views.set(paragraph, tokens);
    this.lengths.set(paragraph, tokens.length);
    return tokens;
  }

  /** Token count of a paragraph's view, once built. */
  length(paragraph: number): number {
    return this.lengths.get(paragraph) ?? 0;
  }

  /** Forgets the views of the paragraphs before `paragraph` (they are rebuilt, identically, if asked for again). */
  releaseBefore(paragraph: number): void {
    for (const key of this.views.keys()) {
      if (key >= 0 && key < paragraph) {
        this.views.delete(key);
      }
    }
  }
}
