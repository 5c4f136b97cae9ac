import type { Phrase } from './phrases';
import type { NameOccurrence } from './scan';
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

/**
 * Whether a phrase names someone the body names outside the paragraph [from, to) and below the headline: a subhead's
 * own title-case run ("Jane Roe Sides") is no evidence of a name.
 */
export function namedOutside(occurrences: readonly NameOccurrence[], headlineEnd: number): (phrase: Phrase, from: number, to: number) => boolean {
  const starts = new Map<string, number[]>();
  const note = (key: string, start: number): void => {
    const list = starts.get(key);
    if (list) {
      list.push(start);
    } else {
      starts.set(key, [start]);
    }
  };
  for (const { name } of occurrences) {
    if (name.start >= headlineEnd) {
      note(name.words.join(' '), name.start);
      if (name.kind !== 'org' && name.words.length > 1) {
        note(name.words[name.words.length - 1], name.start);
      }
    }
  }
  return (phrase, from, to) => {
    const list = phrase.kind === 'pronoun' || phrase.name === null ? undefined : starts.get(phrase.name.words.join(' '));
    return list !== undefined && list.some((start) => start < from || start >= to);
  };
}
