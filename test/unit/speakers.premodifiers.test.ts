import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/index';
import type { Analysis } from '../../server/src/core/types';

// Role words written in front of a name ("Local historian Ewan Price", "head librarian Carys Whitlow") and
// organisation names with a plural possessive ("the Inshore Trawlers' Association"). Invented texts.

/** Each quote's speaker name by the quote's first words. */
function speakersByQuote(analysis: Analysis): Record<string, string | null> {
  return Object.fromEntries(
    analysis.quotes.map((quote) => [quote.text.split(/\s+/).slice(0, 3).join(' '), quote.speaker === null ? null : analysis.speakers[quote.speaker].name]),
  );
}

const speakerNamed = (analysis: Analysis, name: string) => analysis.speakers.find((speaker) => speaker.name === name);

test('a capitalised adjective opening the sentence is part of the role, not a name: "Local historian Ewan Price"', () => {
  const analysis = analyze(
    'Not everyone agrees. Local historian Ewan Price called the plan "hopeful at best", adding: "Old walls always hide surprises."\n',
  );
  assert.deepEqual(speakersByQuote(analysis), { 'hopeful at best': 'Ewan Price', 'Old walls always': 'Ewan Price' });
  assert.equal(speakerNamed(analysis, 'Local'), undefined);
  assert.deepEqual(speakerNamed(analysis, 'Ewan Price')?.roles, ['local historian']);
});

test('an agent noun before a name is a role: "Veteran archivist Noor Salt said"', () => {
  const analysis = analyze('Veteran archivist Noor Salt said the boxes "should never have been moved."\n');
  assert.deepEqual(speakersByQuote(analysis), { 'should never have': 'Noor Salt' });
  assert.deepEqual(speakerNamed(analysis, 'Noor Salt')?.roles, ['veteran archivist']);
});

test('a lower-case role phrase in front of a name is split off: one speaker, "head librarian" among their roles', () => {
  const text =
    '"We will keep the doors open," said Carys Whitlow on Friday.\n\n"The reading room stays where it is," head librarian Carys Whitlow told the council.\n';
  const analysis = analyze(text);
  assert.deepEqual(speakersByQuote(analysis), { 'We will keep': 'Carys Whitlow', 'The reading room': 'Carys Whitlow' });
  assert.deepEqual(
    analysis.speakers.map((speaker) => speaker.name),
    ['Carys Whitlow'],
  );
  assert.deepEqual(analysis.speakers[0].roles, ['head librarian']);
  const second = analysis.quotes[1].speakerMention;
  assert.equal(second && text.slice(second.start, second.end), 'Carys Whitlow');
});

test('an organisation name with a plural possessive is one name and stops at the sentence: "He warned" is its chairman', () => {
  const text =
    '"The new limits will ruin us," said Dara Quinn, secretary of the Inshore Trawlers\' Association. He warned that the rules "make no sense for small crews."\n';
  const analysis = analyze(text);
  assert.deepEqual(speakersByQuote(analysis), { 'The new limits': 'Dara Quinn', 'make no sense': 'Dara Quinn' });
  const cut = analysis.speakers.filter((speaker) => speaker.name.includes('Trawlers') && speaker.name !== "Inshore Trawlers' Association");
  assert.deepEqual(cut, [], 'no speaker cut out of the organisation name');
  const quinn = speakerNamed(analysis, 'Dara Quinn');
  assert.ok(quinn && quinn.mentions.some((index) => analysis.mentions[index].text === 'He'));
});

test('"it" opening a quote after a sentence reporting an organisation’s words stands for that organisation', () => {
  const text =
    'Mina Cole, a member of the Harbour Pilots Union, asked for a date. The harbour authority said in a statement that the pier would stay shut until June. "Repairs have only just begun," it said.\n';
  const analysis = analyze(text);
  const [quote] = analysis.quotes;
  assert.equal(quote.speaker === null ? null : analysis.speakers[quote.speaker].name, 'harbour authority');
  assert.equal(quote.speakerMention && text.slice(quote.speakerMention.start, quote.speakerMention.end), 'it');
});

test('a role written with a possessive ("His daughter, Ada Moss, …") is listed without it', () => {
  const analysis = analyze('The old keeper retired in 1996. His daughter, Ada Moss, welcomed the news. "He would be proud," she said.\n');
  assert.deepEqual(speakersByQuote(analysis), { 'He would be': 'Ada Moss' });
  assert.deepEqual(speakerNamed(analysis, 'Ada Moss')?.roles, ['daughter']);
});

test('an inverted subject with a lower-case qualifier before its titles: "said retired Navy Lt. Cmdr. Ines Varga, who …"', () => {
  const text =
    'The harbour board met on Friday.\n\n"We cannot wait another winter," said retired Navy Lt. Cmdr. Ines Varga, who ran the port from 2010 to 2016. "The pier will not last."\n\n"It is too late," said former Gov. Otto Brandt.\n';
  const analysis = analyze(text);
  assert.deepEqual(speakersByQuote(analysis), { 'We cannot wait': 'Ines Varga', 'The pier will': 'Ines Varga', 'It is too': 'Otto Brandt' });
  assert.deepEqual(
    analysis.quotes.map((quote) => quote.cue?.text ?? null),
    ['said', 'said', 'said'],
  );
});
