import type { ArticleMetadata, Boilerplate, TextStructure } from './types';

/** Title (and its repeats), outlet and byline. The published date is resolved by `published.ts`. */
export function extractMetadata(_structure: TextStructure, _boilerplate: Boilerplate[]): Omit<ArticleMetadata, 'published'> {
  return { title: null, titleRepeats: [], outlet: null, byline: null };
}
