import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/index';
import { attributions } from '../helpers/attributions';

// The attribution error classes of issue 12, one invented fixture per shape: for each quote, the mention it is
// attributed to (the attributing phrase as written, a pronoun included) and the speaker it resolves to.

const lead = 'The harbour board met on Monday to discuss the new quay.\n\n';

test('a role or title written before a name after the quote: "psychologist Jane Roe says", "responded finance director …"', () => {
  const analysis = analyze(
    `${lead}“Nobody sleeps well near a building site,” psychologist Ada Quill says.\n\n“The budget holds,” responded finance director Bram Okoye.\n`,
  );
  assert.deepEqual(attributions(analysis), {
    'Nobody sleeps well': ['Ada Quill', 'Ada Quill'],
    'The budget holds,': ['Bram Okoye', 'Bram Okoye'],
  });
});

test('a role phrase with capitalised modifiers is the mention: "the Conservative councillor told Radio Example"', () => {
  const analysis = analyze(`${lead}“We will not back down,” the Conservative councillor told Radio Example.\n`);
  assert.deepEqual(attributions(analysis), { 'We will not': ['the Conservative councillor', 'Conservative councillor'] });
});

test('descriptive subjects: "said another", "one said"', () => {
  const analysis = analyze(`${lead}Residents were divided. “It is far too big,” one said.\n\n“It brings jobs,” said another.\n`);
  assert.deepEqual(attributions(analysis), {
    'It is far': ['one', 'one'],
    'It brings jobs,': ['another', 'another'],
  });
});

test('verbs of writing and posting are cues: texted, emailed, posted, blogged', () => {
  const analysis = analyze(
    `${lead}“Running late,” Ines Farrow texted.\n\n“See the attached plan,” Otto Brandt emailed.\n\n“Great news for the town,” Lena Moss posted on Facebook.\n\n“A sad day,” Piet Vos blogged.\n`,
  );
  assert.deepEqual(attributions(analysis), {
    'Running late,': ['Ines Farrow', 'Ines Farrow'],
    'See the attached': ['Otto Brandt', 'Otto Brandt'],
    'Great news for': ['Lena Moss', 'Lena Moss'],
    'A sad day,': ['Piet Vos', 'Piet Vos'],
  });
});

test('a long apposition between the name and the cue: "Jane Roe, 67, a retired nurse in Springfield, Ill., said"', () => {
  const analysis = analyze(
    `${lead}“I just don’t trust the board,” Mara Lind, 67, a retired ferry pilot from Port Ellen, Islay, said in an interview.\n`,
  );
  assert.deepEqual(attributions(analysis), { 'I just don’t': ['Mara Lind', 'Mara Lind'] });
});

test('a quote ending in a question or exclamation mark inside doubled apostrophes takes the cue after it', () => {
  const analysis = analyze(`${lead}''Who pays for the dredging?'' Mr. Orrin Tate asked. ''Not us!'' Ms. Vela Rhee said.\n`);
  assert.deepEqual(attributions(analysis), {
    'Who pays for': ['Orrin Tate', 'Orrin Tate'],
    'Not us!': ['Vela Rhee', 'Vela Rhee'],
  });
});

test('dotted initials end a sentence before "He": the next sentence’s subject attributes its quote', () => {
  const analysis = analyze(
    `${lead}Kato Brun says the rules were written in the U.S. He says the port does not need “another layer of paperwork.”\n`,
  );
  assert.deepEqual(attributions(analysis), { 'another layer of': ['He', 'Kato Brun'] });
});

test('signature lines: a quote standing alone above "- Name, …" is that person’s', () => {
  const text =
    "Harbour dues split the island's candidates\n\nThe harbour board met on Monday to discuss the new quay, and the candidates for the island council were asked what they would do about the dues that fishing boats pay.\n\n" +
    '"Boats pay no harbour dues at all, and the board knows it."\n\n- Ada Quill, candidate for the north ward.\n\n' +
    'The board said it would look again at the dues next year, after the summer season, when the new quay is finished and the ferry timetable is settled.\n\n' +
    '"The dues have doubled in three years and the crews cannot pay them."\n\n- Bram Okoye, candidate for the south ward.\n\nThe vote is on the first Thursday of May.\n';
  assert.deepEqual(attributions(analyze(text)), {
    'Boats pay no': ['Ada Quill', 'Ada Quill'],
    'The dues have': ['Bram Okoye', 'Bram Okoye'],
  });
});

test('an attribution closing the sentence after a long apposition: "…, said Jane Roe, a former strategist for …"', () => {
  const analysis = analyze(
    `${lead}The board would do well to begin "building bridges" with the ferry crews, said Bram Okoye, a former strategist for the Harbour Users Group.\n`,
  );
  assert.deepEqual(attributions(analysis), { 'building bridges': ['Bram Okoye', 'Bram Okoye'] });
});

test('"they" never stands for the last single person; a quote inside reported speech keeps the reporting speaker', () => {
  const analysis = analyze(
    `${lead}Ines Farrow met the harbour master on Friday. Fishing crews were angry. “We were cheated,” they said.\n\nOtto Brandt said he felt the crews were saying, “Leave the quay alone.”\n`,
  );
  const result = attributions(analysis);
  assert.notDeepEqual(result['We were cheated,']?.[1], 'Ines Farrow');
  assert.deepEqual(result['Leave the quay'], ['Otto Brandt', 'Otto Brandt']);
});

test('a participle after "X said," shares X as subject, not the subject of the words X reported: "…, Lena Brandt said, adding that …"', () => {
  const analysis = analyze(
    `${lead}The new pier will open next spring, Lena Brandt said on Tuesday, noting that builders were "well ahead of schedule."\n\n` +
      'The council would not fund the library this year, the mayor said, adding that the decision was "painful but necessary."\n',
  );
  assert.deepEqual(attributions(analysis), {
    'well ahead of': ['Lena Brandt', 'Lena Brandt'],
    'painful but necessary.': ['the mayor', 'mayor'],
  });
});

test('a name after a dash that ends the line signs the quote, even one closing on a full stop: "“… know.” ― Ada Quill"', () => {
  const analysis = analyze(
    'Readers sent us their views.\n\n“He makes sweeping claims about people he does not know.” ― Ada Quill\n\n' +
      '“We deserve better than this.” — Bram Okoye, Leeds.\n\nThe ferry is “late again.” — Harbour Road stays shut until May.\n',
  );
  assert.deepEqual(attributions(analysis), {
    'He makes sweeping': ['Ada Quill', 'Ada Quill'],
    'We deserve better': ['Bram Okoye', 'Bram Okoye'],
    'late again.': null,
  });
});

test('a digest line "HEADLINE - Jane Roe: “…”": the name between the dash and the colon is the source, not the heading', () => {
  const analysis = analyze(
    'The week in polls.\n\nHARBOUR VOTERS EXPECT DELAYS, POLLSTERS AGREE - Ada Quill: “Most people we asked think the quay will open late.”\n',
  );
  assert.deepEqual(attributions(analysis), { 'Most people we': ['Ada Quill', 'Ada Quill'] });
  assert.equal(analysis.quotes[0].cue?.text, ':');
});

test('a participle phrase between subject and cue is no subject: "Protesters marching through the streets chanted"', () => {
  const analysis = analyze(
    `${lead}Protesters marching through the streets chanted “No more delays!” and kept going.\n\n` +
      'Fishermen standing outside the hall shouted “Open the quay!” at the mayor.\n',
  );
  assert.deepEqual(attributions(analysis), {
    'No more delays!': ['Protesters', 'Protesters'],
    'Open the quay!': ['Fishermen', 'Fishermen'],
  });
});

test('a participle after a message someone sent reports the sender: "the union issued a statement saying", "wrote a letter to X asking"', () => {
  const analysis = analyze(
    `${lead}After the meeting, the Harbour First campaign sent out a press release saying the mayor owed the town “an explanation.”\n\n` +
      'Ada Quill posted a message on Twitter reading “Thank you Easton” moments after the vote.\n\n' +
      'Mayor Bram Okoye wrote a letter to Governor Lena Brandt asking the state to “step in now.”\n\n' +
      'The union issued a statement saying the deal was “a betrayal.”\n',
  );
  assert.deepEqual(attributions(analysis), {
    'an explanation.': ['the Harbour First campaign', 'Harbour First campaign'],
    'Thank you Easton': ['Ada Quill', 'Ada Quill'],
    'step in now.': ['Bram Okoye', 'Bram Okoye'],
    'a betrayal.': ['The union', 'union'],
  });
});

test('"as X put it" is a cue before or after the quote: "As Ada Quill put it, “…”", "“…,” as the harbour master put it."', () => {
  const analysis = analyze(
    `${lead}As Ada Quill put it in her column, “The quay is the town’s front door.”\n\n` +
      'The repairs are a “race against the tide,” as the harbour master put it on Friday.\n',
  );
  assert.deepEqual(attributions(analysis), {
    'The quay is': ['Ada Quill', 'Ada Quill'],
    'race against the': ['the harbour master', 'harbour master'],
  });
});

test('a role phrase ends at the past-tense verb after its head: "The union leader rejected the mayor’s statement, calling it …"', () => {
  const analysis = analyze(`${lead}The union leader rejected the mayor’s statement, calling it “pure fiction.”\n`);
  assert.deepEqual(attributions(analysis), { 'pure fiction.': ['The union leader', 'union leader'] });
});

test('a fronted participle phrase holds no subject: "Speaking to supporters in Ohio, Jane Roe said … but added, “…”"', () => {
  const analysis = analyze(
    `${lead}Speaking before cheering supporters at the harbour office, Ada Quill, 70, said it was too early to celebrate but added, “We have the votes.”\n\nFilling in for the mayor at the same meeting, Bram Okoye took a swipe at “those who never visit the quay.”\n`,
  );
  assert.deepEqual(attributions(analysis), {
    'We have the': ['Ada Quill', 'Ada Quill'],
    'those who never': ['Bram Okoye', 'Bram Okoye'],
  });
});

test('a fronted past participle phrase names no speaker: "Asked whether X would …, Jane Roe shook her head and said, “…”"', () => {
  const analysis = analyze(`${lead}Asked on Monday whether Tom Fisk would join the board, Ada Quill shook her head and said, “Not this year.”\n`);
  assert.deepEqual(attributions(analysis), { 'Not this year.': ['Ada Quill', 'Ada Quill'] });
});

test('a possessive before a noun of assertion is the source: "Quill’s recent assertion that “…”", not across "and"', () => {
  const analysis = analyze(
    `${lead}Harbour director Ada Quill spoke first. Critics pointed to Quill’s recent assertion that the quay was “nearly finished.”\n\n` +
      'Fishermen dismissed their accusations and waved away words like “maybe” at the meeting.\n',
  );
  const found = attributions(analysis, true);
  // a probable source, not a report of speech: the fragment stays a scare quote
  assert.deepEqual(found['nearly finished.'], ['Quill', 'Ada Quill', 'scare']);
  assert.notDeepEqual(found.maybe?.[0], 'their');
});

test('a quantifier opening its sentence is the subject of the cue after it, not a determiner: "Another said, “…”"', () => {
  const analysis = analyze(`${lead}Several members spoke. Another said, “The quay can wait a year.” One told us: “It cannot.”\n`);
  assert.deepEqual(attributions(analysis), { 'The quay can': ['Another', 'Another'], 'It cannot.': ['One', 'One'] });
});

test('"he" or "she" right beside its verb of saying is the mention, not the name it stands for: "…, which he called “…”"', () => {
  const analysis = analyze(`${lead}Director Bram Okoye said he backed rules that would curb the port boards, which he called “a cartel for ship owners.”\n`);
  assert.deepEqual(attributions(analysis), { 'a cartel for': ['he', 'Bram Okoye'] });
});

test('the main clause subject, not one inside the clause: "X said that if the board weighs in first, “…”"', () => {
  const analysis = analyze(`${lead}Senator Ada Quill said that if the Harbour Board weighs in first, “I will tour every harbour town.”\n`);
  assert.deepEqual(attributions(analysis), { 'I will tour': ['Ada Quill', 'Ada Quill'] });
});

test('the person an aside or relative clause describes, not a name inside it, is the subject of the verb after it', () => {
  const analysis = analyze(
    `${lead}Quill, at a fish auction in Dunmore, Maine, said she was “going to fight for the quay.”\n\n` +
      'Mr. Tate, whose firm, Quaydata, maps coasts with drones, said the plan was “a fantasy.”\n\n' +
      'In Mobile, Alabama, on Saturday, fishermen booed the plan, with Bram Okoye reportedly shouting: “Sell it and we leave!”\n',
  );
  assert.deepEqual(attributions(analysis), {
    'going to fight': ['Quill', 'Quill'],
    'a fantasy.': ['Tate', 'Tate'],
    'Sell it and': ['Bram Okoye', 'Bram Okoye'],
  });
});

test('a clause coordinated after the reported speech is not part of it: "X said, but …, and as Y went on about “…”"', () => {
  const analysis = analyze(`${lead}“Is it cold out there?” Ada Quill said, but Tate was not listening, and as Bram Okoye went on about “the price of diesel” the hall emptied.\n`);
  assert.deepEqual(attributions(analysis), { 'Is it cold': ['Ada Quill', 'Ada Quill'], 'the price of': ['Bram Okoye', 'Bram Okoye'] });
});
