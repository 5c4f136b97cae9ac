import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../server/src/core';
import { analyzeRegion, spliceRegion } from '../../server/src/core/incremental';
import type { SemanticTokensEdit } from 'vscode-languageserver';
import { tokenEdits } from '../../server/src/features/tokenDelta';
import { encode, spliceEncoded } from '../../server/src/features/tokenEncoding';
import { flatTokens, spliceTokens } from '../../server/src/features/tokenSpans';
import { OffsetMap } from '../../server/src/protocol/offsets';

const FIXTURES = resolve(__dirname, '..', 'fixtures');
const texts = ['server-ferry-strike.txt', 'server-summit-crlf.txt', 'server-market-hall.txt'].map((name) =>
  readFileSync(resolve(FIXTURES, name), 'utf8'),
);

test('tokens: flattened layers never overlap and stay in order', () => {
  for (const text of texts) {
    const layer = flatTokens(analyze(text));
    for (let i = 0; i < layer.length; i += 4) {
      assert.ok(layer[i] < layer[i + 1], 'non-empty');
      assert.ok(i === 0 || layer[i - 3] <= layer[i], 'no overlap');
    }
  }
});

test('tokens: after an edit, the spliced layer and encoding equal those of the spliced analysis', () => {
  let checked = 0;
  for (const text of texts) {
    const base = analyze(text);
    const baseLayer = flatTokens(base);
    const baseEncoded = encode(baseLayer, new OffsetMap(base.text));
    for (let at = 0; at < text.length; at += 23) {
      for (const [remove, insert] of [[0, 'x'], [1, ''], [0, '\n\n“Yes,” she said.\r\n'], [0, '\n']] as const) {
        const edited = text.slice(0, at) + insert + text.slice(at + remove);
        const region = analyzeRegion(base, edited);
        if (!region) {
          continue;
        }
        const offsets = new OffsetMap(edited);
        const splice = spliceTokens(baseLayer, region);
        assert.ok(splice, `edit at ${at} splices`);
        assert.deepEqual([...splice.layer], [...flatTokens(spliceRegion(region))], `layer after edit at ${at}`);
        const spliced = spliceEncoded(baseEncoded, splice, edited);
        assert.ok(spliced);
        assert.deepEqual(spliced.data, encode(splice.layer, offsets).data, `encoding after edit at ${at}`);
        assert.deepEqual([...spliced.firstTuple], [...encode(splice.layer, offsets).firstTuple]);
        checked++;
      }
    }
  }
  assert.ok(checked > 100, `${checked} edits checked`);
});

/** Applies LSP delta edits to the numbers they were computed against. */
function applyEdits(data: number[], edits: SemanticTokensEdit[]): number[] {
  const out = [...data];
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  }
  return out;
}

/** The ferry article with astral characters (emoji) in its body, in one paragraph with a quote. */
const astral = texts[0].replace('said Agnes Varley', 'said 🚢 Agnes Varley 😀');

test('tokens: typing bursts, deletes across paragraphs and quote marks: deltas between spliced encodings give the full encoding', () => {
  let checked = 0;
  for (const text of [...texts, astral]) {
    const base = analyze(text);
    const baseEncoded = encode(flatTokens(base), new OffsetMap(base.text));
    const quoteAt = text.indexOf('"', text.indexOf('\n\n', 200));
    const places = [quoteAt + 3, Math.floor(text.length / 2), text.indexOf('😀') + 2, text.lastIndexOf('\n\n', text.length - 300)].filter((at) => at > 150);
    for (const at of places) {
      // Each state is spliced from the base, as the server does until the full analysis settles.
      const states = [['', 0], ['x', 0], ['xy', 0], ['xy “Maybe', 0], ['xy', 0], ['', 40], ['\r\n\r\n', 40], ['', 0]] as const;
      let previous = { encoded: baseEncoded, data: Array.from(baseEncoded.data) };
      for (const [insert, remove] of states) {
        const edited = text.slice(0, at) + insert + text.slice(at + remove);
        const region = analyzeRegion(base, edited);
        if (!region) {
          continue;
        }
        const splice = spliceTokens(flatTokens(base), region);
        assert.ok(splice, `edit at ${at} splices`);
        const encoded = spliceEncoded(baseEncoded, splice, edited);
        assert.ok(encoded, `edit at ${at} encodes`);
        const expected = Array.from(encode(flatTokens(spliceRegion(region)), new OffsetMap(edited)).data);
        assert.deepEqual(Array.from(encoded.data), expected, `encoding of ${JSON.stringify(insert)} at ${at}`);
        assert.deepEqual(applyEdits(previous.data, tokenEdits(previous.encoded, encoded)), expected, `delta to ${JSON.stringify(insert)} at ${at}`);
        const [from, to] = [(checked * 7) % (splice.kept + 1), Math.min(splice.kept + splice.added + 2, splice.layer.length / 4)];
        assert.deepEqual([...splice.slice(from, to)], [...splice.layer.subarray(from * 4, to * 4)], 'tokens around the region');
        previous = { encoded, data: expected };
        checked++;
      }
    }
  }
  assert.ok(checked > 40, `${checked} states checked`);
});

test('tokens: a splice on a spliced encoding (edits far apart before the full analysis) and its delta', () => {
  const text = texts[1];
  assert.ok(text.includes('\r\n\r\n'), 'a CRLF document');
  const base = analyze(text);
  const baseEncoded = encode(flatTokens(base), new OffsetMap(base.text));
  const first = text.indexOf('\r\n\r\n', 300) + 4;
  const onceEdited = text.slice(0, first) + '“Fine,” she said. ' + text.slice(first);
  const region = analyzeRegion(base, onceEdited);
  assert.ok(region);
  const splice = spliceTokens(flatTokens(base), region);
  assert.ok(splice);
  const once = spliceEncoded(baseEncoded, splice, onceEdited);
  assert.ok(once);
  const middle = spliceRegion(region);
  const second = onceEdited.lastIndexOf('\r\n\r\n', onceEdited.length - 200) - 5;
  const twiceEdited = onceEdited.slice(0, second) + ' on 3 May' + onceEdited.slice(second);
  const again = analyzeRegion(middle, twiceEdited);
  assert.ok(again);
  const secondSplice = spliceTokens(splice.layer, again);
  assert.ok(secondSplice);
  const twice = spliceEncoded(once, secondSplice, twiceEdited);
  assert.ok(twice);
  const expected = Array.from(encode(flatTokens(spliceRegion(again)), new OffsetMap(twiceEdited)).data);
  assert.deepEqual(Array.from(twice.data), expected);
  assert.deepEqual(applyEdits(Array.from(once.data), tokenEdits(once, twice)), expected);
  assert.deepEqual(applyEdits(Array.from(baseEncoded.data), tokenEdits(baseEncoded, twice)), expected);
  assert.deepEqual(tokenEdits(twice, twice), []);
});
