import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../server/src/core/dates';
import { buildStructure } from '../../server/src/core/structure';
import type { DateExpression, PublishedDate } from '../../server/src/core/types';

// TimeML 1.2.1 / TempEval-3 conventions for news whose publication date is given, on sentences invented here.

const given = (value: string): PublishedDate => ({ value, basis: 'given', evidence: null });
const datesOf = (text: string, published: string): DateExpression[] => findDates(buildStructure(text), given(published), []);
const found = (text: string, published = '2026-03-04'): string[] => datesOf(text, published).map((date) => `${date.text}=${date.type} ${date.value}`);

test('a time word capitalised in mid-sentence is part of a name: "Harbour Today", "High Noon", "90 Minutes"', () => {
  assert.deepEqual(found('The mayor told Harbour Today that the film "High Noon" and the show "90 Minutes" would screen at noon.'), [
    'noon=TIME 2026-03-04T12:00',
  ]);
});

test('capitalised at the start of a sentence, a quotation or a headline, the time word stays a time', () => {
  assert.deepEqual(found('Noon was the deadline. Today the pier reopens. He said: "Tomorrow we sail."'), [
    'Noon=TIME 2026-03-04T12:00',
    'Today=DATE 2026-03-04',
    'Tomorrow=DATE 2026-03-05',
  ]);
  assert.deepEqual(found('Ferry Strike Ends Today\n\nThe ferries run again.'), ['Today=DATE 2026-03-04']);
});

test('a plan told in the past perfect, and "could" of the past, put a weekday before the article\'s date', () => {
  // 2026-03-04 is a Wednesday.
  assert.deepEqual(found('The offer was extended. It had been due to expire Friday. Nobody could be reached Monday.'), [
    'Friday=DATE 2026-02-27',
    'Monday=DATE 2026-03-02',
  ]);
  assert.deepEqual(found('The offer is due to expire Friday.'), ['Friday=DATE 2026-03-06']);
});

test('"the year ended Sept. 30", "the fiscal year ending June 30": a year measured back from its end, DURATION P1Y', () => {
  assert.deepEqual(found('Net income for the year ended Sept. 30 rose; the fiscal year ending June 30, 2027, looks weaker. The year was hard.', '2026-11-02'), [
    'the year=DURATION P1Y',
    'Sept. 30=DATE 2026-09-30',
    'the fiscal year=DURATION P1Y',
    'June 30, 2027=DATE 2027-06-30',
  ]);
});

test('a year listed after another is a year ("in 1994, 1995 and 1997"); "the past century" is a span of time, no PAST_REF', () => {
  assert.deepEqual(found('The ferry sank in 1994, 1995 and 1997, and 4,1996 tickets were sold.'), ['1994=DATE 1994', '1995=DATE 1995', '1997=DATE 1997']);
  assert.deepEqual(found('It was among the great ferries of the past century.'), ['the past century=DURATION P100Y']);
});

test('"goal" is no game word: a company reaching its goal during the quarter speaks of a calendar quarter', () => {
  assert.deepEqual(found('Sales rose 5% in the third quarter. The firm cut costs during the quarter, near its goal of $5 million.', '2026-11-02'), [
    'the third quarter=DATE 2026-Q3',
    'the quarter=DATE 2026-Q3',
  ]);
  assert.deepEqual(found('The goalkeeper was beaten twice in the third quarter of the match.', '2026-11-02'), []);
});

test('a month name after a determiner modifies a noun ("a June agreement", "the March vote"); "the May government" is a name', () => {
  assert.deepEqual(found('The sale follows a June agreement with the unions. The March vote will settle it; the May government fell.'), [
    'June=DATE 2025-06',
    'March=DATE 2026-03',
  ]);
});

test('"the year-ago third quarter" is that quarter a year before the one reported on', () => {
  assert.deepEqual(found('Profit rose in the third quarter. In the year-earlier third quarter, the company lost money.', '2026-11-02'), [
    'the third quarter=DATE 2026-Q3',
    'the year-earlier third quarter=DATE 2025-Q3',
  ]);
  assert.deepEqual(found('Sales in the year-ago fourth quarter were higher.', '2027-01-20'), ['the year-ago fourth quarter=DATE 2025-Q4']);
});

test('"Jan. 5, 2027 at 1,015 euros a share": the number after "at" is a price, not a clock time', () => {
  assert.deepEqual(found('It may buy the stake after Jan. 5, 2027 at 1,015 euros a share, or on Jan. 6, 2027 at 9 in the morning.'), [
    'Jan. 5, 2027=DATE 2027-01-05',
    'Jan. 6, 2027 at 9 in the morning=TIME 2027-01-06T09:00',
  ]);
});

test('"the previous Friday", "the following Monday" are counted from the day in focus, not from the article\'s date', () => {
  // 2026-03-04 is a Wednesday; the story is about Friday 2026-02-27.
  assert.deepEqual(found('Shares fell on Feb. 27, 2026, down 4% from the previous Friday.'), ['Feb. 27, 2026=DATE 2026-02-27', 'the previous Friday=DATE 2026-02-20']);
  assert.deepEqual(found('Shares fell on Feb. 27, 2026. Trading resumed the following Monday.'), ['Feb. 27, 2026=DATE 2026-02-27', 'the following Monday=DATE 2026-03-02']);
});

test('"today" meaning nowadays is PRESENT_REF, a generic "tomorrow" FUTURE_REF; today\'s vote, falls or newspaper are the day itself', () => {
  assert.deepEqual(found("The quarrel is for today's youth what the strike was for their parents. Most of today's global economy runs on credit."), [
    'today=DATE PRESENT_REF',
    'today=DATE PRESENT_REF',
  ]);
  assert.deepEqual(found("Staff are proud of their place at today's Harbourline. In today's Portugal, ferries are cheap."), ['today=DATE PRESENT_REF', 'today=DATE PRESENT_REF']);
  assert.deepEqual(found("Ferry Deals: Today's Other New Releases, and More\n\nThe sale opens."), ['Today=DATE 2026-03-04']);
  assert.deepEqual(found('The youth of today will be the leaders of tomorrow. The regatta of tomorrow starts at noon.'), [
    'today=DATE PRESENT_REF',
    'tomorrow=DATE FUTURE_REF',
    'tomorrow=DATE 2026-03-05',
    'noon=TIME 2026-03-05T12:00',
  ]);
  assert.deepEqual(found("After today's vote the mayor read today's Harbour Herald. Today's falls were steep."), [
    'today=DATE 2026-03-04',
    'today=DATE 2026-03-04',
    'Today=DATE 2026-03-04',
  ]);
});

test('"this year as last", "this week and next": the elided unit makes "last" and "next" timexes of their own', () => {
  assert.deepEqual(found('Tolls will be twice as high this year as last. Ferries sail this week and next.'), [
    'this year=DATE 2026',
    'last=DATE 2025',
    'this week=DATE 2026-W10',
    'next=DATE 2026-W11',
  ]);
  assert.deepEqual(found('Fares rose this year more than last time.'), ['this year=DATE 2026']);
});

test('a weekday named more than once in a story is one day: most mentions decide, a tie goes to the day nearest the article\'s', () => {
  // 2026-03-04 is a Wednesday. Alone, "will look for ways to get around Monday's ruling" would read ahead (03-09).
  assert.deepEqual(found("The board ruled Monday. Growers will look for ways to get around Monday's ruling, announced Monday."), [
    'Monday=DATE 2026-03-02',
    'Monday=DATE 2026-03-02',
    'Monday=DATE 2026-03-02',
  ]);
  assert.deepEqual(found("Growers will look for ways to get around Monday's ruling."), ['Monday=DATE 2026-03-09']);
  // "headed Thursday" alone reads back (02-26), "is scheduled to dock Thursday morning" ahead (03-05): one day each.
  assert.deepEqual(found('The mayor headed Thursday to the islands. She is scheduled to dock Thursday morning, and sailed there last Thursday too.'), [
    'Thursday=DATE 2026-03-05',
    'Thursday morning=TIME 2026-03-05TMO',
    'last Thursday=DATE 2026-02-26',
  ]);
});
