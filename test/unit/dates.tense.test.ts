import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tenseAround } from '../../server/src/core/dates/tense';

const tenseOf = (text: string, date: string): string => {
  const start = text.indexOf(date);
  return tenseAround(text, start, start + date.length);
};

test('the nearest cue in the clause governs the date, not the first cue of the sentence', () => {
  assert.equal(tenseOf('Growers said they would contest the levy, announced Tuesday by the board.', 'Tuesday'), 'past');
  assert.equal(tenseOf('The mayor said the ferry will sail to the islands Friday.', 'Friday'), 'future');
});

test('with no cue before it in its clause, the verb after the date governs it', () => {
  assert.equal(tenseOf('Before the festival, the council on Sunday issued a warning.', 'Sunday'), 'past');
  assert.equal(tenseOf('On Thursday, the council will vote on the budget.', 'Thursday'), 'future');
  assert.equal(tenseOf('Until Monday, the rangers had not named a suspect.', 'Monday'), 'past');
});

test('a deadline after "until" mid-sentence lies ahead', () => {
  assert.equal(tenseOf('The agency has given the tenants until Tuesday to leave.', 'Tuesday'), 'future');
});

test('initials and abbreviations do not end the sentence; nouns and names are not tense cues', () => {
  assert.equal(tenseOf('Ms. Okafor, 61, will succeed Lionel R. Banda Feb. 3.', 'Feb. 3'), 'future');
  assert.equal(tenseOf('The cooperative announced the plan Aug. 9.', 'Aug. 9'), 'past');
  assert.equal(tenseOf('Pilots said the jets would fly over the United States Thursday.', 'Thursday'), 'future');
  assert.equal(tenseOf('Two stalls burned next to the market in Kisumu on Friday.', 'Friday'), 'past');
  assert.equal(tenseOf('They expect the sale to be completed by Dec. 1.', 'Dec. 1'), 'future');
});

test('"effective", "supposed to" look ahead; an -ed adjective after a determiner is no past verb', () => {
  assert.equal(tenseOf('The board named a new chair, effective Feb. 1.', 'Feb. 1'), 'future');
  assert.equal(tenseOf('The talks are supposed to end by May.', 'May'), 'future');
  assert.equal(tenseOf('The bonus would be paid on a still unspecified date in January.', 'January'), 'future');
});

test('a cue up to a long sentence away still governs the date: a plan told at the start, a verb after a long subject', () => {
  assert.equal(
    tenseOf('The line said two new ferries would leave the harbour on Monday and Tuesday nights from March 30, with the third one sailing from Aug. 6.', 'Aug. 6'),
    'future',
  );
  assert.equal(tenseOf('On Tuesday, the Northern Ferry Passengers and Coastal Workers Association plans to hold a rally.', 'Tuesday'), 'future');
});

test('a present passive tells what is to happen', () => {
  assert.equal(tenseOf('The tenants had not signed, and may lose the case when it is heard in May in the appeals court.', 'May'), 'future');
  assert.equal(tenseOf('The council said the bonds are redeemed in June.', 'June'), 'future');
});

test('a timetable in the present ("they meet separately Monday") is to come', () => {
  assert.equal(tenseOf('The two envoys meet separately Monday with the mediator.', 'Monday'), 'future');
  assert.equal(tenseOf('The council convenes Thursday in the old hall.', 'Thursday'), 'future');
  assert.equal(tenseOf('The two envoys met separately Monday with the mediator.', 'Monday'), 'past');
});

test('a date ending the subject takes the tense of the main verb after it', () => {
  assert.equal(tenseOf('A parade planned at the harbour for Saturday was canceled after the storm.', 'Saturday'), 'past');
  assert.equal(tenseOf('A parade planned at the harbour for Saturday will go ahead.', 'Saturday'), 'future');
});

test('an extension runs forward: "has extended the loans through January" is to come', () => {
  assert.equal(tenseOf('The banks have extended the credit line through January, the firm said.', 'January'), 'future');
  assert.equal(tenseOf('The store stayed open through January.', 'January'), 'past');
});

test('an agreement to do something looks ahead to the deed, though the agreeing is past', () => {
  assert.equal(tenseOf('The port announced an agreement to buy the ferry line in January.', 'January'), 'future');
  assert.equal(tenseOf('The co-op, which agreed to sell its depot for $2 million in February, said little.', 'February'), 'future');
  assert.equal(tenseOf('The co-op agreed in February to sell its depot.', 'February'), 'past');
});
