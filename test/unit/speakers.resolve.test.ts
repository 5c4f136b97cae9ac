import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/index';
import { attributions as attributionsOf } from '../helpers/attributions';
import type { Analysis } from '../../server/src/core/types';

// Which candidate a quote goes to (issue 12): sources named by "according to", headline subjects. Invented fixtures.

/** Each quote → [attributing mention, speaker name, quote kind], or null. */
const attributions = (analysis: Analysis): Record<string, string[] | null> => attributionsOf(analysis, true);

const lead = 'The harbour board met on Monday to discuss the new quay.\n\n';

test('"according to" in the quote\'s sentence names its source, outranking the cue it cites', () => {
  const analysis = analyze(
    `${lead}“We will not sell the quay,” Mayor Ada Quill said on Monday, according to the Harbour Gazette.\n\n` +
      'According to Radio Example, Quill called the offer “an insult to the town.”\n\n' +
      '“Nobody asked us,” Quill said, according to audio provided by Radio Example.\n',
  );
  assert.deepEqual(attributions(analysis), {
    'We will not': ['the Harbour Gazette', 'Harbour Gazette', 'direct'],
    'an insult to': ['Radio Example', 'Radio Example', 'partial'],
    'Nobody asked us,': ['Radio Example', 'Radio Example', 'direct'],
  });
});

test('"according to" with no cue: a quoted fragment is the named source\'s, the agent of "a study by X"', () => {
  const analysis = analyze(`${lead}The quay is a “white elephant,” according to a study by Bram Okoye of the harbour trust.\n`);
  assert.deepEqual(attributions(analysis), { 'white elephant,': ['Bram Okoye', 'Bram Okoye', 'partial'] });
  const cited = analyze(`${lead}According to her “harbour first” plan, the quay stays public.\n`);
  assert.deepEqual(attributions(cited), { 'harbour first': null });
});

test('a headline quote with no cue is the words of the subject the body names: opening name or "…, Name Says"', () => {
  const analysis = analyze(
    'Ada Quill Takes Talk Of A Sale ‘Very Seriously.’\n\nMayor Ada Quill spoke on Monday.\n',
  );
  assert.deepEqual(attributions(analysis), { 'Very Seriously.': ['Ada Quill', 'Ada Quill', 'title'] });
  const closing = analyze('The Quay Is ‘A Disgrace,’ Bram Okoye Says.\n\nBram Okoye runs the harbour trust.\n');
  assert.deepEqual(attributions(closing), { 'A Disgrace,': ['Bram Okoye', 'Bram Okoye', 'title'] });
});

test('a title-case subhead or numbered list item in the body is read as a headline: its opening name, when named elsewhere', () => {
  const story =
    'Harbour town divided over quay sale\n\nThe harbour board of Dunmore met on Monday evening to discuss the proposed sale of the old ' +
    'quay to a private developer, a plan that has split the town for months. Ada Quill, the mayor, and Bram Okoye, a fisherman who ' +
    'has worked the harbour for thirty years, spoke first.\n\n';
  const after = '\n\nQuill said the sale had been rushed through without a proper hearing and that nobody had asked the people who use ' +
    'the quay every day. Okoye said the fishermen would keep fighting the plan at every meeting until the vote.\n';
  const subhead = analyze(`${story}Ada Quill on the Sale of the Quay: ‘Unethical.’${after}`);
  assert.deepEqual(attributions(subhead)['Unethical.']?.slice(0, 2), ['Ada Quill', 'Ada Quill']);
  const numbered = analyze(`${story}2\nBram Okoye Asked What It Means To Be “A Real Fisherman.”${after}`);
  assert.deepEqual(attributions(numbered)['A Real Fisherman.'], ['Bram Okoye', 'Bram Okoye', 'title']);
  // a name the subhead alone carries is no evidence of a speaker
  const unnamed = analyze(`${story}Ines Farrow Sides With the Fishermen on ‘Theft.’${after}`);
  assert.equal(attributions(unnamed)['Theft.'], null);
});

test('a title-case headline word the body never names is no speaker', () => {
  const analysis = analyze('Attempt To Save Quay Dies Amid ‘Poison Pills.’\n\nThe harbour board voted on Monday.\n');
  assert.deepEqual(attributions(analysis), { 'Poison Pills.': null });
});

test('a quoted name given by "called" or "dubbed" is the caller\'s word, and stays a title', () => {
  const analysis = analyze(`${lead}Later, Ada Quill called the new quay “The Harbour Folly.”\n`);
  assert.deepEqual(attributions(analysis), { 'The Harbour Folly.': ['Ada Quill', 'Ada Quill', 'title'] });
});

test('a pronoun subject of a clause joined by "though" is the mention, not the subject of the report before it', () => {
  const analysis = analyze(`${lead}Ada Quill said she had not seen the report, though she said, “I hope to read it.”\n`);
  assert.deepEqual(attributions(analysis), { 'I hope to': ['she', 'Ada Quill', 'direct'] });
});

test('a sentence opening on its verb of saying: "Stated Quill:⏎⏎“…”"', () => {
  const analysis = analyze(
    `${lead}The mayor, Ada Quill, was asked whether the plan would go ahead after the vote. Stated Quill:\n\n` +
      '“I think so, but the board has its say first.”\n\nThe members left without comment.\n',
  );
  assert.deepEqual(attributions(analysis), { 'I think so,': ['Quill', 'Ada Quill', 'direct'] });
});
