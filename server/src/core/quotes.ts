import type { Quote, TextStructure } from './types';

/** Every quotation-mark span; speaker/cue are filled later by `attributeQuotes`. */
export function findQuotes(_structure: TextStructure): Quote[] {
  return [];
}
