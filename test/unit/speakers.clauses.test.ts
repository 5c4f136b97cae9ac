import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/index';
import { attributions } from '../helpers/attributions';

// Which attribution a quote belongs to when its sentence holds more than one: invented fixtures, one per shape.

const lead = 'The harbour board met on Monday to discuss the new quay.\n\n';

test('an attribution closing the sentence after a comma is the source of the quotes before it', () => {
  const analysis = analyze(
    `${lead}Dock workers also chanted, “Build the quay,” pointing at the plans, the Harbour Gazette reports.\n\n` +
      `Ada Quill’s remarks fuel “a climate of fear” among tenants, the tenant groups say.\n\n` +
      `The vote signals “the end of an era” for the port, said Bram Okoye, a founder of the dockers’ union.\n`,
  );
  assert.deepEqual(attributions(analysis), {
    'Build the quay,': ['the Harbour Gazette', 'Harbour Gazette'],
    'a climate of': ['the tenant groups', 'tenant groups'],
    'the end of': ['Bram Okoye', 'Bram Okoye'],
  });
});

test('a closing clause of its own with an object or a report of its own is no attribution of the quote', () => {
  const analysis = analyze(
    `${lead}Ada Quill said she raised the question “to build on the survey,” citing a tenant who has criticized Bram Okoye.\n\n` +
      `Ada Quill called the quay “too costly” for a port of its size, Bram Okoye said none of the bids were late.\n`,
  );
  assert.deepEqual(attributions(analysis), {
    'to build on': ['Ada Quill', 'Ada Quill'],
    'too costly': ['Ada Quill', 'Ada Quill'],
  });
});

test('the possessor of a speech noun that introduces the quote is its source: "her remark that “…”", unless a verb of saying frames it', () => {
  const analysis = analyze(
    `${lead}Ada Quill, a former mayor, stirred anger this year over her remark that “tenants never pay on time.”\n\n` +
      `The row began with Ada Quill’s statement: “The quay is sinking.”\n\nBram Okoye called Ada Quill’s remark that “the quay is sinking” untrue.\n`,
  );
  assert.deepEqual(attributions(analysis), {
    'tenants never pay': ['her', 'Ada Quill'],
    'The quay is': ['Ada Quill', 'Ada Quill'],
    'the quay is': ['Bram Okoye', 'Bram Okoye'],
  });
});

test('a participle phrase between subject and verb: "a source speaking to Radio Example said", not the radio', () => {
  const analysis = analyze(
    `${lead}Another harbour source speaking to Radio Example said, “The cranes are idle.”\n\n` +
      `Ada Quill, during a town hall meeting in Easton, said the quay was “a sound plan.”\n`,
  );
  assert.deepEqual(attributions(analysis), {
    'The cranes are': ['Another harbour source', 'Another harbour source'],
    'a sound plan.': ['Ada Quill', 'Ada Quill'],
  });
});

test('a scare or partial quote with no cue: the sentence subject is its probable source when it names a person or a body', () => {
  const analysis = analyze(
    `${lead}The news service pointed to the board’s finding that staffing was low “despite repeated requests” from crews.\n\n` +
      `One such letter, seen by the Gazette, includes a “no-strike” clause.\n\n` +
      `The results showed the weakness of “growth” as a label.\n`,
  );
  assert.deepEqual(attributions(analysis, true), {
    'despite repeated requests': ['The news service', 'news service', 'scare'],
    'no-strike': ['One such letter', 'One such letter', 'scare'],
    growth: null,
  });
});

test('a share of those polled is the subject of its verb of saying: "21 percent said", "About four in 10 said"', () => {
  const analysis = analyze(
    `${lead}Asked about the quay, 21 percent said “not too likely” and 14 percent said “not at all likely.”\n\n` +
      `About four in 10 said they were “angry” about the cranes.\n`,
  );
  assert.deepEqual(attributions(analysis), {
    'not too likely': ['21 percent', '21 percent'],
    'not at all': ['14 percent', '14 percent'],
    angry: ['About four in 10', 'About four in 10'],
  });
});
