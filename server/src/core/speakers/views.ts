import type { Quote, TextStructure } from '../types';
import { paragraphView, type Token, type TokenTable } from './tokens';

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
