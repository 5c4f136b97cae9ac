import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isPersonNoun, PERSON_NOUNS } from '../../server/src/core/speakers/lexicon';

// words built from the pieces the agent suffixes are made of, and a few that only look alike
const piece = fc.constantFrom('h', 'ist', 'or', 'ian', 'ic', 'ol', 'og', 'iatr', 's', 'é', 'an', 't', 'n', 'i', 'a', 'B');
const word = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));

test('isPersonNoun takes the lexicon and the -ian / -ologist / -ician / -iatrist nouns, as the patterns alone do', () => {
  const byPatterns = (lower: string): boolean =>
    PERSON_NOUNS.has(lower) || /^\p{Ll}{3,}ian$/u.test(lower) || /^\p{Ll}{2,}(?:ologists?|icians?|iatrists?)$/u.test(lower);
  fc.assert(fc.property(word, (lower) => isPersonNoun(lower) === byPatterns(lower)), { numRuns: 5000 });
  assert.deepEqual(['historian', 'psychologists', 'pediatrician', 'psychiatrist', 'spokesman', 'guardian', 'pianist', 'ian', ''].map(isPersonNoun), [true, true, true, true, true, true, false, false, false]);
});
