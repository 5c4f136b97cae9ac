import type { Quote } from '../types';

export type TokenType = 'word' | 'punct' | 'possessive' | 'quote';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-case text; for a quote token, the empty string. */
  lower: string;
  type: TokenType;
  /** True for a punctuation or quote token that ends a sentence. */
  sentenceEnd: boolean;
  /** For a quote token: the index of the quote in the attributed list; otherwise -1. */
  quote: number;
  /** True when a line break separates this token from the one before: names never run across it. */
  lineStart: boolean;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr sen rep gov gen lt col sgt capt st jr sr prof rev adm maj cmdr inc corp co ltd vs no fr pres supt det insp'.split(' '),
);

// Hand-written scanner: V8's Unicode-property regexes (\p{L}) cost ~120 ms/MB on their own, a char-code loop with a
// per-code-unit cache a fraction of that, and tokenising is the one pass over the whole text this stage makes.
const WORD_CLASS = /[\p{L}\p{N}\p{M}]/u;
const wordCache = new Uint8Array(65536); // 0 unknown, 1 word character, 2 not

function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  let cached = wordCache[code];
  if (cached === 0) {
    cached = code >= 0xd800 && code <= 0xdfff ? 2 : WORD_CLASS.test(String.fromCharCode(code)) ? 1 : 2;
    wordCache[code] = cached;
  }
  return cached === 1;
}

const isLetterCode = (code: number): boolean => isWordChar(code) && !(code >= 48 && code <= 57);
const isSpaceCode = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
const CONTRACTING = new Set(['he', 'she', 'it', 'that', 'there', 'who', 'what', 'here', 'where', 'everyone', 'nobody']);
const JOINERS = new Set([45, 39, 0x2019, 38]); // - ' ’ &

function isAbbreviation(surface: string): boolean {
  return surface.length === 1 || ABBREVIATIONS.has(surface.toLowerCase()) || (surface.length > 2 && surface[1] === '.' && /^(?:\p{L}\.)+\p{L}$/u.test(surface));
}

function punct(start: number, end: number, text: string, lineStart: boolean): Token {
  const isStop = text === '.' || text === '!' || text === '?';
  return { start, end, text, lower: text, type: 'punct', sentenceEnd: isStop, quote: -1, lineStart };
}

function word(start: number, end: number, text: string, type: TokenType, hasUpper: boolean, lineStart: boolean): Token {
  return { start, end, text, lower: hasUpper ? text.toLowerCase() : text, type, sentenceEnd: false, quote: -1, lineStart };
}

/** End of the word starting at `start`: letters and digits, inner - ' ’ &, and dotted initials (U.S, e.g). */
function wordEnd(text: string, start: number, to: number): number {
  let j = start;
  let segment = start;
  for (;;) {
    while (j < to && isWordChar(text.charCodeAt(j))) {
      j++;
    }
    const code = text.charCodeAt(j);
    if (j + 1 < to && isWordChar(text.charCodeAt(j + 1))) {
      const dottedInitial = code === 46 && j - segment === 1 && isLetterCode(text.charCodeAt(j + 1)) && !isWordChar(text.charCodeAt(j + 2));
      if (JOINERS.has(code) || dottedInitial) {
        j++;
        segment = j;
        continue;
      }
    }
    return j;
  }
}

/** Tokens of text[from, to): words (possessive 's split off, abbreviations keep their dot) and punctuation. */
function scanPlain(text: string, from: number, to: number, into: Token[]): void {
  let i = from;
  let lineStart = false;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      lineStart ||= code === 10 || code === 13;
      i++;
      continue;
    }
    if (!isWordChar(code)) {
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
      into.push(punct(i, i + width, text.slice(i, i + width), lineStart));
      lineStart = false;
      i += width;
      continue;
    }
    let end = wordEnd(text, i, to);
    let hasUpper = false;
    for (let k = i; k < end; k++) {
      const c = text.charCodeAt(k);
      if ((c >= 65 && c <= 90) || c >= 128) {
        hasUpper = true;
        break;
      }
    }
    let surface = text.slice(i, end);
    if (text.charCodeAt(end) === 46 && end < to && isAbbreviation(surface)) {
      end++;
      surface += '.';
    }
    const last = surface.charCodeAt(surface.length - 1);
    const apostrophe = surface.charCodeAt(surface.length - 2);
    if ((last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019) && surface.length > 2) {
      const base = word(i, end - 2, surface.slice(0, -2), 'word', hasUpper, lineStart);
      into.push(base);
      // "He’s predicting": after a pronoun the 's is "is"/"has", not a possessive
      const contraction = CONTRACTING.has(base.lower);
      into.push({ ...word(end - 2, end, surface.slice(-2), contraction ? 'word' : 'possessive', false, false), lower: contraction ? 'is' : surface.slice(-2) });
    } else {
      into.push(word(i, end, surface, 'word', hasUpper, lineStart));
    }
    lineStart = false;
    i = end;
  }
}

function isCapitalizedWord(token: Token | undefined): boolean {
  if (token === undefined || token.type !== 'word') {
    return false;
  }
  const code = token.text.charCodeAt(0);
  return (code >= 65 && code <= 90) || (code >= 128 && token.text[0] !== token.lower[0]);
}

/** Tokens of the whole text (quotation marks as punctuation), and the words the text writes in lower case. */
export function tokenizeText(text: string): { tokens: Token[]; commonWords: Set<string> } {
  const tokens: Token[] = [];
  scanPlain(text, 0, text.length, tokens);
  const commonWords = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'word') {
      const first = token.text.charCodeAt(0);
      if (first >= 97 && first <= 122) {
        commonWords.add(token.lower);
      }
    } else if (token.sentenceEnd) {
      const next = tokens[i + 1];
      if ((next?.type === 'word' && !isCapitalizedWord(next)) || next?.text === ')' || next?.text === ',') {
        token.sentenceEnd = false; // "3.5", "(I-Vt.)", a stray dot inside a clause
      }
    }
  }
  return { tokens, commonWords };
}

/** Index of the first token with start >= offset. */
export function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].start < offset) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}

/**
 * One paragraph's tokens with every top-level quote collapsed into a single opaque token, so that clause scanning
 * around a quote sees "“…,” Rutte said" as QUOTE , Rutte said. A quote whose text ends a sentence (“… today.”) ends
 * the sentence unless a lower-case word follows (“Really?” she asked).
 */
export function paragraphView(all: readonly Token[], start: number, end: number, quotes: readonly Quote[], indices: readonly number[]): Token[] {
  const view: Token[] = [];
  let k = firstTokenAt(all, start);
  for (const index of indices) {
    const quote = quotes[index];
    const quoteEnd = Math.min(end, quote.close ? quote.close.end : quote.end);
    if (quote.open.start < (view.length ? view[view.length - 1].end : start)) {
      continue;
    }
    while (k < all.length && all[k].start < quote.open.start) {
      view.push(all[k++]);
    }
    while (k < all.length && all[k].start < quoteEnd) {
      k++;
    }
    const ends = /[.!?…]\s*$/.test(quote.text) || quote.close === null;
    view.push({ start: quote.open.start, end: quoteEnd, text: '', lower: '', type: 'quote', sentenceEnd: ends, quote: index, lineStart: false });
  }
  while (k < all.length && all[k].start < end) {
    view.push(all[k++]);
  }
  for (let i = 0; i < view.length - 1; i++) {
    const token = view[i];
    if (token.type === 'quote' && token.sentenceEnd && view[i + 1].type === 'word' && !isCapitalizedWord(view[i + 1])) {
      view[i] = { ...token, sentenceEnd: false };
    }
  }
  return view;
}

export function isCapitalized(token: Token | undefined): boolean {
  return isCapitalizedWord(token);
}
