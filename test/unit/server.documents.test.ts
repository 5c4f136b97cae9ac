import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  HoverRequest,
  SemanticTokensDeltaRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  type SemanticTokens,
  type SemanticTokensDelta,
} from 'vscode-languageserver-protocol/node';
import { AnalysisRequest } from '../../server/src/protocol/protocol';
import { present, renderTokens, startTestServer, type TestServer } from '../helpers/lsp';

const FIXTURES = resolve(__dirname, '..', 'fixtures');
const ferry = readFileSync(resolve(FIXTURES, 'server-ferry-strike.txt'), 'utf8');
let server: TestServer;
before(async () => {
  server = await startTestServer({ folders: [FIXTURES] });
});
after(() => server.dispose());

const tokensOf = async (uri: string): Promise<SemanticTokens> =>
  present(await server.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }), 'tokens');

function applyDelta(previous: number[], delta: SemanticTokensDelta): number[] {
  const data = [...previous];
  for (const edit of [...delta.edits].sort((a, b) => b.start - a.start)) {
    data.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  }
  return data;
}

test('documents: a one-character edit gives a delta that equals fresh full tokens', async () => {
  const uri = await server.open('file:///virtual/delta.txt', ferry);
  const first = await tokensOf(uri);
  const offset = ferry.indexOf('Nobody wins');
  const edited = ferry.slice(0, offset) + 'No' + ferry.slice(offset);
  await server.change(uri, 2, 'No', { start: offset, end: offset, before: ferry });
  const delta = present(await server.client.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: first.resultId ?? '' }));
  assert.ok('edits' in delta, 'a delta, not full tokens');
  const patched = applyDelta(first.data, delta);
  // The provisional (spliced) analysis must colour the text as a full analysis of the edited text would.
  const reference = await startTestServer({});
  try {
    const freshUri = await reference.open('file:///virtual/fresh.txt', edited);
    const fresh = present(await reference.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: freshUri } }));
    assert.equal(renderTokens(edited, { data: patched }), renderTokens(edited, fresh));
  } finally {
    await reference.dispose();
  }
  const range = present(await server.client.sendRequest(SemanticTokensRangeRequest.type, {
    textDocument: { uri },
    range: { start: { line: 7, character: 0 }, end: { line: 8, character: 0 } },
  }));
  assert.ok(renderTokens(edited, range).split('\n').every((line) => line.startsWith('8:')));
});

test('documents: a typing burst and a delete across paragraphs in a CRLF document with emoji: each delta equals fresh tokens', async () => {
  const summit = readFileSync(resolve(FIXTURES, 'server-summit-crlf.txt'), 'utf8');
  assert.ok(summit.includes('\r\n') && /\p{Extended_Pictographic}/u.test(summit), 'a CRLF document with astral characters');
  const uri = await server.open('file:///virtual/burst.txt', summit);
  let previous = await tokensOf(uri);
  let text = summit;
  const at = summit.indexOf('the answers');
  const steps: { start: number; end: number; insert: string }[] = [...'yes, '].map((char, i) => ({ start: at + i, end: at + i, insert: char }));
  const cut = summit.indexOf('host minister');
  steps.push({ start: cut + 5, end: summit.indexOf('were less kind') + 5, insert: '' }, { start: cut, end: cut, insert: '“No,” ' });
  const reference = await startTestServer({});
  try {
    for (const [i, step] of steps.entries()) {
      const before = text;
      text = before.slice(0, step.start) + step.insert + before.slice(step.end);
      await server.change(uri, i + 2, step.insert, { start: step.start, end: step.end, before });
      const delta = present(await server.client.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: previous.resultId ?? '' }));
      assert.ok('edits' in delta, 'a delta, not full tokens');
      assert.ok(delta.edits.every((edit) => (edit.data?.length ?? 0) < previous.data.length / 2), 'the delta sends the edited part only');
      const data = applyDelta(previous.data, delta);
      const freshUri = await reference.open(`file:///virtual/fresh-${i}.txt`, text);
      const fresh = present(await reference.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: freshUri } }));
      assert.equal(renderTokens(text, { data }), renderTokens(text, fresh), `after step ${i} (${JSON.stringify(step.insert)})`);
      previous = { resultId: delta.resultId, data };
    }
  } finally {
    await reference.dispose();
  }
});

test('documents: a "byline: off" line and byline.disabledFiles switch a file off', async () => {
  const off = await server.open('file:///virtual/off.txt', `byline: off\n${ferry}`);
  assert.deepEqual((await tokensOf(off)).data, []);
  const summary = await server.client.sendRequest(AnalysisRequest.type, { textDocument: { uri: off } });
  assert.equal(summary.enabled, false);
  assert.match(summary.reason ?? '', /byline: off/);

  const listed = await server.open('file:///virtual/listed.txt', ferry);
  assert.ok((await tokensOf(listed)).data.length > 0);
  await server.applySettings({ disabledFiles: ['file:///virtual/listed.txt'] });
  assert.deepEqual((await tokensOf(listed)).data, []);
  await server.applySettings({});
  assert.ok((await tokensOf(listed)).data.length > 0);
});

test('documents: above byline.maxFileSize a document is analysed in reduced mode, with a reason', async () => {
  await server.applySettings({ maxFileSize: 500 });
  try {
    const uri = await server.open('file:///virtual/large.txt', ferry);
    const summary = await server.client.sendRequest(AnalysisRequest.type, { textDocument: { uri } });
    assert.equal(summary.enabled, true);
    assert.match(summary.reason ?? '', /reduced/);
    assert.ok((await tokensOf(uri)).data.length > 0, 'boilerplate and structure still light up');
  } finally {
    await server.applySettings({});
  }
});

test('documents: odd text never crashes the server', async () => {
  const odd = ['', '\r', '\u0000\u0001binary', '“', '\uD800 lone “surrogate\n\n”””', `${'"'.repeat(5000)}\n`, '😀“😀”😀\r\n\r\nsaid 😀'];
  for (const [i, text] of odd.entries()) {
    const uri = await server.open(`file:///virtual/odd-${i}.txt`, text);
    await tokensOf(uri);
    await server.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } });
    await server.client.sendRequest(AnalysisRequest.type, { textDocument: { uri }, position: { line: 5, character: 99 } });
  }
  const binary = await server.client.sendRequest(AnalysisRequest.type, { textDocument: { uri: 'file:///virtual/odd-2.txt' } });
  assert.equal(binary.reason, 'binary file');
});
