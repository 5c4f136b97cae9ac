import type { Boilerplate, PublishedDate, TextStructure } from './types';

/** The article's publication date: stated (dateline, metadata line, caption) or inferred, with the evidence. */
export function resolvePublished(_structure: TextStructure, _boilerplate: Boilerplate[]): PublishedDate {
  return { value: null, basis: 'unknown', evidence: null };
}
