import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publicationDateProblem, setPublicationDate, textDateDescription } from '../../client/src/commands/setPublicationDate';
import type { CommandDeps, EditorState } from '../../client/src/commands/types';
import type { PublicationDateInfo } from '../../server/src/protocol/publication';
import { FakeServer, ScriptedUi } from '../helpers/commandFakes';

const URI = 'file:///news/ferry.txt';
const EDITOR: EditorState = { uri: URI, inWorkspace: true, article: true, text: 'The ferry said on Tuesday…', selections: [{ start: 0, end: 0 }] };
const RANGE = { start: { line: 1, character: 0 }, end: { line: 1, character: 20 } };

function info(overrides: Partial<PublicationDateInfo> = {}): PublicationDateInfo {
  const stated = { value: '2026-03-06', basis: 'stated' as const, evidence: { text: 'Published: 2026-03-06', range: RANGE }, reason: 'publication date printed on the page' };
  return { uri: URI, current: stated, fromText: stated, given: null, writable: true, ...overrides };
}

function deps(ui: ScriptedUi, server: FakeServer, editor: EditorState | undefined = EDITOR): CommandDeps {
  return {
    ui,
    editor: () => editor,
    annotations: undefined as never,
    server,
    claimSettings: () => ({ labels: [], claimTypes: [], verdicts: [], askAttributes: false }),
  };
}

test('Set Publication Date: prefilled with the date the page states, its evidence in the prompt; Enter stores it', async () => {
  const ui = new ScriptedUi(['=']);
  const server = new FakeServer();
  server.publication = info();
  await setPublicationDate(deps(ui, server))();
  assert.deepEqual(ui.inputValues, ['2026-03-06']);
  assert.match(ui.inputPrompts[0] ?? '', /The text states 2026-03-06 \(publication date printed on the page: “Published: 2026-03-06”\)/);
  assert.deepEqual(server.setDates, ['2026-03-06']);
  assert.match(ui.infos[0], /every relative date of this article is now resolved against 2026-03-06/);
});

test('Set Publication Date: a typed date is validated as you type; a malformed one is never sent', async () => {
  const ui = new ScriptedUi(['22/03/2013']);
  const server = new FakeServer();
  server.publication = info({ fromText: { value: null, basis: 'unknown', evidence: null } });
  await setPublicationDate(deps(ui, server))();
  assert.deepEqual(ui.inputValues, ['']);
  assert.match(ui.inputPrompts[0] ?? '', /The text gives no date of its own/);
  assert.match(ui.validations[0] ?? '', /is not a publication date: write YYYY-MM-DD/);
  assert.deepEqual(server.setDates, []);
  assert.equal(publicationDateProblem('2013-03-22'), undefined);
  assert.equal(publicationDateProblem(''), undefined);
});

test('Set Publication Date: from a hover link or quick fix (the URI as argument); emptying a given date clears it', async () => {
  const ui = new ScriptedUi(['']);
  const server = new FakeServer();
  server.publication = info({ current: { value: '2026-03-13', basis: 'given', evidence: null }, given: { value: '2026-03-13', creator: 'Ada' } });
  await setPublicationDate(deps(ui, server, undefined))(URI);
  assert.deepEqual(ui.inputValues, ['2026-03-13']);
  assert.match(ui.inputPrompts[0] ?? '', /^Set now: 2026-03-13 by Ada\./);
  assert.deepEqual(server.setDates, [null]);
  assert.match(ui.infos[0], /the given date is removed; relative dates now follow the text's date, 2026-03-06/);
});

test('Set Publication Date: says why when the date cannot be stored, or the document is not analysed', async () => {
  const readOnly = new ScriptedUi([]);
  const server = new FakeServer();
  server.publication = info({ writable: false, readOnlyReason: 'the workspace is not trusted' });
  await setPublicationDate(deps(readOnly, server))();
  assert.deepEqual(readOnly.warnings, ['Byline: the publication date cannot be stored here: the workspace is not trusted.']);
  const off = new ScriptedUi([]);
  await setPublicationDate(deps(off, new FakeServer()))();
  assert.match(off.warnings[0], /not analysed/);
  assert.equal(textDateDescription({ value: null, partial: '2026-03', basis: 'inferred', evidence: null, reason: 'year and month in a URL path' }), 'The text suggests 2026-03 (year and month in a URL path).');
});
