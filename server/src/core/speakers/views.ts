import type { Quote, TextStructure } from '../types';
import { endsOnStop } from './quoteText';
import { isCapitalized, type Token, type TokenTable } from './tokens';

/**
 * One paragraph's tokens with every top-level quote collapsed into a single opaque token, so that clause scanning
 * around a quote sees "“…,” Rutte said" as QUOTE , Rutte said. A quote whose text ends a sentence (“… today.”) ends
 * the sentence unless a lower-case word follows (“Really?” she asked). Token objects are taken from `spare` (those
 * of released views) where it has any.
 */
export function paragraphView(table: TokenTable, start: number, end: number, quotes: readonly Quote[], indices: readonly number[], spare: Token[] = []): Token[] {
  const view: Token[] = [];
  let k = table.firstAt(start);
  for (const index of indices) {
    const quote = quotes[index];
    const quoteEnd = Math.min(end, quote.close ? quote.close.end : quote.end);
    if (quote.open.start < (view.length ? view[view.length - 1].end : start)) {
      continue;
    }
    while (k < table.length && table.start(k) < quote.open.start) {
      view.push(table.tokenOver(spare.pop(), k++));
    }
    while (k < table.length && table.start(k) < quoteEnd) {
      k++;
    }
    // every property written, in the order TokenTable.token writes them: all tokens keep one shape
    const token = spare.pop() ?? { start: 0, end: 0, text: '', lower: '', type: 'quote', sentenceEnd: false, quote: index, lineStart: false };
    token.start = quote.open.start;
    token.end = quoteEnd;
    token.text = '';
    token.lower = '';
    token.type = 'quote';
    token.sentenceEnd = endsOnStop(quote.text) || quote.close === null;
    token.quote = index;
    token.lineStart = false;
    view.push(token);
  }
  while (k < table.length && table.start(k) < end) {
    view.push(table.tokenOver(spare.pop(), k++));
  }
  for (let i = 0; i < view.length - 1; i++) {
    const token = view[i];
    if (token.type === 'quote' && token.sentenceEnd && view[i + 1].type === 'word' && !isCapitalized(view[i + 1])) {
      token.sentenceEnd = false;
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
  /** Token objects of released views. */
  private readonly spare: Token[] = [];

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
    const tokens = bounds ? paragraphView(this.table, bounds.start, bounds.end, this.quotes, indices, this.spare) : [];
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

  /**
   * Forgets the views of the paragraphs before `paragraph` (they are rebuilt, identically, if asked for again); their
   * token objects serve the views built next, so no token of a released view may be kept.
   */
  releaseBefore(paragraph: number): void {
    for (const [key, tokens] of this.views) {
      if (key >= 0 && key < paragraph) {
        this.views.delete(key);
        for (const token of tokens) {
          this.spare.push(token);
        }
      }
    }
  }
}
