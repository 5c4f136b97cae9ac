import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

// An invented, undated wire story: its dateline gives a day and month but no year, the body a weekday.
const UNDATED = ['Ferry fares rise in Westhaven', '', 'WESTHAVEN, Mar 4 - The operator said on Tuesday that fares would rise next month.'].join('\n');

const messageFor = (text: string): string | undefined =>
  analyze(UNDATED).findings.find((finding) => finding.ruleId === 'unresolved-date' && UNDATED.slice(finding.start, finding.end) === text)?.message;

test('an unresolved date with no year is called underspecified (no year given), not relative', () => {
  assert.equal(messageFor('Mar 4'), '"Mar 4" gives no year, and the article\'s own date is unknown, so its year cannot be told.');
});

test('an unresolved relative date (a weekday) is still called relative', () => {
  assert.equal(messageFor('Tuesday'), '"Tuesday" is relative, and the article\'s own date is unknown, so it cannot be resolved.');
});
