import { creditAtEnd } from './boilerplate/cues';
import { codeUnitClass } from './codeUnits';
import { findOutlet } from './metadata/outlet';
import { hasLineKey, isBlank, normalizeLineKey, skipSpace, skipSpaceBack } from './structure';
import type { ArticleMetadata, Boilerplate, Span, TextSpan, TextStructure } from './types';

/** Same shape test the boilerplate detector uses for a title: a short run of words without a closing full stop. */
function isHeadline(text: string): boolean {
  if (text.length > 250) {
    return false; // before splitting: the first line of a scraped file can be megabytes long
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  return words >= 2 && words <= 30 && !/[.,;:]["'”’)]*$/.test(text) && /\p{Lu}/u.test(text.slice(0, 3)) && !text.startsWith('![');
}

function trimmedLine(structure: TextStructure, index: number): TextSpan {
  const line = structure.lines[index];
  const start = skipSpace(structure.text, line.start, line.end);
  const end = skipSpaceBack(structure.text, start, line.end);
  return { start, end, text: structure.text.slice(start, end) };
}

function covered(boilerplate: Boilerplate[], span: Span): boolean {
  return boilerplate.some((block) => block.start < span.end && span.start < block.end);
}

/**
 * Start offset of the first non-blank line that no furniture span touches (spans are sorted), or the text length.
 * Lines are trimmed by offsets: a page dump has hundreds of furniture lines above its body, a trimmed copy of each
 * was garbage.
 */
function firstUncoveredLine(structure: TextStructure, boilerplate: Boilerplate[]): number {
  const { text } = structure;
  let k = 0;
  for (const line of structure.lines) {
    const start = skipSpace(text, line.start, line.end);
    if (start === line.end) {
      continue;
    }
    const end = skipSpaceBack(text, start, line.end);
    while (k < boilerplate.length && boilerplate[k].end <= start) {
      k++;
    }
    if (k >= boilerplate.length || boilerplate[k].start >= end) {
      return start;
    }
  }
  return text.length;
}

/**
 * The title: the first non-blank line when it is a headline and not furniture (a clean article file). In a page
 * dump the headline sits among the furniture above the body; then the last headline-shaped header line is used.
 */
function findTitle(structure: TextStructure, boilerplate: Boilerplate[]): TextSpan | null {
  const firstIndex = structure.lines.findIndex((line) => !isBlank(structure.text, line.start, line.end));
  if (firstIndex < 0) {
    return null;
  }
  const first = trimmedLine(structure, firstIndex);
  if (!covered(boilerplate, first)) {
    return isHeadline(first.text) ? first : null;
  }
  // Page dump: the header ends where the first line not covered by furniture starts. The headline is the header
  // line that shares the most words with the start of the body (teasers and menus share few).
  const bodyStart = firstUncoveredLine(structure, boilerplate);
  // read only once a header line qualifies (most furniture lines above the body do not)
  let bodyWords: Set<string> | null = null;
  const scored: { line: TextSpan; score: number }[] = [];
  for (const block of boilerplate) {
    if (block.end > bodyStart) {
      break;
    }
    if (!TITLE_KINDS.has(block.kind)) {
      continue;
    }
    const line = trimmedLine(structure, structure.lineAt(block.start));
    // Dates, times and "a | b" menus are not headlines.
    if (line.start !== block.start || line.end !== block.end || !isHeadline(line.text) || /\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b.*\d|[|›»]/.test(line.text)) {
      continue;
    }
    const words = contentWords(line.text);
    bodyWords ??= contentWords(structure.text.slice(bodyStart, bodyStart + BODY_SAMPLE));
    let shared = 0;
    for (const word of words) {
      if (bodyWords.has(word)) {
        shared++;
      }
    }
    if (words.size >= 3 && shared >= 2 && shared * 3 >= words.size) {
      scored.push({ line, score: shared / Math.sqrt(words.size) });
    }
  }
  // Only the lines just above the body are the article's own header; of those, the headline comes before the
  // standfirst, which may share even more words with the body.
  const near = scored.filter((entry) => structure.lineAt(entry.line.start) >= structure.lineAt(bodyStart) - HEADER_SPAN);
  const best = Math.max(0, ...near.map((entry) => entry.score));
  const candidate = near.find((entry) => entry.score >= best * HEADLINE_SHARE)?.line ?? null;
  return candidate;
}

const BODY_SAMPLE = 3000;
/** Non-blank lines between a byline and the body it belongs to. */
const BYLINE_REACH = 3;

/** Whether a span lies within a few lines above the first or below the last line of the body. */
function nearBody(structure: TextStructure, boilerplate: Boilerplate[]): (block: Boilerplate) => boolean {
  const nonBlank = (index: number): boolean => {
    const line = structure.lines[index];
    return !isBlank(structure.text, line.start, line.end);
  };
  const bodyStart = firstUncoveredLine(structure, boilerplate);
  if (bodyStart >= structure.text.length) {
    return () => false;
  }
  const firstBodyLine = structure.lineAt(bodyStart);
  let lastBodyLine = firstBodyLine;
  let k = boilerplate.length - 1;
  for (let i = structure.lines.length - 1; i > firstBodyLine; i--) {
    const line = structure.lines[i];
    const start = skipSpace(structure.text, line.start, line.end);
    if (start === line.end) {
      continue;
    }
    const end = skipSpaceBack(structure.text, start, line.end);
    while (k >= 0 && boilerplate[k].start >= end) {
      k--;
    }
    if (k < 0 || boilerplate[k].end <= start) {
      lastBodyLine = i;
      break;
    }
  }
  const linesBetween = (from: number, to: number): number => {
    let count = 0;
    for (let i = from + 1; i < to && count <= BYLINE_REACH; i++) {
      count += nonBlank(i) ? 1 : 0;
    }
    return count;
  };
  return (block) => {
    const line = structure.lineAt(block.start);
    if (line < firstBodyLine) {
      return linesBetween(line, firstBodyLine) < BYLINE_REACH;
    }
    return line > lastBodyLine ? linesBetween(lastBodyLine, line) < BYLINE_REACH : true;
  };
}
/** Lines above the body that may hold the article's headline, and how close to the best match it must score. */
const HEADER_SPAN = 40;
const HEADLINE_SHARE = 0.75;
const TITLE_KINDS: ReadonlySet<Boilerplate['kind']> = new Set(['metadata', 'title-repeat', 'related-link', 'navigation']);

const LETTER = /\p{L}/u;
const isLetterUnit = codeUnitClass(LETTER);

/** Code units of the letter at `at` (a surrogate pair is one), or 0 when none starts there. */
function letterWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00) {
    return LETTER.test(text.slice(at, at + 2)) ? 2 : 0;
  }
  return isLetterUnit(code) ? 1 : 0;
}

/**
 * Lower-cased words of four letters or more (runs of \p{L}, counted in code points): enough to tell which header
 * line the body is about. Read by a scan: the regex /\p{L}{4,}/gu cost twice as much.
 */
export function contentWords(input: string): Set<string> {
  const text = input.toLowerCase();
  const words = new Set<string>();
  let at = 0;
  while (at < text.length) {
    const start = at;
    let letters = 0;
    for (let width = letterWidth(text, at); width > 0; width = at < text.length ? letterWidth(text, at) : 0) {
      at += width;
      letters++;
    }
    if (letters >= 4) {
      words.add(text.slice(start, at));
    }
    if (letters === 0) {
      at++;
    }
  }
  return words;
}

/** A credit line, or the credit closing a caption ("… (Photo: Jane Roe/Agency)"). */
function creditOf(text: string, block: Boilerplate): TextSpan[] {
  const line = text.slice(block.start, block.end);
  if (block.kind === 'photo-credit') {
    return [{ start: block.start, end: block.end, text: line }];
  }
  const offset = block.kind === 'caption' ? creditAtEnd(line) : null;
  return offset === null ? [] : [{ start: block.start + offset, end: block.end, text: line.slice(offset) }];
}

/** Title (and its repeats), outlet, byline and credit lines. The published date is resolved by `published.ts`. */
export function extractMetadata(structure: TextStructure, boilerplate: Boilerplate[]): Omit<ArticleMetadata, 'published'> {
  const title = findTitle(structure, boilerplate);
  const titleKey = title ? normalizeLineKey(title.text) : null;
  const titleRepeats: Span[] = [];
  for (const block of boilerplate) {
    if (title && block.start === title.start) {
      continue;
    }
    const text = structure.text.slice(block.start, block.end);
    if (block.kind === 'title-repeat' || (titleKey !== null && hasLineKey(text, titleKey))) {
      titleRepeats.push({ start: block.start, end: block.end });
    }
  }
  const bylines = boilerplate.filter((block) => block.kind === 'byline');
  // An explicit "By …" line is the better byline when the page has several name lines.
  const bylineBlock = bylines.find((block) => /^by\s/i.test(structure.text.slice(block.start, block.end))) ?? bylines[0];
  const byline = bylineBlock ? { start: bylineBlock.start, end: bylineBlock.end, text: structure.text.slice(bylineBlock.start, bylineBlock.end) } : null;
  const credits = boilerplate.flatMap((block) => creditOf(structure.text, block));
  const near = nearBody(structure, boilerplate);
  return { title, titleRepeats, outlet: findOutlet(structure.text, boilerplate, near, title), byline, credits };
}
