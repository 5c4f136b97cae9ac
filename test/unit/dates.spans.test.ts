import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { weekOfMonth } from '../../server/src/core/dates/partsOf';

// Invented sentences, one per form the date finder used to miss or cut short (issue 13: spans).
const datesOf = (text: string, published = '2001-05-09'): string[] =>
  analyze(text, { published }).dates.map((date) => `${date.text}=${date.value}`);

test('a zone with an offset stays in the span, and a time restated in GMT belongs to the time before it', () => {
  assert.deepEqual(datesOf('The plane landed at 6:40 p.m. (GMT +8) on Monday.'), ['6:40 p.m. (GMT +8) on Monday=2001-05-07T18:40']);
  assert.deepEqual(datesOf('The dam burst at about 11:20 a.m. (0920 GMT) Tuesday, officials said.'), [
    'about 11:20 a.m. (0920 GMT)=2001-05-08T11:20',
    'Tuesday=2001-05-08',
  ]);
  assert.deepEqual(datesOf('Polls close at 8 p.m. (EST) and at 9 p.m. GMT+2.'), ['8 p.m. (EST)=2001-05-09T20:00', '9 p.m. GMT+2=2001-05-09T21:00']);
});

test('two days of one month joined by "and" or "or" are two dates', () => {
  assert.deepEqual(datesOf('The growers meet on June 4 and 5 in Lyon.'), ['June 4=2001-06-04', '5=2001-06-05']);
  assert.deepEqual(datesOf('The growers met on 24 and 25 April.'), ['24=2001-04-24', '25 April=2001-04-25']);
  assert.deepEqual(datesOf('The ferry sails Jan. 3 or 4, 2002.'), ['Jan. 3=2002-01-03', '4, 2002=2002-01-04']);
  assert.deepEqual(datesOf('By March 3 and 4 delegates had left.'), ['March 3=2001-03-03']);
});

test('a holiday week is the ISO week of the holiday', () => {
  assert.deepEqual(datesOf('Pilgrims filled the square as Easter week began.', '2000-04-17'), ['Easter week=2000-W16']);
  assert.deepEqual(datesOf('The Easter weekend was quiet.', '2000-04-17'), []);
});

test('centuries relative to the article: this century, last century, the next century', () => {
  assert.deepEqual(datesOf('The worst flood of this century came after the dams of last century.'), ['this century=20', 'last century=19']);
  assert.deepEqual(datesOf('Over the next century the coast will move.'), ['the next century=P100Y']);
});

test('ranked parts of a named period: halves by quarters, weeks of a month, days of an event', () => {
  assert.deepEqual(datesOf('Output will grow through the first two quarters of 2002.'), ['the first two quarters of 2002=2002-H1']);
  assert.deepEqual(datesOf('Orders slowed in the last six months of last year.'), ['the last six months of last year=2000-H2']);
  assert.deepEqual(datesOf('Sales fell in the last week of March.'), ['the last week of March=2001-W13']);
  assert.deepEqual(datesOf('Rain fell in the first week of Sept. 2002.'), ['the first week of Sept. 2002=2002-W36']);
  assert.deepEqual(datesOf('It is the second day of the strike.'), ['the second day=2001-05-09']);
  assert.deepEqual([weekOfMonth(2001, 3, -1), weekOfMonth(2001, 3, 1), weekOfMonth(2002, 12, -1)], ['2001-W13', '2001-W09', '2002-W52']);
});

test('the same period of the last year is one date, a year before the period named', () => {
  assert.deepEqual(datesOf('Profit rose in the first quarter of 2001 from the same period of the last year.'), [
    'the first quarter of 2001=2001-Q1',
    'the same period of the last year=2000-Q1',
  ]);
});

test('the week or year being reported on: "for the week", "the week\'s", "a high for the year"', () => {
  assert.deepEqual(datesOf('Shares fell 5 points Friday. For the week, the index dropped 3%; it was the week\'s worst session.', '1999-11-15'), [
    'Friday=1999-11-12',
    'the week=1999-W45',
    'the week=1999-W45',
  ]);
  assert.deepEqual(datesOf('The stock hit a high for the year of $12 a share.'), ['the year=2001']);
  assert.deepEqual(datesOf('Sales for the year ended June 30 rose.'), ['the year=P1Y', 'June 30=2000-06-30']);
});

test('"in the morning" is the part of the day in focus, "4 in the morning" a clock time', () => {
  assert.deepEqual(datesOf('The bakery opened Monday. Queues formed in the morning.'), ['Monday=2001-05-07', 'the morning=2001-05-07TMO']);
  assert.deepEqual(datesOf('The convoy leaves at 4 in the morning.'), ['4 in the morning=2001-05-09T04:00']);
  assert.deepEqual(datesOf('The train arrives at 7:30 in the evening.'), ['7:30 in the evening=2001-05-09T19:30']);
});

test('rates after counted things, vague spans and references', () => {
  assert.deepEqual(datesOf('The desk takes hundreds of calls a day, and the plant ships 40,000 crates a year.'), ['a day=P1D', 'a year=P1Y']);
  assert.deepEqual(datesOf('It takes a day to dry.'), []);
  assert.deepEqual(datesOf('The bridge will stay shut for some time, and the ferry for a while.'), ['some time=PXX', 'a while=PXX']);
  assert.deepEqual(datesOf('Tolls could one day fund it; the rest is sold at a later date.'), ['one day=FUTURE_REF', 'a later date=FUTURE_REF']);
  assert.deepEqual(datesOf('The mill, which just months ago was idle, sees gains in coming quarters and future years.'), [
    'months ago=PAST_REF',
    'coming quarters=FUTURE_REF',
    'future years=FUTURE_REF',
  ]);
  assert.deepEqual(datesOf('Repairs could take as long as a month.'), ['a month=P1M']);
});

test('a season "this past" is the last one begun; a year in a name is no date', () => {
  assert.deepEqual(datesOf('Costs peaked this past spring, and this past fall.'), ['this past spring=2001-SP', 'this past fall=2000-FA']);
  assert.deepEqual(datesOf('They set up a venture called Polar Works 1980 to build sleds.'), []);
});

test('counts in words, halves and "or so" around the unit', () => {
  assert.deepEqual(datesOf('Over the next couple of years the dunes move; the town kept its wells for more than two thousand years.'), [
    'the next couple of years=P2Y',
    'more than two thousand years=P2000Y',
  ]);
  assert.deepEqual(datesOf('A minute and a half later the siren stopped. A week or so ago the pumps failed.'), [
    'A minute and a half later=PT1M30S',
    'A week or so ago=2001-05-02',
  ]);
  assert.deepEqual(datesOf('Their third day-long meeting ended.'), ['day-long=P1D']);
});

test('a year behind pre- or post-, "at this crucial moment", the year after "the first nine months of"', () => {
  assert.deepEqual(datesOf('The post-1959 politics replaced the pre-1990 rules.'), ['post-1959=1959', 'pre-1990=1990']);
  assert.deepEqual(datesOf('Nobody should leave at this crucial moment.'), ['this crucial moment=PRESENT_REF']);
  assert.deepEqual(datesOf('Sales rose in the first nine months of the year.'), ['the first nine months=P9M', 'the year=2001']);
});

test('the first hours of an event are a span of unstated length; "high noon" is an idiom, no clock time', () => {
  assert.deepEqual(datesOf('Hundreds were rescued in the first hours of the flood, and more in the early years of the dam.'), [
    'the first hours=PTXH',
    'the early years=PXY',
  ]);
  assert.deepEqual(datesOf('For the port, high noon comes today.'), ['today=2001-05-09']);
  assert.deepEqual(datesOf('The ferry leaves at noon.'), ['noon=2001-05-09T12:00']);
});

test('"24 hours a day" and "seven days a week" mean "all the time": no duration, no frequency', () => {
  assert.deepEqual(datesOf('Guards watch the depot 24 hours a day and seven days a week.'), []);
  assert.deepEqual(datesOf('Buses leave four times a week.'), ['a week=P1W']);
});

test('a model year before a vehicle make is part of its name, a year before a company is not', () => {
  assert.deepEqual(datesOf("Her 1994 Ford Escort was towed; Lee's 1987 Chevrolet was not."), []);
  assert.deepEqual(datesOf('In 1994 Ford cut jobs.'), ['1994=1994']);
});

test('"a week" alone is a span when granted for something ("gave him a week to …"), not between the bounds of a range', () => {
  assert.deepEqual(datesOf('The council gave the builder a week to finish the roof.'), ['a week=P1W']);
  assert.deepEqual(datesOf('Repairs take from a day to a week.'), []);
});

test('"in a year or two" is some time ahead (FUTURE_REF)', () => {
  assert.deepEqual(datesOf('Prices may rise in a year or two, analysts said.'), ['a year or two=FUTURE_REF']);
});

test('"for a fairly lengthy period" is a span of unstated length, like "for a while"', () => {
  assert.deepEqual(datesOf('The troops will stay for a fairly lengthy period, then for a short period of time.'), [
    'a fairly lengthy period=PXX',
    'a short period of time=PXX',
  ]);
  assert.deepEqual(datesOf('It was a long period of calm.'), []);
});

test('an article and a unit after "of" or a verb of duration is a span; not a quarter of the seats nor a quarter-century', () => {
  assert.deepEqual(datesOf('The rally was the culmination of a week that lifted the index; the ferry chief had only been in the job one day, and the strike lasted a month.'), [
    'a week=P1W',
    'one day=P1D',
    'a month=P1M',
  ]);
  assert.deepEqual(datesOf('The council kept a quarter of the seats; she has spent a quarter-century on the council.'), []);
  assert.deepEqual(datesOf('The fishermen say they will one day return.'), ['one day=FUTURE_REF']);
});

test('a bare plural unit measuring what follows is a span ("months of talks"); "his years of service" and a fraction are not', () => {
  assert.deepEqual(datesOf('The deal follows months of talks, after the heady days of rising fares.'), ['months=PXM', 'days=PXD']);
  assert.deepEqual(datesOf('She thanked him for his years of service; the island imports three-quarters of its grain.'), []);
  assert.deepEqual(datesOf('The port could close within weeks or months of the vote, as in recent weeks and months.'), [
    'weeks or months=PXW',
    'recent weeks and months=PAST_REF',
  ]);
});

test('"about" and "around" before a vague reference or a date owning a noun are prepositions, not APPROX', () => {
  assert.deepEqual(datesOf('Fishermen are worried about the future and about recent closures; they tried to get around Monday\'s ruling.'), [
    'the future=FUTURE_REF',
    'recent=PAST_REF',
    'Monday=2001-05-07',
  ]);
  assert.deepEqual(datesOf('The ferry left at about 7:15 p.m., around May 1.'), ['about 7:15 p.m.=2001-05-09T19:15', 'around May 1=2001-05-01']);
});

test('"the early hours of Thursday" is a time of that day, no span of hours; a transcript\'s "Now for …" is no PRESENT_REF', () => {
  assert.deepEqual(datesOf('Police detained him in the early hours of Thursday morning, in the first hours of the strike.'), [
    'Thursday morning=2001-05-03TMO',
    'the first hours=PTXH',
  ]);
  assert.deepEqual(datesOf('Now for the weather. Now the ferry runs again.'), ['Now=PRESENT_REF']);
});
