import type { DuplicateParagraph, Span, TextStructure } from './types';

const MIN_DUPLICATE_LENGTH = 80;

/**
 * Paragraphs repeated verbatim (a scraper artefact); short lines such as "Share" are not reported. Scraped text
 * often separates paragraphs by single line breaks, so the lines of a multi-line paragraph count as paragraphs too.
 */
export function findDuplicateParagraphs(structure: TextStructure): DuplicateParagraph[] {
  const { text } = structure;
  const firstSeen = new Map<string, Span>();
  const duplicates: DuplicateParagraph[] = [];
  /** True when `span` repeats an earlier paragraph or line (and is then reported). */
  const check = (span: Span): boolean => {
    const key = text.slice(span.start, span.end).trim();
    if (key.length < MIN_DUPLICATE_LENGTH) {
      return false;
    }
    const original = firstSeen.get(key);
    if (!original) {
      firstSeen.set(key, { start: span.start, end: span.end });
      return false;
    }
    // The fix removes the copy with the line breaks before it, so that no empty line is left in its place.
    let removalStart = span.start;
    while (removalStart > original.end && /\s/u.test(text[removalStart - 1])) {
      removalStart--;
    }
    duplicates.push({ original, copy: { start: span.start, end: span.end }, removal: { start: removalStart, end: span.end } });
    return true;
  };
  for (const paragraph of structure.paragraphs) {
    if (check(paragraph) || paragraph.lastLine === paragraph.firstLine) {
      continue;
    }
    for (let line = paragraph.firstLine; line <= paragraph.lastLine; line++) {
      check(structure.lines[line]);
    }
  }
  return duplicates;
}
