import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { attributeQuotes } from '../../server/src/core/speakers';
import { buildStructure } from '../../server/src/core/structure';
import type { Quote } from '../../server/src/core/types';
import { pairedQuotes } from '../helpers/quotes';

// Attribution must stay linear however long a paragraph or a "sentence" runs: a scrape with no full stops once made
// every quote rescan the paragraph (0.8 MB on one line took ~5 s).

/** Curly quotes paired in order, as the quote stage would find them in these texts. */
function curlyQuotes(text: string): Quote[] {
  return pairedQuotes(text, /“([^“”]*)”/g);
}

/**
 * Best of three timings of attribution alone on `unit` repeated `times` times, garbage-collection pauses left out:
 * they grow in steps with the live heap (what fits the young generation at 1× may not at 8×), the code does not.
 */
async function attributionMs(unit: string, times: number): Promise<number> {
  const text = unit.repeat(times);
  const structure = buildStructure(text);
  const quotes = curlyQuotes(text);
  let paused = 0;
  const observer = new PerformanceObserver((list) => {
    paused += list.getEntries().reduce((sum, entry) => sum + entry.duration, 0);
  });
  observer.observe({ entryTypes: ['gc'] });
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    await delay(5);
    const before = paused;
    const started = process.hrtime.bigint();
    attributeQuotes(structure, quotes, []);
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    await delay(5); // the observer reports the pauses asynchronously
    best = Math.min(best, elapsed - (paused - before));
  }
  observer.disconnect();
  return best;
}

/** Time ratio for 8× the input: ~8 when linear, ~64 when quadratic. */
async function growth(unit: string, times: number): Promise<number> {
  await attributionMs(unit, times); // warm-up
  const small = await attributionMs(unit, times);
  return (await attributionMs(unit, times * 8)) / Math.max(small, 1);
}

const SHAPES: [string, string][] = [
  ['a paragraph with no full stop, a cue before every quote', 'the mayor said on Tuesday that “we will not sail” and Mira Holt told reporters last week '],
  ['a run-on sentence of quoted terms and no cue', 'a bright “harbour” light over the quiet water of Port Sellen and '],
];

for (const [shape, unit] of SHAPES) {
  test(`attribution grows linearly: ${shape}`, { timeout: 120_000 }, async () => {
    const ratio = await growth(unit, Math.ceil(60_000 / unit.length));
    assert.ok(ratio < 24, `8× the input took ×${ratio.toFixed(1)} the time`);
  });
}
