import type { Boilerplate, CorpusContext, TextStructure } from './types';

/** Page furniture (title repeats, captions, credits, bylines, related links, legal notices, comments, …). */
export function detectBoilerplate(_structure: TextStructure, _corpus?: CorpusContext): Boilerplate[] {
  return [];
}
