import type { DuplicateParagraph, TextStructure } from './types';

const MIN_DUPLICATE_LENGTH = 80;

/** Paragraphs repeated verbatim (a scraper artefact); short lines such as "Share" are not reported. */
export function findDuplicateParagraphs(structure: TextStructure): DuplicateParagraph[] {
  const firstSeen = new Map<string, { start: number; end: number }>();
  const duplicates: DuplicateParagraph[] = [];
  for (const paragraph of structure.paragraphs) {
    const key = structure.text.slice(paragraph.start, paragraph.end).trim();
    if (key.length < MIN_DUPLICATE_LENGTH) {
      continue;
    }
    const original = firstSeen.get(key);
    if (original) {
      duplicates.push({ original, copy: { start: paragraph.start, end: paragraph.end } });
    } else {
      firstSeen.set(key, { start: paragraph.start, end: paragraph.end });
    }
  }
  return duplicates;
}
