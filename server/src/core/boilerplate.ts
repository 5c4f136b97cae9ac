import { findCommentsHeaders, findCommentsStart, threadFollows } from './boilerplate/comments';
import { gluedReadMore, isCreditLine, isNameLine, lineCue } from './boilerplate/cues';
import { isHeadlineShaped, splitMetadataLine } from './boilerplate/header';
import { describeLines, type LineInfo } from './boilerplate/lines';
import { findBodyRange, MAX_LINE_GAIN } from './boilerplate/zones';
import { normalizeLineKey } from './structure';
import type { Boilerplate, BoilerplateKind, CorpusContext, TextStructure } from './types';

/** At most this many lines may stand between a clean article's title and its body (repeat, caption, credit, byline). */
const CLEAN_HEADER_LINES = 6;

const MIN_PROSE_BEFORE_COMMENTS = 3;
const MAX_HEADER_CANDIDATES = 5;
/** What a line that is not body prose costs a body run, in characters of prose it cancels. */
const GAP_COST = 100;
const QUOTED_LINE_COST = 15;
/** Furniture that sits between the paragraphs of an article without ending it. */
const INLINE_KINDS: ReadonlySet<BoilerplateKind> = new Set(['caption', 'photo-credit', 'advertisement']);
const INLINE_FURNITURE_COST = (globalThis as unknown as { BP_I?: number }).BP_I ?? 50;
const WORDY_LINE_COST = (globalThis as unknown as { BP_W?: number }).BP_W ?? 60;

/** A line with several words and sentence punctuation or lower-case words: list items, questions, short answers. */
function isWordy(line: LineInfo): boolean {
  return line.words >= 4 && line.length >= 25 && (line.functionRatio >= 0.15 || /[,;:?!]/.test(line.text));
}
/** Score (prose characters, see findBodyRange) an article needs before a comments header to cut the page there. */
const MIN_ARTICLE_BEFORE_COMMENTS = 400;

/** A line repeated in other documents of the run is shared furniture (a short label, or a blurb in several). */
function isRepeated(line: LineInfo): boolean {
  return line.prose ? line.elsewhere >= 2 : line.elsewhere >= 1;
}

/** Kind for a line outside the body that no cue names, from its shape and side. */
function outsideKind(line: LineInfo, side: 'header' | 'trailer'): BoilerplateKind {
  if (line.words <= 3) {
    return 'navigation';
  }
  if (side === 'trailer' && line.prose && line.length > 200) {
    return 'legal';
  }
  if (isHeadlineShaped(line)) {
    return side === 'header' ? 'metadata' : 'related-link';
  }
  return side === 'header' ? 'metadata' : 'navigation';
}

/**
 * A caption with its credit below it, in one paragraph: "<caption>\n<credit>" where the credit is a bracketed or
 * "Photo:" line, or (near the top of the article) a bare name line ending the paragraph.
 */
function captionPairs(lines: LineInfo[], cues: (BoilerplateKind | null)[], bodyFirst: number, early: number): Map<number, BoilerplateKind> {
  const pairs = new Map<number, BoilerplateKind>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const previous = lines[i - 1];
    if (line.blank || previous.blank || previous.paragraph !== line.paragraph) {
      continue;
    }
    const endsParagraph = i + 1 >= lines.length || lines[i + 1].blank;
    const credit = cues[i] === 'photo-credit' || (isCreditLine(line) && endsParagraph);
    const bareName = i <= early && i >= bodyFirst - 1 && endsParagraph && isNameLine(line) && previous.words >= 5;
    if ((credit || bareName) && (cues[i - 1] === null || cues[i - 1] === 'caption')) {
      pairs.set(i - 1, 'caption');
      pairs.set(i, 'photo-credit');
    }
  }
  return pairs;
}

/** Keys of headline-shaped header lines printed more than once (a page title above the article heading). */
function repeatedHeadlines(header: LineInfo[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const line of header) {
    if (!line.blank && line.words >= 3 && isHeadlineShaped(line) && lineCue(line) === null) {
      const key = normalizeLineKey(line.text);
      if (seen.has(key)) {
        repeated.add(key);
      }
      seen.add(key);
    }
  }
  return repeated;
}

/** Page furniture (title repeats, captions, credits, bylines, related links, legal notices, comments, …). */
export function detectBoilerplate(structure: TextStructure, corpus?: CorpusContext): Boilerplate[] {
  const { text } = structure;
  const lines = describeLines(structure, corpus);
  const cues = lines.map(lineCue);
  const bodyProse = (line: LineInfo): boolean => line.prose && cues[line.index] === null && !isRepeated(line);
  const gain = (line: LineInfo): number => {
    if (bodyProse(line)) {
      return Math.min(line.length, MAX_LINE_GAIN);
    }
    // Quoted lines ("> …", embedded posts) belong to the article more often than not: they cost little.
    if (line.text.startsWith('>')) {
      return -QUOTED_LINE_COST;
    }
    // Figures and ad markers sit between the paragraphs of an article: they do not end it.
    const cue = cues[line.index];
    if (cue !== null && INLINE_KINDS.has(cue)) {
      return -INLINE_FURNITURE_COST;
    }
    // Wordy lines with sentence punctuation (list items, questions, short answers) cost less than menu labels.
    if (cues[line.index] === null && !isRepeated(line) && isWordy(line)) {
      return -WORDY_LINE_COST;
    }
    return -GAP_COST;
  };

  const proseIndices: number[] = [];
  for (const line of lines) {
    if (bodyProse(line) && proseIndices.length < MIN_PROSE_BEFORE_COMMENTS) {
      proseIndices.push(line.index);
    }
  }
  const commentsFrom = proseIndices.length === MIN_PROSE_BEFORE_COMMENTS ? proseIndices[MIN_PROSE_BEFORE_COMMENTS - 1] + 1 : lines.length;
  let commentsStart = findCommentsStart(lines, cues, commentsFrom);
  // A comments header counts when a real article stands before it (not a comment count under the headline) and
  // either the article's densest run ends before it or a thread follows it (not a "Comments" link mid-article).
  const whole = findBodyRange(lines, gain, lines.length);
  for (const header of findCommentsHeaders(lines, cues, bodyProse, MIN_PROSE_BEFORE_COMMENTS, MAX_HEADER_CANDIDATES)) {
    if (commentsStart >= 0 && header >= commentsStart) {
      break;
    }
    const before = findBodyRange(lines, gain, header);
    const mostOfArticle = before !== null && whole !== null && (header > whole.last || before.score * 2 >= whole.score);
    if (before && before.score >= MIN_ARTICLE_BEFORE_COMMENTS && (mostOfArticle || threadFollows(lines, cues, header))) {
      commentsStart = header;
      break;
    }
  }
  const limit = commentsStart >= 0 ? commentsStart : lines.length;
  const body = findBodyRange(lines, gain, limit);
  if (body) {
    // Prose just beyond a figure or an ad marker still belongs to the article, however short it is.
    const inline = (line: LineInfo): boolean => line.blank || INLINE_KINDS.has(cues[line.index] ?? 'comments');
    for (let i = body.last + 1; i < limit && inline(lines[i]); i++) {
      if (i + 1 < limit && bodyProse(lines[i + 1])) {
        body.last = i + 1;
        i++;
      }
    }
    for (let i = body.first - 1; i >= 0 && inline(lines[i]); i--) {
      if (i > 0 && bodyProse(lines[i - 1])) {
        body.first = i - 1;
        i--;
      }
    }
  }
  if (!body) {
    return lines
      .filter((line) => !line.blank && cues[line.index] !== null)
      .map((line) => ({ start: line.start, end: line.end, kind: cues[line.index] as BoilerplateKind }));
  }

  // Early lines: a caption with a bare credit name may precede the first paragraph of a clean article.
  const pairs = captionPairs(lines, cues, body.first, body.first + 2);
  let firstBody = body.first;
  while (firstBody < body.last && (pairs.has(firstBody) || lines[firstBody].blank)) {
    firstBody++;
  }

  const firstLine = lines.find((line) => !line.blank);
  let title: LineInfo | null = null;
  if (firstLine && firstLine.index < firstBody && cues[firstLine.index] === null && isHeadlineShaped(firstLine)) {
    const headerLines = lines.slice(firstLine.index, firstBody).filter((line) => !line.blank).length;
    if (headerLines <= CLEAN_HEADER_LINES) {
      title = firstLine;
    }
  }
  const titleKey = title ? normalizeLineKey(title.text) : null;

  let lineBeforeBody = firstBody - 1;
  while (lineBeforeBody >= 0 && lines[lineBeforeBody].blank) {
    lineBeforeBody--;
  }

  const headerCopies = repeatedHeadlines(lines.slice(0, firstBody));
  const shownHeadlines = new Set<string>();

  const spans: Boilerplate[] = [];
  for (const line of lines) {
    if (line.blank || line === title) {
      continue;
    }
    const i = line.index;
    const push = (kind: BoilerplateKind): void => {
      spans.push({ start: line.start, end: line.end, kind });
    };
    if (commentsStart >= 0 && i >= commentsStart) {
      push('comments');
      continue;
    }
    if (titleKey !== null && normalizeLineKey(line.text) === titleKey) {
      push('title-repeat');
      continue;
    }
    const cue = cues[i];
    const parts = !line.prose || cue === 'metadata' || i < firstBody ? splitMetadataLine(line, text) : null;
    if (parts) {
      spans.push(...parts);
      continue;
    }
    const paired = pairs.get(i);
    const key = i < firstBody && cues[i] === null ? normalizeLineKey(line.text) : '';
    if (headerCopies.has(key)) {
      // The page's headline stays furniture in a dump; its later copies are repeats.
      push(shownHeadlines.has(key) ? 'title-repeat' : 'metadata');
      shownHeadlines.add(key);
      continue;
    }
    if (i < firstBody || i > body.last) {
      // A bare name just above the article is its byline (an agency or outlet name line, or an author).
      const byline = i === lineBeforeBody && isNameLine(line) ? 'byline' : null;
      push(cue ?? paired ?? byline ?? outsideKind(line, i < firstBody ? 'header' : 'trailer'));
      continue;
    }
    if (cue ?? paired) {
      push((cue ?? paired) as BoilerplateKind);

      continue;
    }
    if (isRepeated(line)) {
      push(outsideKind(line, 'trailer'));
      continue;
    }
    const glued = line.prose ? gluedReadMore(text.slice(line.start, line.end)) : null;
    if (glued) {
      spans.push({ start: line.start + glued.offset, end: line.start + glued.offset + glued.length, kind: 'read-more' });
    }
  }
  return spans;
}
