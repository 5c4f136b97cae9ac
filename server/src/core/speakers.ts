/**
 * Speakers and attribution: finds each quote's cue and speaker, resolves pronouns and role phrases, merges aliases.
 * The implementation lives in ./speakers/ (cues, phrases, names, roles, coreference, output).
 */
export { attributeQuotes, type Attribution } from './speakers/attribute';
