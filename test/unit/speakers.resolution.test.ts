import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/index';
import { attributions } from '../helpers/attributions';

// Which candidate mention becomes a quote's speaker (issue 12, resolution): invented fixtures, one per shape; for each
// quote, the attributing mention as written and the speaker it resolves to.

const lead = 'The harbour board met on Monday to discuss the new quay.\n\n';

test('verbs of saying met in news beyond the common ones: retaliated, pressed, jeered, "cut in"', () => {
  const analysis = analyze(
    `${lead}“The quay is finished,” Bram Okoye said.\n“The quay will always be ours,” Ada Quill retaliated. “It never gives up.”\n\n` +
      '“Would the fee be negotiable?” the host pressed.\n\nThe crowd gathered as the dockers jeered, “Go home!”\n\n' +
      'Okoye nodded, and his deputy cut in: “Not before the vote.”\n',
  );
  assert.deepEqual(attributions(analysis), {
    'The quay is': ['Bram Okoye', 'Bram Okoye'],
    'The quay will': ['Ada Quill', 'Ada Quill'],
    'It never gives': ['Ada Quill', 'Ada Quill'],
    'Would the fee': ['the host', 'host'],
    'Go home!': ['the dockers', 'dockers'],
    'Not before the': ['his deputy', 'his deputy'],
  });
});

test('a quote with no verb of saying in a later clause opened by "he"/"she" of the same person takes that nearer mention', () => {
  const analysis = analyze(
    `${lead}Ada Quill toured the docks on Monday, and she admired the “triumph of patience” she saw there.\n\n` +
      'Mr. Bram Okoye toured the docks, and she admired the “new spirit” of the place.\n\n' +
      'Ada Quill, who lost her seat as she struggled, admired the “quiet courage” of the dockers.\n\n' +
      'Ada Quill went online — as she so often does — and admired the “brave crews” of the port.\n',
  );
  assert.deepEqual(attributions(analysis), {
    'triumph of patience': ['she', 'Ada Quill'],
    'new spirit': ['Bram Okoye', 'Bram Okoye'],
    'quiet courage': ['Ada Quill', 'Ada Quill'],
    'brave crews': ['Ada Quill', 'Ada Quill'],
  });
});

test('an attribution closing the sentence after the quote names its source when it names another than the cue before it: "X said: “…,” the Gazette reported."', () => {
  const analysis = analyze(
    `${lead}Asked about the fee, Ada Quill said: “There will always be exceptions,” the Harbour Gazette reported.\n\n` +
      'Nothing the mayor said “will calm the dockers,” the union leader said.\n\nBram Okoye added, “We are ready,” Okoye said.\n\n' +
      'Quill said: “We will see,” she said.\n',
  );
  assert.deepEqual(attributions(analysis), {
    'There will always': ['the Harbour Gazette', 'Harbour Gazette'],
    'will calm the': ['the union leader', 'union leader'],
    'We are ready,': ['Bram Okoye', 'Bram Okoye'],
    'We will see,': ['Quill', 'Ada Quill'],
  });
});

test('the subject a participle hangs on is not a verb’s object in a fronted phrase, and a name is read with its possessive', () => {
  const analysis = analyze(
    `${lead}In response to Bram Okoye’s plan to bar ferries from entering the Example Bay, Ada Quill’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”\n\n` +
      'Continuing to explain his view, Okoye rejected the idea that the quay should be forgotten, saying that if he “found something wrong” he would act.\n\n' +
      'Quill’s office slammed a lawsuit filed by a fired clerk, calling it “meritless” on Monday.\n\n' +
      'You have to go back only ten years to see a harbour board defending the idea that “a quay pays for itself.”\n',
  );
  const speakers = Object.fromEntries(Object.entries(attributions(analysis)).map(([key, value]) => [key, value?.[1]]));
  assert.deepEqual(speakers, {
    'We have to': 'Ada Quill’s right-hand woman',
    'found something wrong': 'Bram Okoye',
    meritless: 'Quill’s office',
    'a quay pays': 'harbour board',
  });
});

test('a poll the sentence opens on is the source of what those polled say: "In a September Gazette poll, 75 percent of dockers said “…”"', () => {
  const analysis = analyze(
    `${lead}In a September Harbour Gazette poll, 75 percent of dockers said “most people in politics” cannot be trusted.\n\n` +
      'In a memo released as polls closed, Ada Quill said the quay was “finished.”\n',
  );
  assert.deepEqual(attributions(analysis), {
    'most people in': ['a September Harbour Gazette poll', 'September Harbour Gazette poll'],
    'finished.': ['Ada Quill', 'Ada Quill'],
  });
});

test('"in the words of X" and "in X’s words" name the source; "blared" is a verb of saying', () => {
  const analysis = analyze(
    `${lead}The quay was, in the words of a senior adviser, “the torchbearer” of the plan.\n\n` +
      'The board met in Easton because, in Quill’s words, “they are the most patient people.”\n\n' +
      '“Sunk!” blared the front page of the Harbour Gazette.\n',
  );
  assert.deepEqual(attributions(analysis), {
    'the torchbearer': ['a senior adviser', 'senior adviser'],
    'they are the': ['Quill', 'Quill'],
    'Sunk!': ['the front page of the Harbour Gazette', 'front page of the Harbour Gazette'],
  });
});

test('the subject after the quote may be a name read with its possessive: "“…,” Quill’s office said", "“…,” exhorted Quill’s introducer"', () => {
  const analysis = analyze(
    `${lead}“We look forward to the talks,” Quill’s office said in a statement.\n\n` +
      'Then came the loudest cheer of all: “It is about time we had a woman running this port,” exhorted Quill’s introducer, actress Jane Roe.\n',
  );
  assert.deepEqual(attributions(analysis), {
    'We look forward': ['Quill’s office', 'Quill’s office'],
    'It is about': ['Quill’s introducer', 'Quill’s introducer'],
  });
});

test('a clause of its own after a report, opened by ", but he", holds the quote after it; not a clause inside "that"', () => {
  const analysis = analyze(
    `${lead}Bram Okoye said both Quill and Lee are “non-entities on the board,” but he gave Quill a back-handed compliment: “You never have to guess where she is.”\n\n` +
      'Okoye said, per a translator, that the server was open, and he had total access to the server that “was like an open door.”\n',
  );
  assert.deepEqual(attributions(analysis), {
    'non-entities on the': ['Bram Okoye', 'Bram Okoye'],
    'You never have': ['he', 'Bram Okoye'],
    'was like an': ['Okoye', 'Bram Okoye'],
  });
});

test('a noun of saying after a source noun is its verb when it opens the quote: "The ad claims “…”", "who promises that"', () => {
  const analysis = analyze(
    `${lead}The harbour trust bought airtime for a week.\n\nThe ad claims “Quill is the mayor the docks can trust.”\n\n` +
      'The film stars a pilot who promises that the quay will “never close on a Sunday.”\n',
  );
  assert.deepEqual(attributions(analysis), {
    'Quill is the': ['The ad', 'ad'],
    'never close on': ['who', 'pilot'],
  });
});

test('a verb of saying after an auxiliary and adverbs: "could only quip:", not "predicts will continue “…”"', () => {
  const analysis = analyze(
    `${lead}The delay was so long that a spokesman for Ada Quill could only quip: “The tide was booked.”\n\n` +
      'Queues grew all summer, a trend that the trust predicts will continue “for a few more years.”\n',
  );
  const found = attributions(analysis);
  assert.match(found['The tide was']?.[0] ?? '', /^a spokesman/);
  assert.equal(found['for a few']?.[0], 'the trust');
});

test('an inverted "came" with voices from a source: "“…,” came shouts from the crowd"; a reply from nobody named has no speaker', () => {
  const analysis = analyze(
    `${lead}The chair refused a second count. “Count again,” came shouts from the dockers, as the chair looked on.\n\n` +
      'The chair asked whether anyone objected. “Nobody,” came the reply, and the meeting moved on.\n',
  );
  const found = attributions(analysis);
  assert.deepEqual(found['Count again,'], ['the dockers', 'dockers']);
  assert.equal(found['Nobody,'], null);
});

test('a relative "that" right before the verb is the mention, standing for the phrase before it; what a verb\'s object says stays its sender\'s', () => {
  const analysis = analyze(
    `${lead}Banners went up in front of the harbour office that said “The quay is ours.”\n\n` +
      'The harbour trust is running a new radio advert that says: “Vote for the quay.”\n',
  );
  const found = attributions(analysis);
  assert.deepEqual(found['The quay is'], ['that', 'harbour office']);
  assert.equal(found['Vote for the']?.[0], 'The harbour trust');
});

test('a stray comma after the parenthesis of party and state keeps the name as the subject: "Sen. Ada Quill (D-N.H.), said"', () => {
  const analysis = analyze(
    `${lead}Sen. Ada Quill (D-N.H.), said after a lunch that she had not read the plan, but called it a “starting point for talks.”\n\n` +
      'On Tuesday, after winning the harbour vote, Gov. Jon Doe (R-Maine), said, “I am getting ready for the next one.”\n',
  );
  const found = attributions(analysis);
  assert.deepEqual(found['starting point for'], ['Ada Quill', 'Ada Quill']);
  assert.deepEqual(found['I am getting'], ['Jon Doe', 'Jon Doe']);
});

test('two authors signing a quote after a dash and before a colon: the first one named is the source, not the heading', () => {
  const analysis = analyze(
    `${lead}HARBOUR POLLS NOT WRONG, JUST TOO EARLY - Ada Quill and Bram Okoye: “Although the polls missed the vote, they were close.” [Gazette.]\n\n` +
      'DOCKERS CARE MORE ABOUT WAGES - Ina Farrow & Jon Doe: “Across the port, the wage matters most.” [Gazette.]\n',
  );
  const found = attributions(analysis);
  assert.deepEqual(found['Although the polls'], ['Ada Quill', 'Ada Quill']);
  assert.deepEqual(found['Across the port,'], ['Ina Farrow', 'Ina Farrow']);
});

test('a clause opened by "as" right after a verb of saying is its own: "Okoye said as the heckler yelled: “…”"; "said that when …" is reported', () => {
  const analysis = analyze(
    `${lead}“There is a young man with some problems,” Okoye said as the heckler yelled: “You sink!”\n\n` +
      'Ada Quill said that when the board goes on recess, “we will all go fishing.”\n',
  );
  const found = attributions(analysis);
  assert.equal(found['You sink!']?.[0], 'the heckler');
  assert.equal(found['we will all']?.[0], 'Ada Quill');
});

test('verbs joined by "and" share the subject of their own clause: "When Doe was asked …, he laughed and said, “…”"', () => {
  const analysis = analyze(
    `${lead}When Jon Doe, the trust's campaign manager, was asked if the board would meet, he laughed and said, “We will see.”\n\n` +
      'Col. Bram Okoye started the row when he brought up the old strike and later said, “It is not just the dockers.”\n\n' +
      'Ada Quill praised the dockers at length but described the quay as “a folly.”\n',
  );
  const found = attributions(analysis);
  assert.deepEqual(found['We will see.'], ['he', 'Jon Doe']);
  assert.deepEqual(found['It is not'], ['he', 'Bram Okoye']);
  assert.equal(found['a folly.']?.[0], 'Ada Quill');
});

test('"he"/"she" opening a clause of its own with a verb of saying is the mention: "Quill says, but she cautions that …"', () => {
  const analysis = analyze(`${lead}“Success depends on the tide,” Ada Quill says, but she cautions that she sees “two different sides” to it.\n`);
  assert.deepEqual(attributions(analysis)['two different sides'], ['she', 'Ada Quill']);
});

test('a comma inside a quote\'s closing mark closes a clause: "After Okoye said that … “less busy ports,” Quill said: “…”"', () => {
  const analysis = analyze(
    `${lead}After Okoye said that dockers might do better at “less busy ports,” Quill said: “I don't like what he said.”\n\n` +
      'Her husband had warned her to act “calm,” but Quill said she responded: “When you have incoming, you fire back.”\n',
  );
  const found = attributions(analysis);
  assert.equal(found["I don't like"]?.[0], 'Quill');
  assert.equal(found['When you have']?.[0], 'Quill');
});

test('the title a sent message bears is its sender\'s: "Doe released a memo titled “…”"; a title of no message stays no one\'s', () => {
  const analysis = analyze(
    `${lead}On Monday night, trust manager Jon Doe released a memo titled “The Facts on Where the Quay Stands.”\n\n` +
      'Ada Quill read a novel titled “The Harbour Wall” on the ferry.\n',
  );
  const found = attributions(analysis);
  assert.deepEqual(found['The Facts on'], ['Jon Doe', 'Jon Doe']);
  assert.equal(found['The Harbour Wall'], null);
});
