import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleChoice, plainTextFilesSetting, readsLikeNews } from '../../client/src/articleFiles';

const NEWS = 'Ferry strike\n\n“We will not sail until the rota changes,” said union leader Mira Holt on Tuesday.\n';
const NOTES = 'Shopping: bread, milk\nCall the garage on Monday\n';
const file = (path: string, folderHasStore: boolean | null, text = NEWS): Parameters<typeof articleChoice>[0] => ({ path, folderHasStore, text });

test('articleFolders (the default): a .txt is an article in a folder holding .byline/, a question elsewhere when it reads like news', () => {
  assert.equal(articleChoice(file('/ws/articles/a.txt', true, NOTES), 'articleFolders'), 'article');
  assert.equal(articleChoice(file('/ws/a.TEXT', true), 'articleFolders'), 'article');
  assert.equal(articleChoice(file('/code/notes.txt', false, NOTES), 'articleFolders'), 'plain', 'notes, licences, logs: left alone, nothing asked');
  assert.equal(articleChoice(file('/scrapes/story.txt', false), 'articleFolders'), 'ask');
  assert.equal(articleChoice(file('/tmp/story.txt', null), 'articleFolders'), 'plain', 'outside every workspace folder there is no folder to ask about');
});

test('always and never; other extensions are never switched', () => {
  assert.equal(articleChoice(file('/code/requirements.txt', false, NOTES), 'always'), 'article');
  assert.equal(articleChoice(file('/tmp/story.txt', null), 'always'), 'article');
  assert.equal(articleChoice(file('/ws/story.txt', true), 'never'), 'plain');
  assert.equal(articleChoice(file('/ws/story.md', true), 'always'), 'plain');
  assert.equal(articleChoice(file('/ws/story.txt.bak', true), 'always'), 'plain');
  assert.equal(plainTextFilesSetting('always'), 'always');
  assert.equal(plainTextFilesSetting('sometimes'), 'articleFolders');
  assert.equal(plainTextFilesSetting(undefined), 'articleFolders');
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
});
