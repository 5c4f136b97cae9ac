import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { setQuoteSpeaker } from '../../client/src/commands/setQuoteSpeaker';
import { markSpan } from '../../client/src/commands/markSpan';
import { rejectAnnotation } from '../../client/src/commands/rejectAnnotation';
import { ARTICLE_EDITOR_COMMANDS, createCommands, type ExtensionActions } from '../../client/src/commands';
import { COMPARISON_COMMANDS } from '../../client/src/compare/comparisonModel';
import { LEAVE_FOLDER_AS_PLAIN_TEXT, OPEN_FOLDER_AS_ARTICLES } from '../../client/src/articleFiles';
import { toggledList } from '../../client/src/commands/toggleFile';
import { OffsetMap } from '../../server/src/protocol/offsets';
import { DEFAULT_CLAIM_LABELS } from '../../server/src/annotations';
import { FakeServer, ScriptedUi, harness } from '../helpers/commandFakes';

const ARTICLE = 'Budget day in Elmsford.\n\n"Taxes stay flat," the treasurer said on Tuesday, March 3. Read more: city news.\n';

function cursorIn(needle: string): string {
  const at = ARTICLE.indexOf(needle) + 1;
  return ARTICLE.slice(0, at) + '|' + ARTICLE.slice(at);
}

function selecting(needle: string): string {
  const at = ARTICLE.indexOf(needle);
  return ARTICLE.slice(0, at) + '[' + needle + ']' + ARTICLE.slice(at + needle.length);
}

function quoteServer(speaker: string | null): FakeServer {
  const map = new OffsetMap(ARTICLE);
  const start = ARTICLE.indexOf('Taxes');
  const end = start + 'Taxes stay flat,'.length;
  return new FakeServer(
    {
      quoteAtPosition: {
        range: map.rangeOf({ start, end }),
        text: 'Taxes stay flat,',
        speaker: speaker ? { name: speaker, kind: 'person' } : null,
      },
    },
    [
      { name: 'Mara Quint', kind: 'person', aliases: [], roles: ['treasurer'], quotes: 1, mentions: 2, mentionedOnly: false, claimant: true, files: [] },
      { name: 'Elmsford Council', kind: 'org', aliases: [], roles: [], quotes: 0, mentions: 1, mentionedOnly: true, claimant: false, files: [] },
    ],
  );
}

test('Set Quote Speaker: picks a known speaker for the quote at the cursor; the correction reaches the server payload', async () => {
  const h = await harness(cursorIn('stay flat'));
  await setQuoteSpeaker(h.deps(new ScriptedUi(['Mara Quint']), quoteServer(null)))();
  const document = h.annotations.get(h.key.uri);
  assert.deepEqual(document?.corrections(), [
    {
      action: 'set-speaker',
      target: { start: ARTICLE.indexOf('Taxes'), end: ARTICLE.indexOf('Taxes') + 'Taxes stay flat,'.length },
      speaker: 'Mara Quint',
      speakerKind: 'person',
    },
  ]);
  assert.equal(document?.entries[0].annotation.motivation, 'editing');
});

test('Set Quote Speaker: a new name can be typed; no quote at the cursor is a warning', async () => {
  const h = await harness(cursorIn('stay flat'));
  await setQuoteSpeaker(h.deps(new ScriptedUi(['Another speaker…', 'Ola Brenn']), quoteServer('Mara Quint')))();
  const body = h.annotations.get(h.key.uri)?.entries[0].annotation.body;
  assert.deepEqual(body, { type: 'Correction', action: 'set-speaker', speaker: 'Ola Brenn' });

  const none = await harness(cursorIn('Budget'));
  const ui = new ScriptedUi([]);
  await setQuoteSpeaker(none.deps(ui, new FakeServer({ quoteAtPosition: null })))();
  assert.match(ui.warnings[0], /no quote at the cursor/u);
});

test('Mark as Date / Boilerplate: selection required, details stored', async () => {
  const h = await harness(selecting('Tuesday, March 3'));
  await markSpan('date')(h.deps(new ScriptedUi(['2026-03-03'])))();
  await markSpan('boilerplate')(h.deps(new ScriptedUi(['read-more'])))();
  const corrections = h.annotations.get(h.key.uri)?.corrections() ?? [];
  const span = { start: ARTICLE.indexOf('Tuesday'), end: ARTICLE.indexOf('Tuesday') + 'Tuesday, March 3'.length };
  assert.deepEqual(corrections, [
    { action: 'add', layer: 'date', span, value: '2026-03-03' },
    { action: 'add', layer: 'boilerplate', span, kind: 'read-more' },
  ]);

  const cursorOnly = await harness(cursorIn('Tuesday'));
  const ui = new ScriptedUi([]);
  await markSpan('quote')(cursorOnly.deps(ui))();
  assert.match(ui.warnings[0], /select the text/u);
});

test('Reject: a wrong quote at the cursor is rejected over the whole quote', async () => {
  const h = await harness(cursorIn('stay flat'));
  await rejectAnnotation(h.deps(new ScriptedUi(['Quote']), quoteServer(null)))();
  assert.deepEqual(h.annotations.get(h.key.uri)?.corrections(), [
    { action: 'reject', layer: 'quote', span: { start: ARTICLE.indexOf('Taxes'), end: ARTICLE.indexOf('Taxes') + 16 } },
  ]);
});

test('Reject: a wrong date at the cursor without a selection uses the word there', async () => {
  const h = await harness(cursorIn('Tuesday'));
  await rejectAnnotation(h.deps(new ScriptedUi(['Date']), new FakeServer()))();
  const [correction] = h.annotations.get(h.key.uri)?.corrections() ?? [];
  assert.equal(correction.action === 'reject' && ARTICLE.slice(correction.span.start, correction.span.end), 'Tuesday');
});

function actions(trusted: boolean, log: string[] = []): ExtensionActions {
  const noop = (): Promise<void> => Promise.resolve();
  return {
    isTrusted: () => trusted,
    restartServer: noop,
    showOutput: noop,
    chooseClaimsGrouping: noop,
    refreshViews: noop,
    revealAnnotation: noop,
    exportCorpus: noop,
    log: (message) => log.push(message),
    activeFile: () => 'news/story.txt',
    disabledFiles: () => [],
    setDisabledFiles: noop,
  };
}

test('registry: in an untrusted workspace writing commands are refused before asking anything', async () => {
  const h = await harness(cursorIn('stay flat'));
  const ui = new ScriptedUi([]);
  const commands = createCommands(h.deps(ui), actions(false));
  await commands.get('tagClaim')?.();
  await commands.get('markAsQuote')?.();
  assert.equal(ui.prompts.length, 0);
  assert.equal(ui.warnings.length, 2);
  assert.match(ui.warnings[0], /untrusted workspace/u);
  assert.equal(existsSync(`${h.root}/.byline`), false, 'nothing written');
});

test('registry: a command on the active article, run in another kind of editor, says so and stores nothing', async () => {
  const h = await harness(selecting('Taxes stay flat'));
  const ui = new ScriptedUi(['Mara Quint', 'claim']);
  const notes = { ...h.editor, article: false };
  const commands = createCommands({ ...h.deps(ui, quoteServer(null)), editor: () => notes }, actions(true));
  for (const name of ARTICLE_EDITOR_COMMANDS) {
    await commands.get(name)?.();
  }
  assert.equal(ui.prompts.length, 0);
  assert.equal(ui.warnings.length, ARTICLE_EDITOR_COMMANDS.length);
  assert.match(ui.warnings[0], /^Byline: open a news article first \(an \.article file, or a \.txt file in a folder of articles: Byline: Open This Folder's \.txt Files as Articles\)/u);
  assert.equal(existsSync(`${h.root}/.byline`), false, 'nothing written');
});

test('registry: a failing command reports the error to the user and the log', async () => {
  const h = await harness(cursorIn('stay flat'));
  const log: string[] = [];
  const ui = new ScriptedUi(['Mara Quint']);
  const broken = { ...h.deps(ui, quoteServer(null)), annotations: undefined as never };
  await createCommands(broken, actions(true, log)).get('setQuoteSpeaker')?.();
  assert.equal(ui.errors.length, 1);
  assert.match(log[0], /byline\.setQuoteSpeaker failed/u);
});

test('package.json contributes exactly the registered commands, all in the Byline category, and the claim label defaults', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    contributes: {
      commands: { command: string; category?: string }[];
      keybindings: { command: string }[];
      menus: { commandPalette: { command: string; when?: string }[] };
      configuration: { properties: Record<string, { default?: unknown }> };
    };
  };
  const registered = [...createCommands({} as never, actions(true)).keys(), ...COMPARISON_COMMANDS, OPEN_FOLDER_AS_ARTICLES, LEAVE_FOLDER_AS_PLAIN_TEXT].map((name) => `byline.${name}`).sort();
  const contributed = manifest.contributes.commands.map((command) => command.command).sort();
  assert.deepEqual(contributed, registered);
  assert.ok(manifest.contributes.commands.every((command) => command.category === 'Byline'));
  for (const binding of manifest.contributes.keybindings) {
    assert.ok(registered.includes(binding.command), `${binding.command} is a registered command`);
  }
  for (const name of ARTICLE_EDITOR_COMMANDS) {
    const entry = manifest.contributes.menus.commandPalette.find((item) => item.command === `byline.${name}`);
    assert.match(entry?.when ?? '', /editorLangId == byline-article/u, `byline.${name} is offered in the palette only in an article`);
  }
  assert.deepEqual(manifest.contributes.configuration.properties['byline.claims.labels'].default, DEFAULT_CLAIM_LABELS);
});

test('package.json: the Claims and Speakers views say what to do when they are empty', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    contributes: { viewsWelcome: { view: string; contents: string }[] };
  };
  for (const view of ['byline.claims', 'byline.speakers']) {
    const welcome = manifest.contributes.viewsWelcome.find((entry) => entry.view === view);
    assert.ok(welcome && welcome.contents.length > 40, `${view} has a welcome text`);
  }
});

test('toggle: adds the file to disabledFiles, then removes it', () => {
  assert.deepEqual(toggledList(['a.txt'], 'b.txt'), { list: ['a.txt', 'b.txt'], disabled: true });
  assert.deepEqual(toggledList(['a.txt', 'b.txt'], 'a.txt'), { list: ['b.txt'], disabled: false });
});
