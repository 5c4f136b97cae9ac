import type { Boilerplate, DateExpression, PublishedDate, TextStructure } from './types';

/** Temporal expressions with TIMEX3 values resolved against the published date. */
export function findDates(_structure: TextStructure, _published: PublishedDate, _boilerplate: Boilerplate[]): DateExpression[] {
  return [];
}
