import { classOf, glyphInfo, isDoublingSingle, type CharClass, type Family } from './glyphs';

/** How a mark reads in its place: it opens a quote, closes one, or could do either (decided while pairing). */
export type Role = 'open' | 'close' | 'either';

export interface Mark {
  start: number;
  end: number;
  glyph: string;
  family: Family;
  role: Role;
}

const OPEN_BEFORE: ReadonlySet<CharClass> = new Set(['space', 'open', 'dash', 'quote', 'other', 'colon']);
const OPEN_AFTER: ReadonlySet<CharClass> = new Set(['word', 'open', 'quote', 'other', 'stop', 'dash']);
const CLOSE_BEFORE: ReadonlySet<CharClass> = new Set(['word', 'stop', 'comma', 'colon', 'close', 'quote', 'other', 'dash']);
const CLOSE_AFTER: ReadonlySet<CharClass> = new Set(['space', 'stop', 'comma', 'colon', 'close', 'dash', 'quote']);

/** Reads the neighbours: a mark touching a word on its right opens, one touching a word on its left closes. */
function contextRole(before: CharClass, after: CharClass): Role {
  const opens = OPEN_BEFORE.has(before) && OPEN_AFTER.has(after);
  const closes = CLOSE_BEFORE.has(before) && CLOSE_AFTER.has(after);
  if (opens === closes) {
    return 'either';
  }
  return opens ? 'open' : 'close';
}

// English elisions written with a leading apostrophe: rock 'n' roll, 'em, 'til, '90s. Not quotation marks.
const LEADING_ELISION = /^(?:n|em|til|tis|twas|cause|cos|bout|nuff)(?![\p{L}\p{N}])|^\d\d(?:s|(?!\d))/iu;

function isLeadingElision(text: string, from: number, lineEnd: number): boolean {
  return LEADING_ELISION.test(text.slice(from, Math.min(lineEnd, from + 8)));
}

function singleRole(glyph: string, before: CharClass, after: CharClass, elision: boolean): Role | null {
  if (before === 'word' && after === 'word') {
    return null; // it's, Ukraine’s, rock’n’roll
  }
  const role = contextRole(before, after);
  if (role === 'open') {
    // ’90s, ’em: a closing glyph at the start of a word is an apostrophe
    return elision || glyph === '\u2019' || glyph === '\u203A' ? null : 'open';
  }
  if (role === 'either') {
    // without a clear side a single mark only ever closes an already open single quote
    return glyph === '\u2018' || glyph === '\u201A' || glyph === '\u2039' || glyph === '`' ? null : 'close';
  }
  return role;
}

function doubleRole(bias: 'open' | 'close' | 'neutral', role: Role): Role {
  if (bias === 'neutral' || role !== 'either') {
    return role;
  }
  return bias;
}

// An HTML/XML tag left in scraped text (<tweet id="…" author="…">): its attribute quotes are markup, not quotations.
// No "<" inside, so a failed attempt stops at the next "<" and scanning stays linear.
const MARKUP_TAG = /<\/?[A-Za-z][\w:-]*(?:\s[^<>\r\n]*)?>/y;

function markupTagEnd(text: string, at: number, lineEnd: number): number {
  MARKUP_TAG.lastIndex = at;
  const match = MARKUP_TAG.exec(text);
  return match && at + match[0].length <= lineEnd ? at + match[0].length : at;
}

/**
 * The quotation marks of one line, in order, each with the role its neighbours give it. Apostrophes are left out.
 * Runs of doubled single glyphs (`''`, `‘‘`, `’’`) are double marks (the NYT writes ''…'').
 */
export function scanMarks(text: string, lineStart: number, lineEnd: number): Mark[] {
  const marks: Mark[] = [];
  const before = (at: number): CharClass => classOf(at > lineStart ? text[at - 1] : undefined);
  const after = (at: number): CharClass => classOf(at < lineEnd ? text[at] : undefined);
  const pushSingle = (start: number): void => {
    const glyph = text[start];
    const info = glyphInfo(glyph);
    if (!info) {
      return;
    }
    const role = singleRole(glyph, before(start), after(start + 1), isLeadingElision(text, start + 1, lineEnd));
    if (role) {
      marks.push({ start, end: start + 1, glyph, family: 'single', role });
    }
  };
  const pushDoubled = (start: number): void => {
    const role = contextRole(before(start), after(start + 2));
    const glyph = text.slice(start, start + 2);
    marks.push({ start, end: start + 2, glyph, family: 'double', role: doubleRole(glyph === '\u2018\u2018' ? 'open' : 'neutral', role) });
  };

  let index = lineStart;
  while (index < lineEnd) {
    const char = text[index];
    if (char === '<') {
      index = Math.max(index + 1, markupTagEnd(text, index, lineEnd));
      continue;
    }
    const info = glyphInfo(char);
    if (!info) {
      index++;
      continue;
    }
    if (info.family === 'double') {
      marks.push({ start: index, end: index + 1, glyph: char, family: 'double', role: doubleRole(info.bias, contextRole(before(index), after(index + 1))) });
      index++;
      continue;
    }
    let runEnd = index + 1;
    if (isDoublingSingle(char)) {
      while (runEnd < lineEnd && text[runEnd] === char) {
        runEnd++;
      }
    }
    const run = runEnd - index;
    if (run === 1) {
      pushSingle(index);
    } else if (run % 2 === 0) {
      for (let at = index; at < runEnd; at += 2) {
        pushDoubled(at);
      }
    } else if (contextRole(before(index), after(runEnd)) === 'open') {
      // '''Tis …  → an opening double then an opening single
      for (let at = index; at < runEnd - 1; at += 2) {
        pushDoubled(at);
      }
      pushSingle(runEnd - 1);
    } else {
      // …wrong track.''' → the single closes first, then the double
      pushSingle(index);
      for (let at = index + 1; at < runEnd; at += 2) {
        pushDoubled(at);
      }
    }
    index = runEnd;
  }
  return marks;
}
