import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, type Analysis } from '../../server/src/core/index';
import { needsShared, seedText } from '../helpers/shared';

const page = readFileSync(join(resolve(__dirname, '..', 'fixtures', 'speakers'), 'page-dump.txt'), 'utf8');

const names = (analysis: Analysis): string[] => analysis.speakers.map((speaker) => speaker.name);

/** Every listed speaker has a quote, or is marked mentioned-only and named in a line that is not furniture. */
function assertNoFalseSpeakers(analysis: Analysis): void {
  const furniture = (offset: number): boolean => analysis.boilerplate.some((block) => block.start <= offset && offset < block.end);
  for (const speaker of analysis.speakers) {
    assert.equal(speaker.mentionedOnly, speaker.quotes.length === 0, speaker.name);
    const named = speaker.mentions.map((index) => analysis.mentions[index]).filter((mention) => mention.kind !== 'pronoun');
    assert.ok(speaker.quotes.length > 0 || named.some((mention) => !furniture(mention.start)), `${speaker.name} is named only in furniture`);
  }
}

test('a page dump: menus, teasers, "Related" and "Most read" lists, comments and legal lines list no speaker', () => {
  const analysis = analyze(page);
  assert.deepEqual(names(analysis), ['Ingrid Solheim', 'Paul Ferreira', 'Rita Mendes']);
  assertNoFalseSpeakers(analysis);
  // a teaser headline ("Mayor Ferreira Opens Quay Market") adds no mention to the body's speaker
  const ferreira = analysis.speakers[1];
  assert.deepEqual(ferreira.mentions.map((index) => analysis.mentions[index].text), ['Paul Ferreira', 'Ferreira']);
});

test('quotes and names in a comment thread ("Posted by: … | date") are attributed to no one', () => {
  const analysis = analyze(page);
  const inComments = analysis.quotes.filter((quote) => quote.inComments);
  assert.equal(inComments.length, 1);
  assert.equal(inComments[0].speaker, null);
  assert.ok(!names(analysis).some((name) => /Dahl|Olsen|seagull/.test(name)));
});

test('the byline author and the photographer are metadata, not speakers', () => {
  const analysis = analyze(page);
  assert.equal(analysis.metadata.byline?.text, 'By Tomas Brandt for The Estuary Post');
  assert.deepEqual(
    analysis.metadata.credits.map((credit) => credit.text),
    ['(Photo: Greta Lindqvist/Coastline Images)'],
  );
  assert.ok(!names(analysis).some((name) => /Brandt|Lindqvist|Berg/.test(name)));
});

test('a caption crediting its photo at the end: the credit is metadata, the names in it are no speakers', () => {
  const text = [
    'Dockers vote to strike',
    'Union leader Omar Haddad addresses the dockers on Friday. (Photo: Lena Roos/Quayside Agency)',
    'Dockers at the container port voted on Friday to strike for two days next week over pay and working hours.',
    '“We have waited long enough for a fair offer,” Haddad told the crowd at the gates.',
  ].join('\n\n');
  const analysis = analyze(text);
  assert.deepEqual(analysis.metadata.credits.map((credit) => credit.text), ['(Photo: Lena Roos/Quayside Agency)']);
  assert.deepEqual(names(analysis), ['Omar Haddad']);
  assert.deepEqual(analysis.speakers[0].mentions.map((index) => analysis.mentions[index].text), ['Haddad']);
  // the role the caption states still describes the body's speaker
  assert.ok(analysis.speakers[0].roles.some((role) => /union leader/i.test(role)), analysis.speakers[0].roles.join(', '));
});

test('a person named in the body but never quoted is listed as mentioned only', () => {
  const analysis = analyze(page);
  const mendes = analysis.speakers.find((speaker) => speaker.name === 'Rita Mendes');
  assert.ok(mendes);
  assert.equal(mendes.quotes.length, 0);
  assert.equal(mendes.mentionedOnly, true);
  assert.equal(analysis.speakers.find((speaker) => speaker.name === 'Ingrid Solheim')?.mentionedOnly, false);
});

test('a headline in a page dump still attributes its quote to the name it carries', () => {
  const text = [
    'Governor Lina Park calls the budget ‘a betrayal of the valley’.',
    'Home | News | Politics',
    'The state budget passed on Thursday cuts funding for rural clinics by a fifth, a move the governor opposed for months.',
    'Park said she would ask the legislature to restore the money before the summer recess begins.',
  ].join('\n');
  const analysis = analyze(text);
  const headlineQuote = analysis.quotes.find((quote) => quote.text.startsWith('a betrayal'));
  assert.ok(headlineQuote && headlineQuote.speaker !== null);
  assert.equal(analysis.speakers[headlineQuote.speaker].name, 'Governor Lina Park');
});

test('seeds: no speaker without a quote unless marked mentioned-only, none named only in furniture', needsShared(), () => {
  for (const seed of ['000', '001', '002', '003', '004']) {
    assertNoFalseSpeakers(analyze(seedText(seed)));
  }
});

test('lines crediting the reporters are bylines, and the reporters they name are no speakers', () => {
  const body = [
    'Storm closes mountain pass',
    'The mountain pass above the valley was closed on Sunday after heavy snow blocked the road in several places, the roads agency said in a statement.',
    '“We will reopen it as soon as the ploughs are through,” said Nadia Berisha, who runs the agency’s winter service.',
  ];
  for (const credit of [
    'Tomas Lind and Eva Dorn contributed reporting.',
    'Reporting by Tomas Lind; additional reporting by Eva Dorn; Editing by Karl Weiss',
    'By Tomas Lind, Eva Dorn on Monday, January 12, 2026 at 9:04 a.m.',
  ]) {
    const text = [...body, credit].join('\n\n');
    const analysis = analyze(text);
    const line = analysis.boilerplate.find((block) => text.slice(block.start, block.end) === credit);
    assert.equal(line?.kind, 'byline', credit);
    assert.deepEqual(names(analysis), ['Nadia Berisha'], credit);
  }
});

test('a short closing paragraph of quoted speech with its cue is article text, its speaker listed', () => {
  const text = [
    'Library to open on Sundays',
    'The city library will open on Sundays from next month, the council said on Friday, after a petition signed by more than four thousand residents.',
    'Head librarian Vera Moll said the extra day would be staffed by volunteers at first.',
    '“We will see,” Moll said.',
  ].join('\n\n');
  const analysis = analyze(text);
  const closing = analysis.quotes.find((quote) => quote.text.startsWith('We will see'));
  assert.ok(closing && !closing.inBoilerplate);
  assert.equal(closing.speaker === null ? null : analysis.speakers[closing.speaker].name, 'Vera Moll');
});

test('a name only in the headline of a page dump is no mention-only speaker', () => {
  const text = [
    'Home | World | Business',
    'Minister Ruth Ekwueme visits flooded towns',
    'Rescue teams reached three towns cut off by the floods on Wednesday, bringing food and medicine to hundreds of families who had spent two nights on rooftops.',
    'Officials said the water was expected to recede slowly over the coming week as the rain eased across the region.',
  ].join('\n');
  assert.deepEqual(names(analyze(text)), []);
});
