import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/index';

// The span of the mention a quote is attributed to (what a reader sees highlighted as its speaker). Invented texts.

/** Each quote's attributing mention, as written, by the quote's first words. */
function mentionsByQuote(text: string): Record<string, string | null> {
  const analysis = analyze(text);
  return Object.fromEntries(
    analysis.quotes.map((quote) => [
      quote.text.split(/\s+/).slice(0, 3).join(' '),
      quote.speakerMention ? text.slice(quote.speakerMention.start, quote.speakerMention.end) : null,
    ]),
  );
}

test('a time adverbial between subject and verb is not the mention: "Roe on Friday described", "later Thursday told"', () => {
  const text =
    'Mayor Jane Roe on Friday described the plan as "a disaster for the harbour."\n\n' +
    'Roe later Thursday told reporters: "We will sue."\n\n' +
    'The Harbour Board less than two weeks ago said that the pier was "perfectly safe."\n\n' +
    'Ann Lee, the town\'s top official, on Tuesday called the remarks "racist."\n';
  assert.deepEqual(mentionsByQuote(text), {
    'a disaster for': 'Jane Roe',
    'We will sue.': 'Roe',
    'perfectly safe.': 'The Harbour Board',
    'racist.': 'Ann Lee',
  });
});

test('a time phrase is no mention of its own: "Earlier this week, Doe pressed", "the study concluded this year"', () => {
  const text =
    'Earlier this week, Jon Doe pressed the board on "the missing money."\n\n' +
    'A survey by the Harbour Trust concluded this year that the fish were "in decline."\n';
  const mentions = mentionsByQuote(text);
  assert.equal(mentions['the missing money.'], 'Jon Doe');
  assert.notEqual(mentions['in decline.'], 'this year');
});

test('a place in the asides between a name and its verb is not the subject: "Ann Lee, during a visit to Easton, Ohio, said"', () => {
  const text =
    'Ann Lee, during a meeting in Easton, Ohio, said she was "going to fight."\n\n' +
    'Bo Kent, 22, of Flint, Mich., said he had "given up hope."\n\n' +
    'Jon Doe, the mayor of Easton said the pier was "safe."\n';
  assert.deepEqual(mentionsByQuote(text), { 'going to fight.': 'Ann Lee', 'given up hope.': 'Bo Kent', 'safe.': 'Jon Doe' });
});

test('a role with a prepositional complement speaks, not the name it hangs on: "A spokesman for Jon Doe said"', () => {
  const analysis = analyze('A spokesman for Jon Doe said the pier was "safe."\n\nThe council in Easton said it was "unsafe."\n');
  const speakerOf = (quote: number): string | null => {
    const index = analysis.quotes[quote].speaker;
    return index === null ? null : analysis.speakers[index].name;
  };
  assert.notEqual(speakerOf(0), 'Jon Doe');
  assert.match(speakerOf(0) ?? '', /spokesman/i);
  assert.match(speakerOf(1) ?? '', /council/i);
});

test('a capitalised profession opening the sentence is a role of the person: "Psychologist Jon Doe says" is Jon Doe', () => {
  const text = '"It is a phase," psychologist Jon Doe says.\n\nPsychologist Jon Doe says the habit is "a phase."\n';
  const analysis = analyze(text);
  assert.deepEqual(
    analysis.speakers.map((speaker) => speaker.name),
    ['Jon Doe'],
  );
  assert.deepEqual(
    analysis.quotes.map((quote) => quote.speakerMention && text.slice(quote.speakerMention.start, quote.speakerMention.end)),
    ['Jon Doe', 'Jon Doe'],
  );
});

test('a verb of saying in a fronted clause frames nothing after its comma: "After Doe argued that …, Lee said …"', () => {
  const text =
    'After Jon Doe argued that the pier should be rebuilt with money saved elsewhere, Ann Lee said only that his "numbers do not add up."\n\n' +
    'While not everything Doe says is true, Lee said Doe is "telling his supporters what they want."\n\n' +
    'Ann Lee said she asked the question "to build on trust."\n';
  assert.deepEqual(mentionsByQuote(text), {
    'numbers do not': 'Ann Lee',
    'telling his supporters': 'Lee',
    'to build on': 'Ann Lee',
  });
});

test('a capitalised "-ing" word opening a sentence before its object is no name: "Following Monday’s vote", "Citing the report"', () => {
  const text =
    'Harbour vote recount ordered\n\n' +
    'Following Monday’s vote the Harbour Gazette checked Ada Quill’s claim that there were “hundreds of empty berths” in the port.\n\n' +
    'Citing the report, Bram Okoye called the count “a farce.”\n\n' +
    'Manning said the recount was “overdue.”\n';
  assert.deepEqual(mentionsByQuote(text), { 'hundreds of empty': 'Ada Quill', 'a farce.': 'Bram Okoye', 'overdue.': 'Manning' });
  assert.ok(!analyze(text).speakers.some((speaker) => speaker.name === 'Following'));
});

test('a past participle before "by" or an "-ly" adverb before a participle opening a sentence is no name: "Led by …", "Hastily blaming …"', () => {
  const text =
    'Harbour rally draws hundreds\n\n' +
    'Led by Harbour Master Ines Varga, the rally denounced the “reckless” closure of the pier.\n\n' +
    'Hastily blaming the board for the closure, Okoye cast the blame on his rivals and stressed the “clear danger” to the fleet.\n\n' +
    'Kelly said the closure was “overdue.”\n';
  const mentions = mentionsByQuote(text);
  assert.deepEqual({ ...mentions, reckless: undefined }, { reckless: undefined, 'clear danger': 'Okoye', 'overdue.': 'Kelly' });
  assert.notEqual(mentions.reckless, 'Led');
  const names = analyze(text).speakers.map((speaker) => speaker.name);
  assert.ok(!names.includes('Led') && !names.includes('Hastily'), names.join(', '));
});

test('a number after "the" before a verb of saying stands for the people counted: "“…,” the two wrote"', () => {
  const text =
    'Two harbour pilots wrote to the board on Monday.\n\n' +
    '"We cannot guide ships past the broken pier," the two wrote. "The risk is too great."\n\n' +
    '"It will take a year," the three engineers said.\n';
  assert.deepEqual(mentionsByQuote(text), { 'We cannot guide': 'the two', 'The risk is': 'the two', 'It will take': 'the three engineers' });
});

test('"New" opens a place\'s name, which is no subject: "in Easton, New Caledonia, Roe went after Doe"', () => {
  const text =
    'A new poll put the two candidates level.\n\n' +
    'Speaking at a town hall in Easton, New Caledonia, Ada Quill went after Bram Okoye, calling him “a total stiff.”\n\n' +
    'In an interview in New Easton last week, Ms. Okoye acknowledged that the plan was “a mess.”\n';
  assert.deepEqual(mentionsByQuote(text), { 'a total stiff.': 'Ada Quill', 'a mess.': 'Okoye' });
  assert.ok(!analyze(text).speakers.some((speaker) => /^(Caledonia|Easton)$/.test(speaker.name)));
});

test('a fronted "-ing" phrase with a lower-case complement is no name: "Facing mounting criticism, Quill released …"', () => {
  const text =
    'Ada Quill is the mayor.\n\n' +
    'Facing mounting criticism from both parties, Ms. Quill released a statement, insisting that her rival had “no right” to speak.\n\n' +
    'Manning said the plan was “overdue.”\n\n' +
    'Fleming went to the harbour on Monday, calling the plan “a disgrace.”\n';
  assert.deepEqual(mentionsByQuote(text), { 'no right': 'Quill', 'overdue.': 'Manning', 'a disgrace.': 'Fleming' });
  assert.ok(!analyze(text).speakers.some((speaker) => speaker.name === 'Facing'));
});

test('a verb of saying in a fronted "When …," clause frames no quote after it: "When Quill announced her run, she called …"', () => {
  const text =
    'Ada Quill is the mayor.\n\n' +
    'When Quill announced her run in June, she infamously referred to the council as “criminals” and worse.\n\n' +
    'As Quill said last week, “we will win.”\n\n' +
    'Ever since she endorsed Bram Okoye this month, Ms. Lee has been his surrogate, attacking the council with a simple message: “Vote them out!”\n\n' +
    'When a man in the crowd shouted, “Resign,” Quill laughed.\n';
  assert.deepEqual(mentionsByQuote(text), { criminals: 'she', 'we will win.': 'Quill', 'Vote them out!': 'Lee', 'Resign,': 'a man in the crowd' });
});

test('a name before a long apposition is the subject of the verb after it: "Roe, a Democrat of … and a member of …, said X\'s plan was “…”"', () => {
  const text =
    'Representative Ada Quill, a Democrat of Easton and a member of the House committee that oversees the ports and harbours of the coast, said the company’s announcement was “a very positive development.”\n';
  assert.deepEqual(mentionsByQuote(text), { 'a very positive': 'Ada Quill' });
});

test('who is told is never the speaker: "“…,” Rep. Roe’s chief of staff, Jon Lee, told the Gazette"', () => {
  const text =
    'Ada Quill runs the port.\n\n' +
    '“Positions will harden,” Rep. Quill’s chief of staff, Jon Lee, told the Gazette before the vote.\n\n' +
    '“We looked at every ship,” the port’s chief engineer, Bram Okoye, told The Easton Gazette in 2013.\n';
  assert.deepEqual(mentionsByQuote(text), { 'Positions will harden,': 'Jon Lee', 'We looked at': 'Bram Okoye' });
});

test('title-case headline forms: "Roe Praises Doe: ‘…’" is Roe’s; a headline name the body writes with an accent is still named', () => {
  const praise =
    'Ada Quill Praises Harbour Master Bram Okoye: ‘Very Good Sailor.’\n\n' +
    'Mayor Ada Quill spoke warmly of Bram Okoye on Monday, calling him a fine sailor.\n';
  assert.equal(mentionsByQuote(praise)['Very Good Sailor.'], 'Ada Quill');
  const accent =
    'Francois Dupont Says The Plan ‘Makes You Want To Retch.’\n\n' +
    'The mayor of Easton, François Dupont, has joined the critics of the harbour plan.\n\n' +
    'Dupont said the plan was “a disgrace.”\n';
  assert.equal(mentionsByQuote(accent)['Makes You Want'], 'Francois Dupont');
});

test('a quantifier subject after a conjunction still speaks: "Yet another said, “…”"', () => {
  const text = 'Two fishermen spoke at the meeting.\n\n“The port is dying,” one said. Yet another said, “Nothing has changed.”\n';
  assert.deepEqual(mentionsByQuote(text), { 'The port is': 'one', 'Nothing has changed.': 'another' });
});

test('a surname spelt as a function word speaks once the text names the person in full: "Al From", "George Will", "Theresa May"', () => {
  const text =
    'Columnist George Will wrote about the harbour plan. "The plan is a folly," Will wrote.\n\n' +
    'The town was seen as "the party of boats," said Al From, who founded the council. "It was hard," From said.\n\n' +
    'Prime Minister Theresa May visited the pier. "We will rebuild it," May said.\n\n' +
    'That said, "we lost the vote," the mayor said on Coast and Friends Monday morning.\n';
  assert.deepEqual(mentionsByQuote(text), {
    'The plan is': 'Will',
    'the party of': 'Al From',
    'It was hard,': 'From',
    'We will rebuild': 'May',
    'we lost the': 'the mayor',
  });
});

test('a surname opening with its particle is one name at a sentence start too: "De Blasio said" after "Bill de Blasio"', () => {
  const text = 'Mayor Bill de Blasio toured the pier. "We will fight for it," De Blasio said.\n\n"It stays open," Van Hollen said after Jon van Hollen had left.\n';
  assert.deepEqual(mentionsByQuote(text), { 'We will fight': 'De Blasio', 'It stays open,': 'Van Hollen' });
  const speakers = analyze(text).speakers.map((speaker) => speaker.name);
  assert.ok(speakers.includes('Bill de Blasio') && !speakers.includes('De Blasio'), speakers.join(', '));
});

test('a capitalised adjective or page word alone names no one unless it modifies a speaker: "the Democratic leadership", "The Latest:"', () => {
  const text =
    'Mr. Bram Okoye spoke to the council on Monday.\n\n' +
    'But Mr. Okoye showed no sign of retreat, releasing a statement that, while condemning the vandalism, accused the Democratic leadership in Easton of using “its power to silence us.”\n\n' +
    'Jane Roe, the Republican front-runner and former host of the radio show “Tide Talk,” listed a fish stew as her guilty pleasure: “Fried cod with chips.”\n\n' +
    'The Latest: Roe delivers a defence of “harbour values.”\n';
  const mentions = mentionsByQuote(text);
  assert.equal(mentions['its power to'], 'Okoye');
  assert.equal(mentions['Fried cod with'], 'the Republican front-runner');
  assert.equal(mentions['harbour values.'], 'Roe');
});

test('a lone capitalised adjective before a verb of saying used as a noun names no one: "disprove Republican claims of “…”"', () => {
  const text =
    'Harbour panel report due in June.\n\n' +
    'Democrats on the harbour committee plan to release a stack of interview records in an effort to disprove Republican claims of "major breakthroughs" in the inquiry.\n\n' +
    'Republican said the records were "a stunt."\n';
  assert.deepEqual(mentionsByQuote(text), { 'major breakthroughs': 'Democrats', 'a stunt.': 'Republican' });
});

test('a capitalised verb of stance in a title-case headline is no cue: "Jane Roe On How Harbour Politics Makes Fishermen Feel “Invisible.”"', () => {
  const text =
    'Jane Roe On How Harbour Politics Makes Fishermen Feel “Invisible.”\n\n' +
    'Jane Roe, the harbour master, spoke on Monday about the plan and the pier.\n';
  assert.deepEqual(mentionsByQuote(text), { 'Invisible.': 'Jane Roe' });
});
