import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionCount, mentionRange, WorkspaceSpeakerIndex, type SpeakerEntry } from '../../server/src/core/workspaceIndex';

function entry(name: string, quotes: number, lines: number[], aliases: string[] = []): SpeakerEntry {
  const ranges = new Uint32Array(lines.flatMap((line) => [line, 2, line, 2 + name.length]));
  return { key: name.toLowerCase(), name, kind: 'person', aliases, roles: [], quotes, named: true, ranges };
}

test('workspace index: aggregates a speaker over files and forgets deleted files', () => {
  const index = new WorkspaceSpeakerIndex();
  index.set('file:///a.txt', { speakers: [entry('Ida Brenn', 2, [3, 7]), entry('Port Authority', 0, [9])] });
  index.set('file:///b.txt', { speakers: [entry('Ida Brenn', 1, [1], ['Brenn'])] });
  const ida = index.speaker('  ida   BRENN ');
  assert.ok(ida);
  assert.equal(ida.quotes, 3);
  assert.equal(ida.mentions, 3);
  assert.deepEqual(ida.files.map((file) => file.uri), ['file:///a.txt', 'file:///b.txt']);
  assert.deepEqual(ida.aliases, ['Brenn']);
  assert.deepEqual(mentionRange(ida.files[0].entry, 1), { start: { line: 7, character: 2 }, end: { line: 7, character: 11 } });
  assert.deepEqual(index.speakers('brenn').map((speaker) => speaker.name), ['Ida Brenn']);
  assert.deepEqual(index.speakers('', 'file:///b.txt').map((speaker) => speaker.name), ['Ida Brenn']);
  assert.deepEqual(index.speakers().map((speaker) => speaker.name), ['Ida Brenn', 'Port Authority']);

  index.set('file:///a.txt', { speakers: [entry('Port Authority', 1, [4])] });
  assert.equal(index.speaker('Ida Brenn')?.quotes, 1);
  index.delete('file:///b.txt');
  assert.equal(index.speaker('Ida Brenn'), undefined);
  assert.equal(index.filesOf('port authority').length, 1);
  assert.equal(mentionCount(index.filesOf('port authority')[0].entry), 1);
  assert.equal(index.size, 1);
});

test('workspace index: a surname alone and a possessive in other files are listed under the one full name', () => {
  const index = new WorkspaceSpeakerIndex();
  index.set('file:///a.txt', { speakers: [entry('Vera Holmgren', 2, [3])] });
  index.set('file:///b.txt', { speakers: [entry('Holmgren', 1, [1])] });
  index.set('file:///c.txt', { speakers: [entry('Holmgren’s', 0, [5])] });
  assert.deepEqual(index.speakers().map((speaker) => `${speaker.name} ${speaker.quotes} ${speaker.files.length}`), ['Vera Holmgren 3 3']);
  assert.equal(index.speaker('Holmgren')?.name, 'Vera Holmgren');
  assert.deepEqual(index.speakers('', 'file:///b.txt').map((speaker) => speaker.name), ['Vera Holmgren']);
  assert.equal(index.filesOf('holmgren').length, 3);
  // two people sharing the surname: a surname alone stays its own entry
  index.set('file:///d.txt', { speakers: [entry('Ola Holmgren', 1, [2])] });
  assert.deepEqual(index.speakers().map((speaker) => speaker.name).sort(), ['Holmgren', 'Ola Holmgren', 'Vera Holmgren']);
});
