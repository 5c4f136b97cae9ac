import { isCapitalized, type Token } from './tokens';
import { isWord } from './clauses';

// Headline-shaped lines inside an article's body (title-case subheads, numbered list items) whose quote is read as
// a headline's: "3⏎Jane Roe Thanked the Board: “…”" is Jane Roe's.

const MAX_HEADLINE_TOKENS = 40;

const HAS_LETTER = /\p{L}/u;

/**
 * First token of the quote's line when the paragraph is headline-sized and its other lines, all before the quote's,
 * are bare numbers ("3⏎Jane Roe Thanked the Board: “…”" in a numbered list); else -1.
 */
export function headlineLine(tokens: readonly Token[], quote: number): number {
  if (tokens.length > MAX_HEADLINE_TOKENS) {
    return -1;
  }
  let line = 0;
  for (let k = 1; k < tokens.length; k++) {
    if (!tokens[k].lineStart) {
      continue;
    }
    if (k > quote || tokens.slice(line, k).some((token) => HAS_LETTER.test(token.text))) {
      return -1;
    }
    line = k;
  }
  return line;
}

/** Short words a title-case line leaves in lower case. */
const TITLE_CASE_MINOR = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'on', 'in', 'at', 'to', 'by', 'as', 'with', 'from', 'into', 'over', 'vs']);

/**
 * A subhead of the body set in title case ("Jane Roe Thanked the Board: “…”", "Jane Roe on the Leak: ‘…’"): its
 * quote is read as a headline's.
 */
export function isSubhead(tokens: readonly Token[], quote: number): boolean {
  const line = headlineLine(tokens, quote);
  if (line < 0) {
    return false;
  }
  let words = 0;
  let capitalised = 0;
  for (let k = line; k < tokens.length; k++) {
    const token = tokens[k];
    if (k !== quote && isWord(token) && HAS_LETTER.test(token.text) && !TITLE_CASE_MINOR.has(token.lower)) {
      words++;
      capitalised += isCapitalized(token) ? 1 : 0;
    }
  }
  return words >= 3 && capitalised === words;
}
