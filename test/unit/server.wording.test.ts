import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { WorkspaceSpeakerIndex, type SpeakerEntry } from '../../server/src/core/workspaceIndex';
import { hover } from '../../server/src/features/hover';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { OffsetMap } from '../../server/src/protocol/offsets';

const TEXT = 'Ferry fares rise in Westhaven\n\n“We had no choice,” said harbour master Ida Brandt on Monday.\n';

function entry(name: string, quotes: number): SpeakerEntry {
  return { key: name.toLowerCase(), name, kind: 'person', aliases: [], roles: [], quotes, named: true, ranges: new Uint32Array([2, 0, 2, name.length]) };
}

test('speaker hover and workspace symbols count in words: "(1 quote)", not "(1 quotes)"', () => {
  const index = new WorkspaceSpeakerIndex();
  index.set('file:///news/other.txt', { speakers: [entry('Ida Brandt', 1)] });
  const offsets = new OffsetMap(TEXT);
  const article = { uri: 'file:///news/ferry.txt', version: 1, analysis: analyze(TEXT), offsets };
  const shown = hover(article, offsets.positionAt(TEXT.indexOf('Brandt')), index);
  const value = (shown?.contents as { value: string } | undefined)?.value ?? '';
  assert.match(value, /\[other\.txt\]\(file:\/\/\/news\/other\.txt#L3\) \(1 quote\)/u);
  assert.deepEqual(
    workspaceSymbols('brandt', index).map((symbol) => symbol.containerName),
    ['1 quote'],
  );
});
