import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../server/src/core/index';

/** Each speaker as "name [aliases] quotes". */
function listing(analysis: Analysis): string[] {
  return analysis.speakers.map((speaker) => `${speaker.name} [${speaker.aliases.join(', ')}] ${speaker.quotes.length}`);
}

const lead = 'Trade talks stall as tariffs loom\n\n';

test('a name, its surname, a title with it and the name in capitals are one speaker', () => {
  const analysis = analyze(
    `${lead}President Vera Holmgren said on Monday that the tariffs would stay. “We are not going to back down,” Holmgren told reporters.\n\n` +
      '“The door is open,” said VERA HOLMGREN in a statement later that day.\n\n' +
      'Ms. Holmgren also criticised the central bank. “Rates are too high,” HOLMGREN said.\n',
  );
  assert.deepEqual(listing(analysis), ['Vera Holmgren [Holmgren, VERA HOLMGREN, HOLMGREN] 3']);
  assert.equal(analysis.speakers[0].kind, 'person');
});

test('a possessive is the same speaker: “Holmgren’s office” and “Holmgren”', () => {
  const analysis = analyze(`${lead}Holmgren’s office said on Tuesday that the minister would travel. “I will go,” Minister Vera Holmgren said.\n`);
  assert.deepEqual(
    analysis.speakers.map((speaker) => speaker.name),
    ['Vera Holmgren'],
  );
});

test('an acronym organisation in capitals is not merged into a person', () => {
  const analysis = analyze(
    `${lead}“The alliance is ready,” NATO said in a statement. “We are ready too,” said Ivo Nato, a farmer from the valley who has followed the talks.\n`,
  );
  const names = analysis.speakers.map((speaker) => `${speaker.kind} ${speaker.name}`);
  assert.deepEqual(names, ['org NATO', 'person Ivo Nato']);
});

test('an unnamed source known by a role phrase is marked unnamed; a named one is not', () => {
  const analysis = analyze(`${lead}“We are watching closely,” the alliance’s top military officer said. “So are we,” said Vera Holmgren.\n`);
  const byName = new Map(analysis.speakers.map((speaker) => [speaker.name, speaker.named]));
  assert.equal(byName.get('Vera Holmgren'), true);
  assert.ok([...byName].some(([name, named]) => /officer/.test(name) && named === false), [...byName.keys()].join(', '));
});

test('an honorific picks the person of its gender among two who share a surname', () => {
  const analysis = analyze(
    `${lead}Senator Vera Holmgren opened her campaign in Dunmore on Tuesday. “We will win this county,” Mrs. Holmgren said.\n\n` +
      'Her husband, Tomas Holmgren, a retired judge, spoke briefly. “She is ready,” Mr. Holmgren said.\n\n' +
      'Later, Mrs. Holmgren took questions. “Ask me anything,” Mrs. Holmgren told the crowd.\n',
  );
  const quotes = analysis.speakers.map((speaker) => `${speaker.name} ${speaker.quotes.length}`);
  assert.deepEqual(quotes, ['Vera Holmgren 2', 'Tomas Holmgren 1']);
});
