import { classOf, glyphInfo, isDoublingSingle, type CharClass, type Family, type GlyphBias } from './glyphs';

/** How a mark reads in its place: it opens a quote, closes one, or could do either (decided while pairing). */
export type Role = 'open' | 'close' | 'either';

export interface Mark {
  start: number;
  end: number;
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

const CLOSING_SINGLE = new Set([0x2019, 0x203a]); // ’ ›
const OPENING_ONLY_SINGLE = new Set([0x2018, 0x201a, 0x201b, 0x2039, 0x60]); // ‘ ‚ ‛ ‹ `

function singleRole(code: number, before: CharClass, after: CharClass, elision: boolean): Role | null {
  if (before === 'word' && after === 'word') {
    return null; // it's, Ukraine’s, rock’n’roll
  }
  const role = contextRole(before, after);
  if (role === 'open') {
    // ’90s, ’em: a closing glyph at the start of a word is an apostrophe
    return elision || CLOSING_SINGLE.has(code) ? null : 'open';
  }
  if (role === 'either') {
    // without a clear side a single mark only ever closes an already open single quote
    return OPENING_ONLY_SINGLE.has(code) ? null : 'close';
  }
  return role;
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A curly or angle glyph keeps its own direction unless its neighbours clearly say otherwise. */
function doubleRole(bias: GlyphBias, role: Role): Role {
  return bias === 'neutral' || role !== 'either' ? role : bias;
}

// An HTML/XML tag left in scraped text (<tweet id="…" author="…">): its attribute quotes are markup, not quotations.
// No "<" inside, so a failed attempt stops at the next "<" and scanning stays linear.
const MARKUP_TAG = /<\/?[A-Za-z][\w:-]*(?:\s[^<>\r\n]*)?>/y;

// A tag whose attributes run past the end of the line (<tweet author="…" date="⏎…">): markup up to its ">". Sticky
// and stopped by the next "<", so that a line of many "<" is still read in linear time.
const UNTERMINATED_TAG = /<[A-Za-z][\w:-]*\s+[\w:-]+\s*=[^<>\r\n]*/y;

function runsToLineEnd(text: string, at: number, lineEnd: number): boolean {
  UNTERMINATED_TAG.lastIndex = at;
  return UNTERMINATED_TAG.test(text) && UNTERMINATED_TAG.lastIndex >= lineEnd;
}

function markupTagEnd(text: string, at: number, lineEnd: number): number {
  MARKUP_TAG.lastIndex = at;
  const match = MARKUP_TAG.exec(text);
  return match && at + match[0].length <= lineEnd ? at + match[0].length : at;
}

/** What a line's scan found beyond its marks. */
export interface LineScan {
  /** The line ends inside a markup tag, which closes on a later line. */
  endsInsideTag: boolean;
}

/** The characters worth stopping at: every quotation-mark glyph, and "<" for markup. Skipping to them with a regex
 * is much faster than looking at every character in a loop. */
const CANDIDATE = /["'`<\u00AB\u00BB\u2018-\u201F\u2039\u203A\uFF02]/g;

/**
 * A finder of the next position that may hold a mark, for callers that walk the text forwards: each search starts
 * where the caller is and its answer is reused until passed, so walking a whole text costs one pass.
 */
export function candidateFinder(text: string): (from: number) => number {
  const search = new RegExp(CANDIDATE.source, 'g');
  let found = -1;
  return (from: number): number => {
    if (found < from) {
      search.lastIndex = from;
      found = search.test(text) ? search.lastIndex - 1 : text.length;
    }
    return found;
  };
}

// « » ‹ › with a plain space or the line's edge on both sides point the way (« Previous, Next », Home » News):
// page navigation, not quotation. French spacing uses a no-break space and keeps its quotes.
function isArrowGlyph(code: number): boolean {
  return code === 0xab || code === 0xbb || code === 0x2039 || code === 0x203a;
}

function isPlainSpaceOrEdge(text: string, at: number, lineStart: number, lineEnd: number): boolean {
  if (at < lineStart || at >= lineEnd) {
    return true;
  }
  const code = text.charCodeAt(at);
  return code === 0x20 || code === 0x09;
}

/** An arrow glyph, or a run of them (Next »»), standing between spaces or line edges. */
function isNavigationArrow(text: string, at: number, lineStart: number, lineEnd: number): boolean {
  if (!isArrowGlyph(text.charCodeAt(at))) {
    return false;
  }
  let first = at;
  while (first > lineStart && isArrowGlyph(text.charCodeAt(first - 1))) {
    first--;
  }
  let last = at;
  while (last + 1 < lineEnd && isArrowGlyph(text.charCodeAt(last + 1))) {
    last++;
  }
  return isPlainSpaceOrEdge(text, first - 1, lineStart, lineEnd) && isPlainSpaceOrEdge(text, last + 1, lineStart, lineEnd);
}

function classBefore(text: string, at: number, lineStart: number): CharClass {
  return classOf(at > lineStart ? text.charCodeAt(at - 1) : -1);
}

function classAfter(text: string, at: number, lineEnd: number): CharClass {
  return classOf(at < lineEnd ? text.charCodeAt(at) : -1);
}

// Helpers at module level, not closures in scanMarks: it runs once per line that has a mark.
function pushSingle(marks: Mark[], text: string, start: number, lineStart: number, lineEnd: number): void {
  const code = text.charCodeAt(start);
  const role = singleRole(code, classBefore(text, start, lineStart), classAfter(text, start + 1, lineEnd), isLeadingElision(text, start + 1, lineEnd));
  if (role) {
    marks.push({ start, end: start + 1, family: 'single', role });
  }
}

function pushDoubled(marks: Mark[], text: string, start: number, lineStart: number, lineEnd: number): void {
  const bias = text.charCodeAt(start) === 0x2018 ? 'open' : 'neutral';
  const role = contextRole(classBefore(text, start, lineStart), classAfter(text, start + 2, lineEnd));
  marks.push({ start, end: start + 2, family: 'double', role: doubleRole(bias, role) });
}

/**
 * The quotation marks of one line, in order, each with the role its neighbours give it. Apostrophes are left out.
 * Runs of doubled single glyphs (`''`, `‘‘`, `’’`) are double marks (the NYT writes ''…'').
 */
export function scanMarks(text: string, lineStart: number, lineEnd: number, scan?: LineScan): Mark[] {
  const marks: Mark[] = [];

  // searched within the line only, so that a line without marks never costs more than its own length
  const line = text.slice(lineStart, lineEnd);
  let index = lineStart;
  while (index < lineEnd) {
    CANDIDATE.lastIndex = index - lineStart;
    if (!CANDIDATE.test(line)) {
      break;
    }
    index = lineStart + CANDIDATE.lastIndex - 1;
    const code = text.charCodeAt(index);
    if (code === 0x3c) {
      // "<"
      const tagEnd = markupTagEnd(text, index, lineEnd);
      if (tagEnd === index && runsToLineEnd(text, index, lineEnd)) {
        if (scan) {
          scan.endsInsideTag = true;
        }
        break;
      }
      index = Math.max(index + 1, tagEnd);
      continue;
    }
    const info = glyphInfo(code);
    if (!info || isNavigationArrow(text, index, lineStart, lineEnd)) {
      index++;
      continue;
    }
    if (info.family === 'double') {
      const role = contextRole(classBefore(text, index, lineStart), classAfter(text, index + 1, lineEnd));
      // nothing can close at the very start of a paragraph: a ” there (”… if we") opens; » there is a bullet
      const opensLine = role === 'either' && code === 0x201d && marks.length === 0 && /^\s*$/.test(line.slice(0, index - lineStart));
      // a straight mark right after a digit is an inch or second mark (a 70"+ screen), or closes; it never opens
      const afterDigit = role === 'either' && code === 0x22 && isDigitCode(text.charCodeAt(index - 1));
      const resolved = opensLine ? 'open' : afterDigit ? 'close' : doubleRole(info.bias, role);
      marks.push({ start: index, end: index + 1, family: 'double', role: resolved });
      index++;
      continue;
    }
    let runEnd = index + 1;
    if (isDoublingSingle(code)) {
      while (runEnd < lineEnd && text.charCodeAt(runEnd) === code) {
        runEnd++;
      }
    }
    const run = runEnd - index;
    if (run === 1) {
      pushSingle(marks, text, index, lineStart, lineEnd);
    } else if (run % 2 === 0) {
      for (let at = index; at < runEnd; at += 2) {
        pushDoubled(marks, text, at, lineStart, lineEnd);
      }
    } else if (contextRole(classBefore(text, index, lineStart), classAfter(text, runEnd, lineEnd)) === 'open') {
      // '''Tis …  → an opening double then an opening single
      for (let at = index; at < runEnd - 1; at += 2) {
        pushDoubled(marks, text, at, lineStart, lineEnd);
      }
      pushSingle(marks, text, runEnd - 1, lineStart, lineEnd);
    } else {
      // …wrong track.''' → the single closes first, then the double
      pushSingle(marks, text, index, lineStart, lineEnd);
      for (let at = index + 1; at < runEnd; at += 2) {
        pushDoubled(marks, text, at, lineStart, lineEnd);
      }
    }
    index = runEnd;
  }
  return marks;
}
