/** Quotation-mark glyphs and the character classes used to read which side of a word a mark touches. */

export type Family = 'double' | 'single';

/** What the glyph is on its own, before reading its neighbours. */
export type GlyphBias = 'open' | 'close' | 'neutral';

interface GlyphInfo {
  family: Family;
  bias: GlyphBias;
}

const GLYPHS: ReadonlyMap<string, GlyphInfo> = new Map<string, GlyphInfo>([
  ['"', { family: 'double', bias: 'neutral' }],
  ['\uFF02', { family: 'double', bias: 'neutral' }], // fullwidth "
  ['\u201C', { family: 'double', bias: 'open' }], // “
  ['\u201D', { family: 'double', bias: 'close' }], // ”
  ['\u201E', { family: 'double', bias: 'open' }], // „
  ['\u201F', { family: 'double', bias: 'open' }], // ‟
  ['\u00AB', { family: 'double', bias: 'open' }], // «
  ['\u00BB', { family: 'double', bias: 'close' }], // »
  ["'", { family: 'single', bias: 'neutral' }],
  ['\u2018', { family: 'single', bias: 'open' }], // ‘
  ['\u2019', { family: 'single', bias: 'close' }], // ’
  ['\u201A', { family: 'single', bias: 'open' }], // ‚
  ['\u201B', { family: 'single', bias: 'open' }], // ‛
  ['\u2039', { family: 'single', bias: 'open' }], // ‹
  ['\u203A', { family: 'single', bias: 'close' }], // ›
  ['`', { family: 'single', bias: 'open' }],
]);

export function glyphInfo(char: string): GlyphInfo | undefined {
  return GLYPHS.get(char);
}

/** Single-quote glyphs that, doubled (`''`, `‘‘`, `’’`, ``` `` ```), stand for a double quotation mark. */
export function isDoublingSingle(char: string): boolean {
  return char === "'" || char === '\u2018' || char === '\u2019' || char === '`';
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

export function classOf(char: string | undefined): CharClass {
  if (char === undefined || char === '') {
    return 'space';
  }
  switch (char) {
    case '(':
    case '[':
    case '{':
      return 'open';
    case ')':
    case ']':
    case '}':
      return 'close';
    case '.':
    case '!':
    case '?':
    case '\u2026':
      return 'stop';
    case ':':
      return 'colon';
    case ',':
    case ';':
      return 'comma';
    case '-':
    case '\u2010':
    case '\u2011':
    case '\u2012':
    case '\u2013':
    case '\u2014':
    case '\u2015':
    case '/':
      return 'dash';
    default:
      break;
  }
  if (GLYPHS.has(char)) {
    return 'quote';
  }
  const code = char.charCodeAt(0);
  if (code <= 0x20 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b) || code === 0x3000) {
    return 'space';
  }
  if (code === 0x85 || code === 0x1680 || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f) {
    return 'space';
  }
  return WORD.test(char) ? 'word' : 'other';
}

export function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}
