import { InPlaceWordSet, wordHash } from './wordset';
import { partitionPoint } from '../partitionPoint';
import { changesInLowerCase, classOf, isAbbreviation, scannedWord, SPACE_CHAR, WORD_CHAR, wordEnd } from './wordChars';

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

const CONTRACTING = new Set(['he', 'she', 'it', 'that', 'there', 'who', 'what', 'here', 'where', 'everyone', 'nobody']);

/** Capitalised words that open a sentence, never continue a name: after "U.S." they mark a sentence end. */
const SENTENCE_OPENERS = new Set(['He', 'She', 'It', 'They', 'We', 'I', 'The', 'But', 'And', 'In', 'His', 'Her', 'Their', 'Its', 'That', 'This', 'There', 'A', 'An']);

const WORD = 0;
const PUNCT = 1;
const POSSESSIVE = 2;
const TYPE_BITS = 3;
const SENTENCE_END = 4;
const LINE_START = 8;
/** "He’s": the 's after a pronoun is a word, read "is". */
const CONTRACTION = 32;
const CAPITALIZED = 64;
const TYPES: readonly TokenType[] = ['word', 'punct', 'possessive'];

/** Token objects `tokensInto` may write over. */
const spareTokens: Token[] = [];

/**
 * The tokens of a whole text in typed arrays: words (possessive 's split off, abbreviations keep their dot) and
 * punctuation (quotation marks included). Token objects are made only for the ranges a caller asks for, so a
 * megabyte of text leaves no hundreds of thousands of live objects behind for the garbage collector.
 */
export class TokenTable {
  readonly length: number;
  /** Words the text writes in lower case: a capitalised sentence opener among them is not a name. */
  readonly commonWords: Set<string>;
  private starts: Int32Array;
  private ends: Int32Array;
  private flags: Uint8Array;
  /** Per token, 1 + the id of its word in `words` and `lowers`, or 0 for a possessive or punctuation. */
  private wordIds: Int32Array;
  /** Each distinct word of the text once, by id, and its lower case. */
  private readonly words: readonly string[];
  private readonly lowers: string[] = [];

  constructor(readonly text: string) {
    const words = new InPlaceWordSet(text);
    this.commonWords = new Set();
    // news text runs at ~5 code units per token; the arrays grow when it runs denser
    const capacity = (text.length >> 2) + 64;
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.wordIds = new Int32Array(capacity);
    this.words = words.list;
    this.length = this.scan(words);
    words.release();
    this.settleSentenceEnds();
  }

  private push(count: number, start: number, end: number, flags: number): number {
    if (count === this.flags.length) {
      const grow = <T extends Int32Array | Uint8Array>(from: T, to: T): T => (to.set(from), to);
      this.starts = grow(this.starts, new Int32Array(count * 2));
      this.ends = grow(this.ends, new Int32Array(count * 2));
      this.flags = grow(this.flags, new Uint8Array(count * 2));
      this.wordIds = grow(this.wordIds, new Int32Array(count * 2));
    }
    this.starts[count] = start;
    this.ends[count] = end;
    this.flags[count] = flags;
    return count + 1;
  }

  private scan(words: InPlaceWordSet): number {
    const { text } = this;
    const to = text.length;
    let count = 0;
    let i = 0;
    let lineStart = 0;
    while (i < to) {
      const code = text.charCodeAt(i);
      const kind = classOf(code);
      if (kind === SPACE_CHAR) {
        if (code === 10 || code === 13) {
          lineStart = LINE_START;
        }
        i++;
        continue;
      }
      if (kind !== WORD_CHAR) {
        const width = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
        const stop = width === 1 && (code === 46 || code === 33 || code === 63) ? SENTENCE_END : 0;
        count = this.push(count, i, i + width, PUNCT | stop | lineStart);
        lineStart = 0;
        i += width;
        continue;
      }
      let end = wordEnd(text, i, to);
      // the word set's hash of the word, read in the same pass
      const upper = scannedWord.upper;
      let hash = scannedWord.hash;
      const capitalized = (code >= 65 && code <= 90) || (code >= 128 && changesInLowerCase(code)) ? CAPITALIZED : 0;
      if (end < to && text.charCodeAt(end) === 46 && isAbbreviation(text, i, end)) {
        end++;
        hash = wordHash(hash, 46);
      }
      const last = text.charCodeAt(end - 1);
      const apostrophe = end - i > 2 ? text.charCodeAt(end - 2) : 0;
      if ((last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019)) {
        count = this.push(count, i, end - 2, WORD | capitalized | lineStart);
        const word = this.wordId(words, i, end - 2, upper);
        this.wordIds[count - 1] = word;
        // "He’s predicting": after a pronoun the 's is "is"/"has", not a possessive
        const contraction = CONTRACTING.has(this.lowers[word - 1]);
        count = this.push(count, end - 2, end, contraction ? WORD | CONTRACTION : POSSESSIVE);
      } else {
        count = this.push(count, i, end, WORD | capitalized | lineStart);
        this.wordIds[count - 1] = this.wordId(words, i, end, upper, hash);
      }
      lineStart = 0;
      i = end;
    }
    return count;
  }

  /**
   * 1 + the word's id (see `wordIds`): every distinct word gets one string and one lower-case string per text, not
   * new ones each time a token is read. A word first met is noted in `commonWords` when written in lower case
   * (its first letter; "iPhone" too).
   */
  private wordId(words: InPlaceWordSet, start: number, end: number, upper: boolean, hash?: number): number {
    const id = words.add(start, end, hash);
    if (id === this.lowers.length) {
      const word = this.words[id];
      const lower = upper ? word.toLowerCase() : word;
      this.lowers.push(lower);
      const first = word.charCodeAt(0);
      if (first >= 97 && first <= 122) {
        this.commonWords.add(lower);
      }
    }
    return id + 1;
  }

  /** "3.5", "(I-Vt.)", a stray dot inside a clause: no sentence end before a lower-case word, ")" or ",". */
  private settleSentenceEnds(): void {
    const { flags, text } = this;
    for (let i = 0; i + 1 < this.length; i++) {
      if ((flags[i] & SENTENCE_END) === 0) {
        continue;
      }
      const next = flags[i + 1];
      const nextCode = text.charCodeAt(this.starts[i + 1]);
      const single = this.ends[i + 1] - this.starts[i + 1] === 1;
      const lowerWord = (next & TYPE_BITS) === WORD && (next & CAPITALIZED) === 0;
      if (lowerWord || ((next & TYPE_BITS) === PUNCT && single && (nextCode === 41 || nextCode === 44))) {
        flags[i] &= ~SENTENCE_END;
      }
    }
    // "… in the U.S. He says …": dotted initials that keep their dot still end a sentence before an opener
    for (let i = 0; i + 1 < this.length; i++) {
      const end = this.ends[i];
      if ((flags[i] & TYPE_BITS) === WORD && text.charCodeAt(end - 1) === 46 && end - this.starts[i] > 3 && text.charCodeAt(end - 3) === 46) {
        const next = text.slice(this.starts[i + 1], this.ends[i + 1]);
        if (SENTENCE_OPENERS.has(next)) {
          flags[i] |= SENTENCE_END;
        }
      }
    }
  }

  /** Index of the first token with start >= offset. */
  firstAt(offset: number): number {
    return partitionPoint(this.length, (index) => this.starts[index] < offset);
  }

  start(index: number): number {
    return this.starts[index];
  }

  isWord(index: number): boolean {
    return (this.flags[index] & TYPE_BITS) === WORD;
  }

  isApostrophe(index: number): boolean {
    const code = this.text.charCodeAt(this.starts[index]);
    return (this.flags[index] & TYPE_BITS) === PUNCT && (code === 39 || code === 0x2019);
  }

  token(index: number): Token {
    const flags = this.flags[index];
    const start = this.starts[index];
    const end = this.ends[index];
    const text = this.textOf(index);
    const type = TYPES[flags & TYPE_BITS];
    return { start, end, text, lower: this.lowerOf(index, text), type, sentenceEnd: (flags & SENTENCE_END) !== 0, quote: -1, lineStart: (flags & LINE_START) !== 0 };
  }

  private textOf(index: number): string {
    const word = this.wordIds[index];
    return word > 0 ? this.words[word - 1] : this.text.slice(this.starts[index], this.ends[index]);
  }

  /** The token's lower case, given its text. */
  private lowerOf(index: number, text: string): string {
    const word = this.wordIds[index];
    if (word > 0) {
      return this.lowers[word - 1];
    }
    return this.flags[index] & CONTRACTION ? 'is' : text;
  }

  /**
   * The tokens [from, to), clipped to the table, written over the objects of `into` (its length set to the count;
   * objects it no longer needs wait in `spareTokens` for a longer call): a whole-text scan then reuses one chunk's
   * worth of token objects instead of making one per token. The objects are valid until the next call.
   */
  tokensInto(into: Token[], from: number, to: number): Token[] {
    const first = Math.max(0, from);
    const count = Math.max(0, Math.min(to, this.length) - first);
    while (into.length > count) {
      spareTokens.push(into.pop() as Token);
    }
    for (let n = 0; n < count; n++) {
      if (n === into.length) {
        into.push(this.tokenOver(spareTokens.pop(), first + n));
      } else {
        this.tokenOver(into[n], first + n);
      }
    }
    return into;
  }

  /** Token `index` written over `reuse` (a token no one reads any more), or a new one. */
  tokenOver(reuse: Token | undefined, index: number): Token {
    if (reuse === undefined) {
      return this.token(index);
    }
    const flags = this.flags[index];
    const text = this.textOf(index);
    reuse.start = this.starts[index];
    reuse.end = this.ends[index];
    reuse.text = text;
    reuse.lower = this.lowerOf(index, text);
    reuse.type = TYPES[flags & TYPE_BITS];
    reuse.sentenceEnd = (flags & SENTENCE_END) !== 0;
    reuse.quote = -1;
    reuse.lineStart = (flags & LINE_START) !== 0;
    return reuse;
  }
}

function isCapitalizedWord(token: Token | undefined): boolean {
  if (token === undefined || token.type !== 'word') {
    return false;
  }
  const code = token.text.charCodeAt(0);
  return (code >= 65 && code <= 90) || (code >= 128 && token.text[0] !== token.lower[0]);
}

export function isCapitalized(token: Token | undefined): boolean {
  return isCapitalizedWord(token);
}
