import { findOutlet } from './metadata/outlet';
import { normalizeLineKey } from './structure';
import type { ArticleMetadata, Boilerplate, Span, TextSpan, TextStructure } from './types';

/** Same shape test the boilerplate detector uses for a title: a short run of words without a closing full stop. */
function isHeadline(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  return words >= 2 && words <= 30 && text.length <= 250 && !/[.,;:]["'”’)]*$/.test(text) && /\p{Lu}/u.test(text.slice(0, 3)) && !text.startsWith('![');
}

function trimmedLine(structure: TextStructure, index: number): TextSpan {
  const line = structure.lines[index];
  const raw = structure.text.slice(line.start, line.end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { start: line.start + lead, end: line.start + lead + text.length, text };
}

function covered(boilerplate: Boilerplate[], span: Span): boolean {
  return boilerplate.some((block) => block.start < span.end && span.start < block.end);
}

/** Start offset of the first non-blank line that no furniture span touches (spans are sorted), or the text length. */
function firstUncoveredLine(structure: TextStructure, boilerplate: Boilerplate[]): number {
  let k = 0;
  for (const line of structure.lines) {
    const span = trimmedLine(structure, line.index);
    if (!span.text) {
      continue;
    }
    while (k < boilerplate.length && boilerplate[k].end <= span.start) {
      k++;
    }
    if (k >= boilerplate.length || boilerplate[k].start >= span.end) {
      return span.start;
    }
  }
  return structure.text.length;
}

/**
 * The title: the first non-blank line when it is a headline and not furniture (a clean article file). In a page
 * dump the headline sits among the furniture above the body; then the last headline-shaped header line is used.
 */
function findTitle(structure: TextStructure, boilerplate: Boilerplate[]): TextSpan | null {
  const firstIndex = structure.lines.findIndex((line) => /\S/.test(structure.text.slice(line.start, line.end)));
  if (firstIndex < 0) {
    return null;
  }
  const first = trimmedLine(structure, firstIndex);
  if (!covered(boilerplate, first)) {
    return isHeadline(first.text) ? first : null;
  }
  // Page dump: the header ends where the first line not covered by furniture starts.
  const bodyStart = firstUncoveredLine(structure, boilerplate);
  let candidate: TextSpan | null = null;
  let bestScore = 0;
  const seen = new Map<string, number>();
  for (const block of boilerplate) {
    if (block.end > bodyStart) {
      break;
    }
    const line = trimmedLine(structure, structure.lineAt(block.start));
    if (line.start !== block.start || line.end !== block.end || !(block.kind === 'metadata' || block.kind === 'title-repeat')) {
      continue;
    }
    // Dates, times and "a | b" menus are not headlines.
    if (!isHeadline(line.text) || /\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b.*\d|[|›»]/.test(line.text)) {
      continue;
    }
    const key = normalizeLineKey(line.text);
    const copies = (seen.get(key) ?? 0) + 1;
    seen.set(key, copies);
    const words = line.text.split(/\s+/).length;
    // Nearer the body wins ties; a headline printed twice (page title and article heading) wins over single lines.
    const score = (words >= 5 ? 2 : words >= 4 ? 1 : 0) + (copies > 1 ? 2 : 0);
    if (score > 0 && score >= bestScore) {
      bestScore = score;
      candidate = copies > 1 ? (candidate && normalizeLineKey(candidate.text) === key ? candidate : line) : line;
    }
  }
  return candidate;
}

/** Title (and its repeats), outlet and byline. The published date is resolved by `published.ts`. */
export function extractMetadata(structure: TextStructure, boilerplate: Boilerplate[]): Omit<ArticleMetadata, 'published'> {
  const title = findTitle(structure, boilerplate);
  const titleKey = title ? normalizeLineKey(title.text) : null;
  const titleRepeats: Span[] = [];
  for (const block of boilerplate) {
    if (title && block.start === title.start) {
      continue;
    }
    const text = structure.text.slice(block.start, block.end);
    if (block.kind === 'title-repeat' || (titleKey !== null && normalizeLineKey(text) === titleKey)) {
      titleRepeats.push({ start: block.start, end: block.end });
    }
  }
  const bylines = boilerplate.filter((block) => block.kind === 'byline');
  // An explicit "By …" line is the better byline when the page has several name lines.
  const bylineBlock = bylines.find((block) => /^by\s/i.test(structure.text.slice(block.start, block.end))) ?? bylines[0];
  const byline = bylineBlock ? { start: bylineBlock.start, end: bylineBlock.end, text: structure.text.slice(bylineBlock.start, bylineBlock.end) } : null;
  return { title, titleRepeats, outlet: findOutlet(structure.text, boilerplate), byline };
}
