import type { BoilerplateKind } from '../types';
import type { LineInfo } from './lines';
import type { LineScorer } from './scoring';
import { findBodyRange } from './zones';

/** A short label without sentence punctuation that could be a commenter's user name ("JJE", "Night_Owl42"). */
const SAYS = /^\S.{0,40}\s(?:says|said|wrote|writes|commented|replied)\s*:?$/i;

function isHandle(line: LineInfo): boolean {
  return (line.length <= 60 && !line.blank && SAYS.test(line.text)) || (
    !line.blank &&
    !line.prose &&
    line.length <= 32 &&
    line.words <= 3 &&
    !/[.!?,;:)]$/.test(line.text) &&
    /^[\p{L}\p{N}@_]/u.test(line.text) &&
    /[\p{L}\p{N}]/u.test(line.text)
  );
}

/** Lines one comment may span before the next user name. */
const MAX_COMMENT_LINES = 8;

/** A time stamp under a user name: "2 hours ago", "Posted 12:30" (metadata) or a bare date and time (dateline). */
function isStamp(cue: BoilerplateKind | null): boolean {
  return cue === 'metadata' || cue === 'dateline';
}

function nextNonBlank(lines: LineInfo[], index: number): LineInfo | undefined {
  for (let i = index + 1; i < lines.length; i++) {
    if (!lines[i].blank) {
      return lines[i];
    }
  }
  return undefined;
}

/** The comment under a user name: the next line is prose, maybe after a time stamp. */
function commentFollows(lines: LineInfo[], cues: (BoilerplateKind | null)[], index: number): boolean {
  const next = nextNonBlank(lines, index);
  if (!next) {
    return false;
  }
  if (next.prose) {
    return true;
  }
  return isStamp(cues[next.index]) && nextNonBlank(lines, next.index)?.prose === true;
}

/**
 * Start of a reader-comments section: either an explicit header ("12 Comments", "Leave a Reply") after the
 * article, or the first of several user-name lines each followed by a comment, where some name comes back
 * (people answer each other). Returns the index of the first comment line, or -1.
 *
 * `from` is the first line the section may start at (the comments follow at least some of the article).
 */
function findCommentsStart(lines: LineInfo[], cues: (BoilerplateKind | null)[], from: number): number {
  // Handles followed by a comment, counted from the end so the first qualifying one is found in one pass.
  const handleCounts = new Map<string, number>();
  let handlesAfter = 0;
  let repeatedAfter = 0;
  let proseAfter = 0;
  let buttonsAfter = 0;
  let best = -1;
  let sinceHandle = 0;
  for (let i = lines.length - 1; i >= from; i--) {
    const line = lines[i];
    if (line.blank) {
      continue;
    }
    if (line.prose) {
      proseAfter++;
    }
    if (handlesAfter > 0 && (cues[i] === 'comments' || isStamp(cues[i]))) {
      // "Reply", "Report", "12 likes", "2 hours ago" between user names: the buttons and stamps of a thread.
      buttonsAfter++;
    }
    sinceHandle++;
    if (handlesAfter > 0 && sinceHandle > MAX_COMMENT_LINES) {
      if (best >= 0) {
        break;
      }
      // Too far from the next user name: what came after was not one comment thread with this line.
      handleCounts.clear();
      handlesAfter = 0;
      repeatedAfter = 0;
      proseAfter = 0;
      buttonsAfter = 0;
    }
    if (isHandle(line) && cues[i] === null && commentFollows(lines, cues, i)) {
      sinceHandle = 0;
      const key = line.text.toLowerCase();
      const count = (handleCounts.get(key) ?? 0) + 1;
      handleCounts.set(key, count);
      handlesAfter++;
      if (count === 2) {
        repeatedAfter++;
      }
      // People answer each other (a name comes back), or the thread has its buttons and time stamps.
      if (((repeatedAfter >= 1 && handlesAfter >= 3) || (buttonsAfter >= 2 && handlesAfter >= 2)) && proseAfter >= 2) {
        best = i;
      }
    }
  }
  return best;
}

/**
 * Explicit comments headers ("Comments", "3 Responses", "Leave a Reply") after at least `minProse` lines of
 * article prose and followed by prose within a few lines (at most `max` of them, in text order).
 */
function findCommentsHeaders(lines: LineInfo[], cues: (BoilerplateKind | null)[], isBodyProse: (line: LineInfo) => boolean, minProse: number, max: number): number[] {
  const headers: number[] = [];
  let prose = 0;
  for (let i = 0; i < lines.length && headers.length < max; i++) {
    const line = lines[i];
    if (isBodyProse(line)) {
      prose++;
    } else if (cues[i] === 'comments' && COMMENTS_HEADER.test(line.text) && prose >= minProse && proseFollows(lines, i)) {
      headers.push(i);
    }
  }
  return headers;
}

/** Signs of a thread below `index`: user names over comments, reply buttons, time stamps. */
function threadFollows(lines: LineInfo[], cues: (BoilerplateKind | null)[], index: number): boolean {
  let signals = 0;
  let seen = 0;
  for (let i = index + 1; i < lines.length && seen < THREAD_WINDOW; i++) {
    const line = lines[i];
    if (line.blank) {
      continue;
    }
    seen++;
    if ((isHandle(line) && cues[i] === null && commentFollows(lines, cues, i)) || cues[i] === 'comments' || isStamp(cues[i])) {
      signals++;
    }
  }
  return signals >= 2;
}

const THREAD_WINDOW = 40;

/** Wording that opens a comments section (not the per-comment buttons "Reply", "Report"). */
const COMMENTS_HEADER =
  /^\W*(?:[1-9][\d,]*\s+)?(?:(?:reader|readers'?|user|all|top|show|view|load|read)\s+)*(?:comments?|responses?|replies|discussion)\b.{0,40}$|^(?:leave|post|add|join)\b.{0,20}\b(?:comment|reply|discussion|conversation)/i;

function proseFollows(lines: LineInfo[], index: number): boolean {
  let seen = 0;
  for (let i = index + 1; i < lines.length && seen < MAX_COMMENT_LINES; i++) {
    if (lines[i].blank) {
      continue;
    }
    if (lines[i].prose) {
      return true;
    }
    seen++;
  }
  return false;
}

const MIN_PROSE_BEFORE_COMMENTS = 3;
const MAX_HEADER_CANDIDATES = 5;
/** Score (see findBodyRange) an article needs before a comments header to cut the page there. */
const MIN_ARTICLE_BEFORE_COMMENTS = 400;

/** Index of the first line of the reader comments (they run to the end of the text), or -1. */
export function locateComments(lines: LineInfo[], cues: (BoilerplateKind | null)[], scorer: LineScorer): number {
  let seenProse = 0;
  let from = lines.length;
  for (const line of lines) {
    if (scorer.bodyProse(line) && ++seenProse === MIN_PROSE_BEFORE_COMMENTS) {
      from = line.index + 1;
      break;
    }
  }
  let start = findCommentsStart(lines, cues, from);
  // A comments header counts when a real article stands before it (not a comment count under the headline) and
  // either most of the article is above it or a thread follows it (not a "Comments" link mid-article).
  const whole = findBodyRange(lines, scorer.gain, lines.length);
  for (const header of findCommentsHeaders(lines, cues, scorer.bodyProse, MIN_PROSE_BEFORE_COMMENTS, MAX_HEADER_CANDIDATES)) {
    if (start >= 0 && header >= start) {
      break;
    }
    const before = findBodyRange(lines, scorer.gain, header);
    if (!before || !whole || before.score < MIN_ARTICLE_BEFORE_COMMENTS) {
      continue;
    }
    const mostOfArticle = header > whole.last || before.score * 2 >= whole.score;
    if (mostOfArticle || threadFollows(lines, cues, header)) {
      start = header;
      break;
    }
  }
  return start;
}
