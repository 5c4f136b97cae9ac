import { locateComments } from './boilerplate/comments';
import { gluedReadMore, isCreditLine, isNameLine, lineCue } from './boilerplate/cues';
import { isHeadlineShaped, splitMetadataLine } from './boilerplate/header';
import { describeLines, type LineInfo } from './boilerplate/lines';
import { createScorer, isRepeated } from './boilerplate/scoring';
import { markTeaserDecks } from './boilerplate/teasers';
import { extendOverAttachedLists, extendOverInlineFurniture, findBodyRange, joinSplitArticle, markInlineBoxes } from './boilerplate/zones';
import { normalizeLineKey } from './structure';
import { packedMap } from './packedMap';
import type { Boilerplate, BoilerplateKind, CorpusContext, TextStructure } from './types';

/** At most this many lines may stand between a clean article's title and its body (repeat, caption, credit, byline). */
const CLEAN_HEADER_LINES = 6;

/**
 * The title of a clean article file: its first line, when that is a headline and only a few furniture lines
 * (repeat, caption, credit, byline) stand between it and the body. In a page dump the headline is furniture.
 */
function cleanTitle(lines: LineInfo[], cues: (BoilerplateKind | null)[], firstBody: number): LineInfo | null {
  const firstLine = lines.find((line) => !line.blank);
  if (!firstLine || firstLine.index >= firstBody || cues[firstLine.index] !== null || !isHeadlineShaped(firstLine)) {
    return null;
  }
  const headerLines = lines.slice(firstLine.index, firstBody).filter((line) => !line.blank).length;
  return headerLines <= CLEAN_HEADER_LINES ? firstLine : null;
}

/** Share of the body's prose lines found in other documents above which those are copies or versions of it. */
const SHARED_BODY_SHARE = 0.5;

/** Whether other documents of the run repeat the body (found without corpus evidence) rather than furniture. */
function bodyIsShared(lines: LineInfo[], cues: (BoilerplateKind | null)[]): boolean {
  const body = findBodyRange(lines, createScorer(cues, false).gain, lines.length);
  if (!body) {
    return false;
  }
  let prose = 0;
  let shared = 0;
  for (let i = body.first; i <= body.last; i++) {
    const line = lines[i];
    if (line.prose && line.length <= 300) {
      prose++;
      if (line.elsewhere > 0) {
        shared++;
      }
    }
  }
  return prose >= 3 && shared >= prose * SHARED_BODY_SHARE;
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

function lineSpan(line: LineInfo, kind: BoilerplateKind): Boilerplate {
  return { start: line.start, end: line.end, kind };
}

/** Page furniture (title repeats, captions, credits, bylines, related links, legal notices, comments, …). */
export function detectBoilerplate(structure: TextStructure, corpus?: CorpusContext): Boilerplate[] {
  const { text } = structure;
  const lines = describeLines(structure, corpus);
  const cues = packedMap(lines, lineCue);
  markTeaserDecks(lines, cues);
  if (corpus && bodyIsShared(lines, cues)) {
    // Versions or copies of this article in the run share its body too: line repeats say nothing then.
    for (const line of lines) {
      line.elsewhere = 0;
    }
  }
  const scorer = createScorer(cues);
  const commentsStart = locateComments(lines, cues, scorer);
  const limit = commentsStart >= 0 ? commentsStart : lines.length;
  const core = findBodyRange(lines, scorer.gain, limit);
  if (!core) {
    const cued = lines.filter((line) => !line.blank && cues[line.index] !== null);
    return packedMap(cued, (line) => lineSpan(line, cues[line.index] as BoilerplateKind));
  }
  const isClean = (line: LineInfo): boolean => cues[line.index] === null && !isRepeated(line);
  const joined = joinSplitArticle(lines, cues, scorer, extendOverInlineFurniture(lines, scorer, core, limit), limit);
  const body = extendOverAttachedLists(lines, isClean, joined, limit);
  markInlineBoxes(lines, cues, scorer, body);

  // Early lines: a caption with a bare credit name may precede the first paragraph of a clean article.
  const pairs = captionPairs(lines, cues, body.first, body.first + 2);
  let firstBody = body.first;
  while (firstBody < body.last && (pairs.has(firstBody) || lines[firstBody].blank)) {
    firstBody++;
  }

  const title = cleanTitle(lines, cues, firstBody);
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
    if (commentsStart >= 0 && i >= commentsStart) {
      spans.push(lineSpan(line, 'comments'));
      continue;
    }
    // Length first: normalising every line of a long text only to compare it with the title is wasted work.
    if (title && titleKey !== null && Math.abs(line.length - title.length) <= 8 && normalizeLineKey(line.text) === titleKey) {
      spans.push(lineSpan(line, 'title-repeat'));
      continue;
    }
    // Outside the comments section a "Comments" or "Reply" line is a widget link.
    const cue = cues[i] === 'comments' ? 'navigation' : cues[i];
    const parts = !line.prose || cue === 'metadata' || i < firstBody ? splitMetadataLine(line, text) : null;
    if (parts) {
      spans.push(...parts);
      continue;
    }
    const paired = pairs.get(i);
    const key = i < firstBody && cues[i] === null ? normalizeLineKey(line.text) : '';
    if (headerCopies.has(key)) {
      // The page's headline stays furniture in a dump; its later copies are repeats.
      spans.push(lineSpan(line, shownHeadlines.has(key) ? 'title-repeat' : 'metadata'));
      shownHeadlines.add(key);
      continue;
    }
    if (i < firstBody || i > body.last) {
      // A bare name just above the article is its byline (an agency or outlet name line, or an author).
      const byline = i === lineBeforeBody && isNameLine(line) ? 'byline' : null;
      spans.push(lineSpan(line, cue ?? paired ?? byline ?? outsideKind(line, i < firstBody ? 'header' : 'trailer')));
      continue;
    }
    if (cue ?? paired) {
      spans.push(lineSpan(line, (cue ?? paired) as BoilerplateKind));
      continue;
    }
    if (isRepeated(line)) {
      spans.push(lineSpan(line, outsideKind(line, 'trailer')));
      continue;
    }
    const glued = line.prose ? gluedReadMore(text.slice(line.start, line.end)) : null;
    if (glued) {
      spans.push({ start: line.start + glued.offset, end: line.start + glued.offset + glued.length, kind: 'read-more' });
    }
  }
  return spans;
}
