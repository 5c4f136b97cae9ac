import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../server/src/core';
import { analyzeRegion, spliceRegion } from '../../server/src/core/incremental';
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
        const spliced = spliceEncoded(baseEncoded, splice, offsets);
        assert.ok(spliced);
        assert.deepEqual(spliced.data, encode(splice.layer, offsets).data, `encoding after edit at ${at}`);
        assert.deepEqual([...spliced.firstTuple], [...encode(splice.layer, offsets).firstTuple]);
        checked++;
      }
    }
  }
  assert.ok(checked > 100, `${checked} edits checked`);
});
