/** Quotation-mark glyphs and the character classes used to read which side of a word a mark touches. */

export type Family = 'double' | 'single';

/** What the glyph is on its own, before reading its neighbours. */
export type GlyphBias = 'open' | 'close' | 'neutral';

interface GlyphInfo {
  family: Family;
  bias: GlyphBias;
}

const DOUBLE_NEUTRAL: GlyphInfo = { family: 'double', bias: 'neutral' };
const DOUBLE_OPEN: GlyphInfo = { family: 'double', bias: 'open' };
const DOUBLE_CLOSE: GlyphInfo = { family: 'double', bias: 'close' };
const SINGLE_NEUTRAL: GlyphInfo = { family: 'single', bias: 'neutral' };
const SINGLE_OPEN: GlyphInfo = { family: 'single', bias: 'open' };
const SINGLE_CLOSE: GlyphInfo = { family: 'single', bias: 'close' };

/** The quotation-mark glyph with this UTF-16 code, if it is one. */
export function glyphInfo(code: number): GlyphInfo | undefined {
  switch (code) {
    case 0x22: // "
    case 0xff02: // fullwidth "
      return DOUBLE_NEUTRAL;
    case 0x201c: // “
    case 0x201e: // „
    case 0x201f: // ‟
    case 0xab: // «
      return DOUBLE_OPEN;
    case 0x201d: // ”
    case 0xbb: // »
      return DOUBLE_CLOSE;
    case 0x27: // '
      return SINGLE_NEUTRAL;
    case 0x2018: // ‘
    case 0x201a: // ‚
    case 0x201b: // ‛
    case 0x2039: // ‹
    case 0x60: // `
      return SINGLE_OPEN;
    case 0x2019: // ’
    case 0x203a: // ›
      return SINGLE_CLOSE;
    default:
      return undefined;
  }
}

/** Single-quote glyphs that, doubled (`''`, `‘‘`, `’’`, ``` `` ```), stand for a double quotation mark. */
export function isDoublingSingle(code: number): boolean {
  return code === 0x27 || code === 0x2018 || code === 0x2019 || code === 0x60;
}

/**
 * Opening/closing glyph pairs that belong together. Anything else that pairs up (“…", "…”, «…", …) is 'mismatched'.
 * German „…“ and Polish „…” are both conventional, as are Danish »…« and Swedish ”…”.
 */
const BALANCED = new Set([
  '""',
  '\uFF02\uFF02',
  '\u201C\u201D',
  '\u201E\u201C',
  '\u201E\u201D',
  '\u201F\u201D',
  '\u00AB\u00BB',
  '\u00BB\u00AB',
  '\u201D\u201D',
  "''",
  '\u2018\u2019',
  '\u201A\u2018',
  '\u201A\u2019',
  '\u201B\u2019',
  '\u2039\u203A',
  '\u203A\u2039',
  "`'",
  "''''",
  '\u2018\u2018\u2019\u2019',
  "``''",
]);

export function isBalancedPair(open: string, close: string): boolean {
  return BALANCED.has(open + close);
}

/** The neighbourhood of a mark, coarse enough to read "touches a word on its left/right". */
export type CharClass = 'space' | 'word' | 'open' | 'close' | 'stop' | 'colon' | 'comma' | 'dash' | 'quote' | 'other';

const WORD = /[\p{L}\p{N}\p{M}]/u;

/** The class of the character with this UTF-16 code; -1 (outside the line) reads as space. */
export function classOf(code: number): CharClass {
  if (code < 0) {
    return 'space';
  }
  if (code < 0x80) {
    return ASCII_CLASSES[code];
  }
  switch (code) {
    case 0x2026:
      return 'stop';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
      return 'dash';
    default:
      break;
  }
  if (glyphInfo(code)) {
    return 'quote';
  }
  if (code === 0xa0 || code === 0xfeff || code === 0x85 || code === 0x1680 || code === 0x3000 || code === 0x2028 || code === 0x2029) {
    return 'space';
  }
  if ((code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f) {
    return 'space';
  }
  if (code >= 0xd800 && code <= 0xdfff) {
    return 'other'; // half of an emoji or another astral character, or a lone surrogate
  }
  return WORD.test(String.fromCharCode(code)) ? 'word' : 'other';
}

function asciiClass(code: number): CharClass {
  const char = String.fromCharCode(code);
  if (code <= 0x20 || code === 0x7f) {
    return 'space';
  }
  if (/[A-Za-z0-9]/.test(char)) {
    return 'word';
  }
  if ('([{'.includes(char)) {
    return 'open';
  }
  if (')]}'.includes(char)) {
    return 'close';
  }
  if ('.!?'.includes(char)) {
    return 'stop';
  }
  if (char === ':') {
    return 'colon';
  }
  if (',;'.includes(char)) {
    return 'comma';
  }
  if ('-/'.includes(char)) {
    return 'dash';
  }
  return glyphInfo(code) ? 'quote' : 'other';
}

const ASCII_CLASSES: readonly CharClass[] = Array.from({ length: 0x80 }, (_, code) => asciiClass(code));
