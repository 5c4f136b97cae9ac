import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tagClaim } from '../../client/src/commands/tagClaim';
import { editClaim } from '../../client/src/commands/editClaim';
import { removeAnnotation } from '../../client/src/commands/removeAnnotation';
import { claimSpans, sentenceAt } from '../../server/src/protocol/spans';
import { FakeServer, ScriptedUi, harness, marked } from '../helpers/commandFakes';
import type { ClaimBody, StoreFile } from '../../server/src/annotations';
import type { WorkspaceSpeaker } from '../../server/src/protocol/protocol';

const ARTICLE = [
  'Port Alder Courier',
  '',
  'The ferry company expects record traffic. "We will carry a million passengers by 2027," said Nadia Okafor.',
  '',
  'Critics doubt it. The harbour has room for only two ships.',
].join('\n');

function at(text: string, needle: string, offset = 0): number {
  const index = text.indexOf(needle);
  assert.notEqual(index, -1);
  return index + offset;
}

function withCursorAfter(needle: string, offset = 0): string {
  const index = at(ARTICLE, needle, offset);
  return ARTICLE.slice(0, index) + '|' + ARTICLE.slice(index);
}

function stored(root: string): StoreFile {
  return JSON.parse(readFileSync(`${root}/.byline/annotations/news/story.txt.json`, 'utf8')) as StoreFile;
}

test('spans: a cursor means its sentence, selections are kept, duplicates dropped', () => {
  const { text, selections } = marked('One claim here. Two [claims] there.| Three.');
  assert.deepEqual(
    claimSpans(text, selections).map((span) => text.slice(span.start, span.end)),
    ['Two claims there.', 'claims'],
  );
  assert.equal(sentenceAt('First line.\n\n', 13), null, 'a blank line has no sentence');
});

test('Tag Claim: the sentence at the cursor, claimant prefilled from the quote speaker, attributes stored', async () => {
  const h = await harness(withCursorAfter('carry a million'));
  const speaker = { name: 'Nadia Okafor', kind: 'person' as const };
  const server = new FakeServer({
    quoteAtPosition: { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, text: '', speaker },
    claimantAtPosition: speaker,
  });
  const ui = new ScriptedUi(['prediction', 'Nadia Okafor', 'statistic', '(no verdict yet)', 'check the 2019 figure']);
  await tagClaim(h.deps(ui, server))();

  assert.deepEqual(ui.picks[1], { labels: ['Nadia Okafor', '(no claimant)', 'Another claimant…'], active: 'Nadia Okafor' }, 'claimant preselected');
  const [annotation] = stored(h.root).annotations;
  assert.equal(annotation.target.selector[0].exact, '"We will carry a million passengers by 2027," said Nadia Okafor.');
  assert.deepEqual(annotation.body, {
    type: 'ClaimTag',
    label: 'prediction',
    claimant: 'Nadia Okafor',
    claimType: 'statistic',
    note: 'check the 2019 figure',
  } satisfies ClaimBody);
  assert.equal(annotation.motivation, 'classifying');
  assert.equal(h.annotations.get(h.key.uri)?.entries.length, 1);
});

test('Tag Claim: the claimant is picked among the article speakers, typed, or left out', async () => {
  const speakers: WorkspaceSpeaker[] = [
    { name: 'Nadia Okafor', kind: 'person', aliases: [], roles: [], quotes: 2, mentions: 3, mentionedOnly: false, claimant: true, files: [] },
    { name: 'Harbour Authority', kind: 'org', aliases: [], roles: [], quotes: 1, mentions: 1, mentionedOnly: false, claimant: true, files: [] },
    // named but never quoted, and an unnamed source: the server says neither is a claimant
    { name: 'Ivo Sand', kind: 'person', aliases: [], roles: [], quotes: 0, mentions: 1, mentionedOnly: true, claimant: false, files: [] },
    { name: 'port official', kind: 'person', aliases: [], roles: [], quotes: 1, mentions: 1, mentionedOnly: false, claimant: false, files: [] },
  ];
  const quoteBy = (name: string) => {
    const speaker = { name, kind: 'person' as const };
    const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } };
    return new FakeServer({ quoteAtPosition: { range, text: '', speaker }, claimantAtPosition: speaker }, speakers);
  };
  const claimants = async (answers: string[], server: FakeServer) => {
    const h = await harness(withCursorAfter('carry a million'));
    const ui = new ScriptedUi(['claim', ...answers, '(no claim type)', '(no verdict yet)', '']);
    await tagClaim(h.deps(ui, server))();
    const [annotation] = stored(h.root).annotations;
    return { claimant: annotation.body.type === 'ClaimTag' ? annotation.body.claimant : 'not a claim', offered: ui.picks[1] };
  };
  const picked = await claimants(['Harbour Authority'], quoteBy('Nadia Okafor'));
  assert.equal(picked.claimant, 'Harbour Authority');
  assert.deepEqual(picked.offered, { labels: ['Nadia Okafor', 'Harbour Authority', '(no claimant)', 'Another claimant…'], active: 'Nadia Okafor' });
  assert.equal((await claimants(['Another claimant…', ' Port council '], quoteBy('Nadia Okafor'))).claimant, 'Port council');
  assert.equal((await claimants(['(no claimant)'], quoteBy('Nadia Okafor'))).claimant, undefined);
  const nobodyDetected = new FakeServer({ quoteAtPosition: null }, speakers);
  assert.equal((await claimants(['(no claimant)'], nobodyDetected)).offered?.active, '(no claimant)', 'nobody preselected');
  // a detected speaker the index does not list yet is offered first
  assert.deepEqual((await claimants(['Ola Brenn'], quoteBy('Ola Brenn'))).offered?.labels.slice(0, 2), ['Ola Brenn', 'Nadia Okafor']);
});

test('Tag Claim: multi-cursor tags several sentences at once', async () => {
  const first = at(ARTICLE, 'expects');
  const second = at(ARTICLE, 'room for');
  const text = ARTICLE.slice(0, first) + '|' + ARTICLE.slice(first, second) + '|' + ARTICLE.slice(second);
  const h = await harness(text);
  await tagClaim(h.deps(new ScriptedUi(['claim', '', '(no claim type)', '(no verdict yet)', ''])))();
  assert.deepEqual(
    stored(h.root).annotations.map((a) => a.target.selector[0].exact),
    ['The ferry company expects record traffic.', 'The harbour has room for only two ships.'],
  );
  assert.ok(stored(h.root).annotations.every((a) => a.body.type === 'ClaimTag' && a.body.claimant === undefined));
});

test('Tag Claim: Escape at the label writes nothing', async () => {
  const h = await harness(withCursorAfter('expects'));
  const ui = new ScriptedUi([undefined]);
  await tagClaim(h.deps(ui))();
  assert.equal(h.annotations.get(h.key.uri)?.entries.length, 0);
  assert.equal(ui.prompts.length, 1);
});

test('Edit Claim: changes the claim at the cursor and moves its modified time', async () => {
  const h = await harness(withCursorAfter('room for'));
  await tagClaim(h.deps(new ScriptedUi(['claim', '', '(no claim type)', '(no verdict yet)', ''])))();
  const before = stored(h.root).annotations[0];
  await new Promise((resolve) => setTimeout(resolve, 5));
  await editClaim(h.deps(new ScriptedUi(['check-worthy claim', 'Harbour office', '(no claim type)', 'false', ''])))();
  const after = stored(h.root).annotations[0];
  assert.equal(after.id, before.id);
  assert.deepEqual(after.body, { type: 'ClaimTag', label: 'check-worthy claim', claimant: 'Harbour office', verdict: 'false' });
  assert.ok(after.modified > before.modified);
  assert.equal(after.created, before.created);
});

test('Edit Claim: from the Claims view, by reference, without an editor cursor on it', async () => {
  const h = await harness(withCursorAfter('room for'));
  await tagClaim(h.deps(new ScriptedUi(['claim', '', '(no claim type)', '(no verdict yet)', ''])))();
  const id = stored(h.root).annotations[0].id;
  h.editor.selections = [{ start: 0, end: 0 }];
  await editClaim(h.deps(new ScriptedUi(['opinion', '', '(no claim type)', '(no verdict yet)', ''])))({ uri: h.key.uri, id });
  assert.equal((stored(h.root).annotations[0].body as ClaimBody).label, 'opinion');
});

test('Remove: deletes the claim at the cursor, and Undo restores it', async () => {
  const h = await harness(withCursorAfter('room for'));
  await tagClaim(h.deps(new ScriptedUi(['claim', '', '(no claim type)', '(no verdict yet)', ''])))();
  const id = stored(h.root).annotations[0].id;

  const ui = new ScriptedUi([]);
  await removeAnnotation(h.deps(ui))();
  assert.match(ui.infos[0], /removed "claim"/u);
  assert.equal(h.annotations.get(h.key.uri)?.entries.length, 0);

  await removeAnnotation(h.deps(new ScriptedUi([])))();
  const undoing = new ScriptedUi([], 'Undo');
  await tagClaim(h.deps(new ScriptedUi(['claim', '', '(no claim type)', '(no verdict yet)', ''])))();
  await removeAnnotation(h.deps(undoing))();
  assert.equal(h.annotations.get(h.key.uri)?.entries.length, 1, 'restored after Undo');
  assert.notEqual(stored(h.root).annotations[0].id, id);
});

test('Remove: nothing at the cursor is a warning, not an error', async () => {
  const h = await harness(withCursorAfter('expects'));
  const ui = new ScriptedUi([]);
  await removeAnnotation(h.deps(ui))();
  assert.match(ui.warnings[0], /no claim or correction at the cursor/u);
});
