import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleChoice, plainTextFilesSetting, readsLikeNews } from '../../client/src/articleFiles';

const NEWS = 'Ferry strike\n\n“We will not sail until the rota changes,” said union leader Mira Holt on Tuesday.\n';
const NOTES = 'Shopping: bread, milk\nCall the garage on Monday\n';
const file = (path: string, folderHasStore: boolean | null, text = NEWS, folderDeclined = false): Parameters<typeof articleChoice>[0] => ({ path, folderHasStore, folderDeclined, text });

test('auto (the default): an article in a folder holding .byline/; elsewhere only what reads like news, at once', () => {
  assert.equal(articleChoice(file('/ws/articles/a.txt', true, NOTES), 'auto'), 'article');
  assert.equal(articleChoice(file('/ws/a.TEXT', true), 'auto'), 'article');
  assert.equal(articleChoice(file('/scrapes/story.txt', false), 'auto'), 'detected', 'no setup: a scraped story opens as an article');
  assert.equal(articleChoice(file('/tmp/story.txt', null), 'auto'), 'detected', 'outside every workspace folder too');
  assert.equal(articleChoice(file('/code/notes.txt', false, NOTES), 'auto'), 'plain', 'notes, licences, logs: left alone');
  assert.equal(articleChoice(file('/scrapes/story.txt', false, NEWS, true), 'auto'), 'plain', 'a folder said to hold no articles');
  assert.equal(articleChoice(file('/ws/story.txt', true, NEWS, true), 'auto'), 'article', 'its .byline/ says otherwise, later');
});

test('articleFolders, always and never; other extensions are never switched', () => {
  assert.equal(articleChoice(file('/scrapes/story.txt', false), 'articleFolders'), 'plain');
  assert.equal(articleChoice(file('/ws/story.txt', true, NOTES), 'articleFolders'), 'article');
  assert.equal(articleChoice(file('/code/requirements.txt', false, NOTES), 'always'), 'article');
  assert.equal(articleChoice(file('/tmp/story.txt', null), 'always'), 'article');
  assert.equal(articleChoice(file('/ws/story.txt', true), 'never'), 'plain');
  assert.equal(articleChoice(file('/ws/story.md', true), 'always'), 'plain');
  assert.equal(articleChoice(file('/ws/story.txt.bak', true), 'always'), 'plain');
  assert.equal(plainTextFilesSetting('always'), 'always');
  assert.equal(plainTextFilesSetting('articleFolders'), 'articleFolders');
  assert.equal(plainTextFilesSetting('sometimes'), 'auto');
  assert.equal(plainTextFilesSetting(undefined), 'auto');
});

test('reads like news: someone quoted with a verb of saying, either order, any marks', () => {
  assert.ok(readsLikeNews(NEWS));
  assert.ok(readsLikeNews('The mayor told reporters: "The bridge opens in May, as planned."'));
  assert.ok(readsLikeNews('"It is a fair deal for the harbour," the minister said.'));
  assert.ok(readsLikeNews('« Nous restons ici jusqu’au bout », said the fisherman.'));
  assert.ok(!readsLikeNews(NOTES));
  assert.ok(!readsLikeNews('MIT License\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n'));
  assert.ok(!readsLikeNews('2026-12-07 20:11:26 INFO said="hello" user=42\n'));
  assert.ok(!readsLikeNews(`${'x'.repeat(20_000)}${NEWS}`), 'only the start of a file is read');
  assert.ok(readsLikeNews('Rates\n\n"We have to make sure the harbour never floods again, that is crucial," Roe noted.'), 'noted, a straight opening mark');
  assert.ok(readsLikeNews('Quay\n\nThe board stated, “The quay will reopen after the storm season ends.”'));
  assert.ok(!readsLikeNews('Release notes\n\n * "git add -N path..." adds an empty entry, says the manual.\n'), 'a command line is no quotation');
  assert.ok(!readsLikeNews('Use it and say "it is a pathspec" to be clear.\n'), 'no punctuation ties the quotation to the verb');
});

test('reads like news without a quotation: several reported sentences in long lines; a licence never', () => {
  const brief = 'Ferry timetable changes\nMarch 6, 2026\n\nThe harbour board approved a new winter timetable for the island ferry on Monday. Crossings will leave every ninety minutes from November. The board expects the change to cut fuel costs by a fifth. Passenger groups had asked for later evening sailings. Those are not part of the plan, which takes effect next month. Tickets go on sale this week.';
  assert.ok(readsLikeNews(brief));
  assert.ok(!readsLikeNews(brief.replace(/\. /g, '.\n')), 'short lines: a list, not a report');
  assert.ok(!readsLikeNews(`Apache License, Version 2.0\n\n${brief}`));
});
