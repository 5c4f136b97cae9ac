/**
 * Re-anchoring measured on the seeds: every sentence of every seed is annotated, the text is edited while
 * "closed", and each annotation is re-anchored. Asserts counts only (no seed text is kept in the project).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reanchor, selectorsFor } from '../../server/src/annotations/anchoring';
import type { AnnotationTarget } from '../../server/src/annotations/model';
import type { Span } from '../../server/src/core/types';
import { needsShared, seedNames, seedText } from '../helpers/shared';

interface Tally {
  exact: number;
  fuzzy: number;
  orphan: number;
  wrong: number;
}

function sentences(text: string): Span[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const spans: Span[] = [];
  for (const segment of segmenter.segment(text)) {
    const trimmedStart = segment.index + (segment.segment.length - segment.segment.trimStart().length);
    const end = segment.index + segment.segment.trimEnd().length;
    if (end - trimmedStart >= 25) {
      spans.push({ start: trimmedStart, end });
    }
  }
  return spans;
}

function target(text: string, span: Span): AnnotationTarget {
  return { source: 'seed.txt', sha256: '0'.repeat(64), selector: selectorsFor(text, span) };
}

/** Deterministic pseudo-random numbers (LCG), so the measurement is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function tallyFor(
  scenario: (text: string, span: Span, next: () => number) => { edited: string; expected: Span | null },
): Tally {
  const tally: Tally = { exact: 0, fuzzy: 0, orphan: 0, wrong: 0 };
  const next = random(42);
  for (const name of seedNames()) {
    const text = seedText(name);
    for (const span of sentences(text)) {
      const { edited, expected } = scenario(text, span, next);
      const result = reanchor(edited, target(text, span));
      if (result.status === 'orphan') {
        tally.orphan++;
      } else if (expected && result.span.start === expected.start && result.span.end === expected.end) {
        tally.exact++;
      } else if (expected && result.span.start < expected.end && expected.start < result.span.end) {
        tally.fuzzy++;
      } else {
        tally.wrong++;
      }
    }
  }
  return tally;
}

const PARAGRAPH = 'Editor’s note: this article was updated with a response from the agency.\n\n';

test('seeds: text inserted before every annotation — all found exactly', needsShared(), (t) => {
  const tally = tallyFor((text, span) => ({
    edited: PARAGRAPH + text,
    expected: { start: span.start + PARAGRAPH.length, end: span.end + PARAGRAPH.length },
  }));
  t.diagnostic(`insert before: ${JSON.stringify(tally)}`);
  assert.equal(tally.wrong, 0);
  assert.equal(tally.orphan, 0);
  assert.equal(tally.fuzzy, 0);
});

test('seeds: a word inside the annotation replaced — found fuzzily or orphaned, never misplaced', needsShared(), (t) => {
  const tally = tallyFor((text, span, next) => {
    const sentence = text.slice(span.start, span.end);
    const words = [...sentence.matchAll(/\p{L}{3,}/gu)];
    const word = words[Math.floor(next() * words.length)];
    const at = span.start + (word.index ?? 0);
    const edited = text.slice(0, at) + 'replaced' + text.slice(at + word[0].length);
    return { edited, expected: { start: span.start, end: span.end + 'replaced'.length - word[0].length } };
  });
  t.diagnostic(`word replaced inside: ${JSON.stringify(tally)}`);
  assert.equal(tally.wrong, 0);
  const total = tally.exact + tally.fuzzy + tally.orphan;
  assert.ok((tally.exact + tally.fuzzy) / total > 0.9, 'most annotations survive a one-word edit');
});

test('seeds: the annotated sentence deleted — orphaned unless an identical copy is elsewhere', needsShared(), (t) => {
  let copies = 0;
  const tally = tallyFor((text, span) => {
    const sentence = text.slice(span.start, span.end);
    const edited = text.slice(0, span.start) + text.slice(span.end);
    const copy = edited.indexOf(sentence);
    if (copy !== -1) {
      copies++;
    }
    return { edited, expected: copy === -1 ? null : { start: copy, end: copy + sentence.length } };
  });
  t.diagnostic(`sentence deleted: ${JSON.stringify(tally)}, of which ${copies} had a verbatim copy elsewhere`);
  assert.equal(tally.wrong, 0, 'never moved onto other text');
});

test('seeds: line endings converted to CRLF (git on Windows) — all found', needsShared(), (t) => {
  const shift = (text: string, offset: number): number => offset + (text.slice(0, offset).match(/\n/gu)?.length ?? 0);
  const tally = tallyFor((text, span) => ({
    edited: text.replace(/\n/gu, '\r\n'),
    expected: { start: shift(text, span.start), end: shift(text, span.end) },
  }));
  t.diagnostic(`CRLF conversion: ${JSON.stringify(tally)}`);
  assert.deepEqual({ ...tally, exact: 0 }, { exact: 0, fuzzy: 0, orphan: 0, wrong: 0 }, 'every annotation found exactly');
});
